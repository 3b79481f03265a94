import { describe, expect, it } from 'vitest';
import { apportion } from './sizes.js';

describe('apportion', () => {
  it('adds up exactly to the total', () => {
    expect(apportion(1000, [70, 256, 111, 632], 6).reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('keeps the order of the weights', () => {
    const [small, big] = apportion(1000, [10, 90], 1);
    expect(big).toBeGreaterThan(small!);
    expect(big! / small!).toBeCloseTo(9, 0);
  });

  it('gives every part its minimum even when the total is too small', () => {
    expect(apportion(5, [1, 100, 1000], 4)).toEqual([4, 4, 4]);
  });

  it('gives the minimum plus nothing when the total is exactly the floor', () => {
    expect(apportion(12, [1, 100, 1000], 4)).toEqual([4, 4, 4]);
  });
});
