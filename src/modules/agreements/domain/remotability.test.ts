import { describe, expect, it } from 'vitest';
import { CHARACTERISTICS, EXCLUSIONS, isPotentialAgileWorker, isRemotable, remotableShare, shareProblems, type ActivityProfile } from './remotability.js';

const all = <K extends string>(keys: readonly K[], v: boolean) => Object.fromEntries(keys.map((k) => [k, v])) as Record<K, boolean>;
const ideal: ActivityProfile = { characteristics: all(CHARACTERISTICS, true), exclusions: all(EXCLUSIONS, false), override: null };

describe('art. 3.2–3.3 remotable activities', () => {
  it('art. 3.2 — is remotable when all five characteristics hold and no exclusion applies', () => expect(isRemotable(ideal)).toBe(true));

  for (const c of CHARACTERISTICS)
    it(`art. 3.2 — is not remotable when "${c}" is missing`, () => expect(isRemotable({ ...ideal, characteristics: { ...ideal.characteristics, [c]: false } })).toBe(false));

  for (const e of EXCLUSIONS)
    it(`art. 3.3 — is not remotable when "${e}" applies`, () => expect(isRemotable({ ...ideal, exclusions: { ...ideal.exclusions, [e]: true } })).toBe(false));

  it('art. 3.3 "salvo esigenze particolari" — HR’s reasoned override wins both ways', () => {
    expect(isRemotable({ ...ideal, exclusions: { ...ideal.exclusions, paperArchives: true }, override: { remotable: true, reason: 'Archivio digitalizzato' } })).toBe(true);
    expect(isRemotable({ ...ideal, override: { remotable: false, reason: 'Servizio allo sportello' } })).toBe(false);
  });
});

describe('POLA § 4.1 prevalence and remotable share', () => {
  it('accepts shares adding up to 100%, refuses 101%', () => {
    expect(shareProblems([{ activityId: 'a', share: 60 }, { activityId: 'b', share: 40 }])).toEqual([]);
    expect(shareProblems([{ activityId: 'a', share: 60 }, { activityId: 'b', share: 41 }]).map((p) => p.field)).toEqual(['share']);
  });

  it('refuses a share of 0 or a repeated activity', () => {
    expect(shareProblems([{ activityId: 'a', share: 0 }]).map((p) => p.field)).toEqual(['0.share']);
    expect(shareProblems([{ activityId: 'a', share: 10 }, { activityId: 'a', share: 10 }]).map((p) => p.field)).toEqual(['activityId']);
  });

  it('sums the shares of remotable activities only', () => {
    expect(remotableShare([{ activityId: 'a', share: 60, remotable: true }, { activityId: 'b', share: 40, remotable: false }])).toBe(60);
  });

  it('counts a potential agile worker above 0%, not at 0%', () => {
    expect(isPotentialAgileWorker(1)).toBe(true);
    expect(isPotentialAgileWorker(0)).toBe(false);
  });
});
