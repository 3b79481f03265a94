import { describe, expect, it } from 'vitest';
import { distanceKm, municipalityIndex, normalizeName, type Municipality } from './municipalities.js';

const m = (istat: string, name: string, province: string, lat = 45, lon = 9): Municipality => ({ istat, name, province, region: 'Lombardia', lat, lon });
const index = municipalityIndex([
  m('013075', 'Cantù', 'CO'),
  m('001235', 'Samone', 'TO'),
  m('022165', 'Samone', 'TN'),
  m('015146', 'Milano', 'MI'),
  m('015209', 'Sesto San Giovanni', 'MI'),
  m('108033', "Sant'Angelo Lodigiano", 'LO'),
]);

describe('municipalities (action 2.1.5: sites near where people live)', () => {
  it('names compare without accents, case or punctuation', () => {
    expect(normalizeName("  Sant'Angelo  LODIGIANO ")).toBe('sant angelo lodigiano');
    expect(index.find('cantu')?.istat).toBe('013075');
    expect(index.find('CANTÙ')?.istat).toBe('013075');
  });

  it('finds by ISTAT code, and an unknown code or name is not found', () => {
    expect(index.find('015146')?.name).toBe('Milano');
    expect(index.find('015147')).toBeNull();
    expect(index.find('Milan')).toBeNull();
  });

  it('a shared name is told apart by its province', () => {
    expect(index.find('Samone (TN)')?.istat).toBe('022165');
    expect(index.find('Samone (TO)')?.istat).toBe('001235');
    expect(index.find('Samone')?.istat).toBe('001235');
  });

  it('search lists names starting with the text before names containing it', () => {
    expect(index.search('san', 5).map((x) => x.name)).toEqual(["Sant'Angelo Lodigiano", 'Sesto San Giovanni']);
    expect(index.search('', 5)).toEqual([]);
    expect(index.search('s', 1)).toHaveLength(1);
  });

  it('distance is the great-circle one: Milano–Monza ≈ 15 km, Milano–Roma ≈ 477 km, zero to itself', () => {
    const milano = { lat: 45.46427, lon: 9.18951 };
    expect(distanceKm(milano, { lat: 45.58005, lon: 9.27246 })).toBeCloseTo(14.4, 0);
    expect(distanceKm(milano, { lat: 41.89193, lon: 12.51133 })).toBeGreaterThan(470);
    expect(distanceKm(milano, { lat: 41.89193, lon: 12.51133 })).toBeLessThan(485);
    expect(distanceKm(milano, milano)).toBe(0);
  });
});
