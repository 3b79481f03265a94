import { describe, expect, it } from 'vitest';
import { Random } from './random.js';

describe('seeded random generator', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(Array.from({ length: 20 }, () => b.next()));
  });

  it('gives another sequence for another seed', () => {
    expect(new Random(1).next()).not.toBe(new Random(2).next());
  });

  it('keeps integers inside both bounds and reaches each of them', () => {
    const r = new Random(7);
    const seen = new Set(Array.from({ length: 2000 }, () => r.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('follows the weights', () => {
    const r = new Random(9);
    const hits = Array.from({ length: 10_000 }, () => r.weighted([['a', 9], ['b', 1]] as const)).filter((x) => x === 'a').length;
    expect(hits / 10_000).toBeCloseTo(0.9, 1);
  });

  it('shuffles without losing or repeating anything', () => {
    const list = Array.from({ length: 50 }, (_, i) => i);
    expect(new Random(3).shuffle(list).sort((a, b) => a - b)).toEqual(list);
  });
});
