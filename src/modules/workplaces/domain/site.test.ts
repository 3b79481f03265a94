import { describe, expect, it } from 'vitest';
import { isAgileWorkPlace, isSiteOpen, siteProblems, type SiteOpening } from './site.js';

const municipal: SiteOpening = { kind: 'municipal', active: true, openingDays: [1, 2, 3, 4, 5], conventionFrom: null, conventionTo: null };
const coworking: SiteOpening = { kind: 'coworking', active: true, openingDays: [1, 2, 3, 4, 5, 6], conventionFrom: '2026-01-01', conventionTo: '2026-12-31' };

describe('POLA § 4.2 — when a site is open', () => {
  it('art. 15.4 — only the municipal site is work in presence', () => {
    expect(isAgileWorkPlace('municipal')).toBe(false);
    expect(isAgileWorkPlace('coworking')).toBe(true);
  });
  it('a municipal site opens on its weekdays, not on Saturday, holidays or the patron saint', () => {
    expect(isSiteOpen(municipal, '2026-11-27', '12-07')).toBe(true);
    expect(isSiteOpen(municipal, '2026-11-28', '12-07')).toBe(false);
    expect(isSiteOpen(municipal, '2026-12-08', '12-07')).toBe(false);
    expect(isSiteOpen(municipal, '2026-12-07', '12-07')).toBe(false);
    expect(isSiteOpen({ ...municipal, active: false }, '2026-11-27', null)).toBe(false);
  });
  it('a coworking space opens on Saturday, and on the city’s patron saint, within its convention only', () => {
    expect(isSiteOpen(coworking, '2026-11-28', '12-07')).toBe(true);
    expect(isSiteOpen(coworking, '2026-12-07', '12-07')).toBe(true);
    expect(isSiteOpen(coworking, '2026-12-31', null)).toBe(true);
    expect(isSiteOpen(coworking, '2027-01-04', null)).toBe(false);
    expect(isSiteOpen({ ...coworking, conventionFrom: '2026-12-01' }, '2026-11-27', null)).toBe(false);
  });
});

describe('actions 2.2.x — a site’s record', () => {
  it('a non-municipal site needs its convention; a municipal one does not', () => {
    expect(siteProblems({ kind: 'municipal', opens: '08:00', closes: '18:00', openingDays: [1] })).toEqual([]);
    expect(siteProblems({ kind: 'coworking', opens: '08:00', closes: '18:00', openingDays: [1] }).map((p) => p.field)).toEqual(['conventionReference', 'conventionFrom']);
  });
  it('hours must close after they open; a convention must end after it starts', () => {
    expect(siteProblems({ kind: 'municipal', opens: '18:00', closes: '18:00', openingDays: [1] }).map((p) => p.field)).toEqual(['closes']);
    expect(siteProblems({ kind: 'coworking', opens: '08:00', closes: '18:00', openingDays: [1], conventionReference: 'C', conventionFrom: '2026-02-01', conventionTo: '2026-01-31' }).map((p) => p.field)).toEqual(['conventionTo']);
  });
});
