import { describe, expect, it } from 'vitest';
import { COMMUTER_MUNICIPALITIES, HOME_CITY } from '../../organization/demo/municipalities.js';
import { municipalities } from './municipalities.js';

describe('the ISTAT list of municipalities with coordinates (data-reference/comuni.csv)', () => {
  it('holds every Italian municipality, each inside Italy', () => {
    const all = municipalities().search('a', 10_000);
    expect(all.length).toBeGreaterThan(5_000);
    for (const x of all) {
      expect(x.lat).toBeGreaterThan(35.4);
      expect(x.lat).toBeLessThan(47.1);
      expect(x.lon).toBeGreaterThan(6.6);
      expect(x.lon).toBeLessThan(18.6);
    }
  });

  it('Milano is 015146 in the Metropolitan City of Milan, at its centre', () => {
    const milano = municipalities().find('Milano');
    expect(milano).toMatchObject({ istat: '015146', province: 'MI', region: 'Lombardia' });
    expect(milano!.lat).toBeCloseTo(45.46, 1);
    expect(milano!.lon).toBeCloseTo(9.19, 1);
  });

  it('knows every home municipality of the demo staff', () => {
    const names = [HOME_CITY, ...COMMUTER_MUNICIPALITIES.map((x) => x.name)];
    expect(names.filter((n) => !municipalities().find(n))).toEqual([]);
  });
});
