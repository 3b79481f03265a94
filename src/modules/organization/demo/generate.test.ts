import { describe, expect, it } from 'vitest';
import { employeeProblems } from '../domain/employee.js';
import { demoAccounts } from './accounts.js';
import { addMonths } from './dates.js';
import { DEMO_DIRECTORATES } from './directorates.js';
import { COMMUTER_SHARE, generateDemo, MIN_PER_DIRECTORATE, type DemoPlan } from './generate.js';
import { HOME_CITY } from './municipalities.js';

const TODAY = '2026-11-23';
const small = generateDemo(400, TODAY);
const large = generateDemo(14_000, TODAY);

const share = (plan: DemoPlan, test: (p: DemoPlan['people'][number]) => boolean) => plan.people.filter(test).length / plan.people.length;

describe.each([
  ['400 employees', small],
  ['14,000 employees', large],
])('the demo plan with %s', (_, plan) => {
  it('has only employees whose contract and working pattern are coherent', () => {
    const wrong = plan.people.filter((p) => employeeProblems(p.data).length > 0);
    expect(wrong).toEqual([]);
  });

  it('puts 51.8% of the employees outside Milan (POLA § 4.2), within one point', () => {
    expect(Math.abs(share(plan, (p) => p.data.commute.homeMunicipality !== HOME_CITY) - COMMUTER_SHARE)).toBeLessThanOrEqual(0.01);
  });

  it('gives each employee a unique matricola and a unique e-mail of the comune', () => {
    expect(new Set(plan.people.map((p) => p.data.matricola)).size).toBe(plan.people.length);
    expect(new Set(plan.people.map((p) => p.data.email)).size).toBe(plan.people.length);
    expect(plan.people.filter((p) => !/^M\d{7}$/.test(p.data.matricola))).toEqual([]);
    expect(plan.people.filter((p) => !/^[a-z]+\.[a-z]+\d*@comune\.milano\.it$/.test(p.data.email))).toEqual([]);
  });

  it('builds all 25 directorates, each headed by one of its directors, each unit managed by one of its managers', () => {
    expect(plan.directorates.map((d) => d.code)).toEqual(DEMO_DIRECTORATES.map((d) => d.code));
    for (const d of plan.directorates) {
      expect(d.units.length).toBeGreaterThanOrEqual(1);
      expect(d.units.length).toBeLessThanOrEqual(8);
      const head = plan.people[d.head]!;
      expect(head.data.role).toBe('director');
      expect(head.directorateCode).toBe(d.code);
      for (const u of d.units) {
        const manager = plan.people[u.manager]!;
        expect(manager.data.role).toBe('manager');
        expect(manager.data.unitId).toBe(u.code);
      }
    }
  });

  it('gives every unit people besides its manager', () => {
    const unitCodes = plan.directorates.flatMap((d) => d.units.map((u) => u.code));
    for (const code of unitCodes) {
      expect(plan.people.filter((p) => p.data.unitId === code && p.data.role !== 'manager' && p.data.role !== 'director').length).toBeGreaterThan(0);
    }
  });

  it('links every demo account but admin and evaluator to exactly one employee', () => {
    const holders = plan.people.flatMap((p) => (p.username ? [p.username] : []));
    expect(new Set(holders).size).toBe(holders.length);
    const linked = demoAccounts().map((a) => a.username).filter((u) => u !== 'admin' && u !== 'evaluator');
    expect(holders.sort()).toEqual(linked.sort());
  });

  it('gives the employee accounts ordinary permanent full-time people of the first unit, past their probation', () => {
    for (const d of plan.directorates) {
      const n = d.code.slice(1);
      for (const username of [`employee${n}a`, `employee${n}b`]) {
        const p = plan.people.find((x) => x.username === username)!;
        expect(p.data).toMatchObject({ unitId: d.units[0]!.code, role: 'employee', contract: { type: 'permanent' }, workPattern: { type: 'full_time' } });
        expect(p.data.contract.probationEnd! < TODAY).toBe(true);
      }
      expect(plan.people.find((x) => x.username === `manager${n}`)!.data.unitId).toBe(d.units[0]!.code);
    }
  });

  it('puts the hr, facilities and it accounts in their directorates', () => {
    const of = (username: string) => plan.people.find((p) => p.username === username)!.directorateCode;
    expect([of('hr'), of('facilities'), of('it')]).toEqual(['D11', 'D06', 'D18']);
  });
});

describe('the demo plan', () => {
  it('is the same for the same arguments', () => {
    expect(generateDemo(400, TODAY)).toEqual(small);
  });

  it('differs with another seed', () => {
    expect(generateDemo(400, TODAY, 1).people[0]!.data.matricola).not.toBe(small.people[0]!.data.matricola);
  });

  it('has the number of employees asked for', () => {
    expect(small.people).toHaveLength(400);
    expect(large.people).toHaveLength(14_000);
  });

  it('never goes below a director, a manager and a few employees for each directorate', () => {
    const tiny = generateDemo(10, TODAY);
    expect(tiny.people).toHaveLength(25 * MIN_PER_DIRECTORATE);
    expect(tiny.people.filter((p) => employeeProblems(p.data).length > 0)).toEqual([]);
  });

  it('sizes directorates after Tabella B: Sicurezza Urbana is larger than Avvocatura', () => {
    const size = (code: string) => large.people.filter((p) => p.directorateCode === code).length;
    expect(size('D17')).toBeGreaterThan(10 * size('D01'));
    expect(large.directorates.find((d) => d.code === 'D17')!.units).toHaveLength(8);
    expect(large.directorates.find((d) => d.code === 'D23')!.units).toHaveLength(3);
  });

  it('has the mix of roles, contracts and working patterns of a large comune', () => {
    expect(share(large, (p) => p.data.role === 'senior_officer')).toBeCloseTo(0.08, 1);
    expect(share(large, (p) => p.data.contract.type === 'fixed_term')).toBeCloseTo(0.07, 1);
    expect(share(large, (p) => p.data.workPattern.type === 'full_time')).toBeCloseTo(0.82, 1);
    expect(share(large, (p) => p.data.workPattern.type === 'part_time_cyclic')).toBeGreaterThan(0.02);
    expect(share(large, (p) => (p.data.contract.probationEnd ?? '') > TODAY)).toBeGreaterThan(0.01);
  });

  it('has fixed-term contracts of six months or less and longer ones, all in force today', () => {
    const fixed = large.people.filter((p) => p.data.contract.type === 'fixed_term').map((p) => p.data.contract);
    const short = fixed.filter((c) => c.end! < addMonths(c.start, 6));
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThan(fixed.length / 2);
    expect(fixed.every((c) => c.start <= TODAY && c.end! >= TODAY)).toBe(true);
  });

  it('chooses plausible transport: nobody walks from outside Milan or from more than 4 km', () => {
    expect(large.people.filter((p) => p.data.commute.mode === 'walk' && (p.data.commute.homeMunicipality !== HOME_CITY || p.data.commute.km > 4))).toEqual([]);
    expect(large.people.filter((p) => p.data.commute.homeMunicipality === HOME_CITY && (p.data.commute.km < 2 || p.data.commute.km > 15))).toEqual([]);
  });

  it('gives protected circumstances to some employees, pregnancy only to women', () => {
    expect(share(large, (p) => p.circumstances?.disability === true)).toBeCloseTo(0.03, 1);
    expect(share(large, (p) => p.circumstances?.caregiver === true)).toBeCloseTo(0.05, 1);
    expect(share(large, (p) => (p.circumstances?.childrenBirthDates.length ?? 0) > 0)).toBeCloseTo(0.3, 1);
    expect(large.people.filter((p) => p.circumstances?.pregnancyFrom && p.sex !== 'F')).toEqual([]);
  });
});

