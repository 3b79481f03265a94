import { describe, expect, it } from 'vitest';
import { employeeProblems, fold, searchTextOf, type EmployeeData } from './employee.js';

const base: EmployeeData = {
  matricola: 'M1', firstName: 'Niccolò', lastName: 'D’Àvila', email: 'n@x.it', unitId: 'u', role: 'employee',
  contract: { type: 'permanent', start: '2020-01-01' },
  workPattern: { type: 'full_time' },
  commute: { homeMunicipality: 'Milano', km: 5, mode: 'metro' },
};
const fields = (e: EmployeeData) => employeeProblems(e).map((p) => p.field);

describe('employee record coherence (read later by art. 4 and art. 7)', () => {
  it('accepts a permanent full-time employee', () => expect(employeeProblems(base)).toEqual([]));

  it('needs an end date for a fixed-term contract and none for a permanent one', () => {
    expect(fields({ ...base, contract: { type: 'fixed_term', start: '2026-01-01' } })).toEqual(['contract.end']);
    expect(fields({ ...base, contract: { type: 'fixed_term', start: '2026-01-01', end: '2026-07-01' } })).toEqual([]);
    expect(fields({ ...base, contract: { type: 'permanent', start: '2026-01-01', end: '2026-07-01' } })).toEqual(['contract.end']);
  });

  it('refuses an end or a probation end before the start, accepts the same day', () => {
    expect(fields({ ...base, contract: { type: 'fixed_term', start: '2026-01-02', end: '2026-01-01' } })).toEqual(['contract.end']);
    expect(fields({ ...base, contract: { type: 'fixed_term', start: '2026-01-02', end: '2026-01-02' } })).toEqual([]);
    expect(fields({ ...base, contract: { type: 'permanent', start: '2026-01-02', probationEnd: '2026-01-01' } })).toEqual(['contract.probationEnd']);
  });

  it('art. 7.6 — needs 1 to 4 distinct weekdays for vertical part time', () => {
    const vertical = (weekdays: number[]) => fields({ ...base, workPattern: { type: 'part_time_vertical', weekdays } });
    expect(vertical([])).toEqual(['workPattern.weekdays']);
    expect(vertical([1])).toEqual([]);
    expect(vertical([1, 2, 3, 4])).toEqual([]);
    expect(vertical([1, 2, 3, 4, 5])).toEqual(['workPattern.weekdays']);
    expect(vertical([1, 1])).toEqual(['workPattern.weekdays']);
    expect(vertical([6])).toEqual(['workPattern.weekdays']);
  });

  it('art. 7.7 — needs 1 to 11 distinct full-time months for cyclic part time', () => {
    const cyclic = (fullTimeMonths: number[]) => fields({ ...base, workPattern: { type: 'part_time_cyclic', fullTimeMonths } });
    expect(cyclic([])).toEqual(['workPattern.fullTimeMonths']);
    expect(cyclic([1])).toEqual([]);
    expect(cyclic([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toEqual([]);
    expect(cyclic([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toEqual(['workPattern.fullTimeMonths']);
    expect(cyclic([0])).toEqual(['workPattern.fullTimeMonths']);
  });

  it('needs a percentage between 1 and 99 for horizontal part time', () => {
    const horizontal = (percent: number | null) => fields({ ...base, workPattern: { type: 'part_time_horizontal', percent } });
    expect(horizontal(null)).toEqual(['workPattern.percent']);
    expect(horizontal(1)).toEqual([]);
    expect(horizontal(99)).toEqual([]);
    expect(horizontal(100)).toEqual(['workPattern.percent']);
  });

  it('makes names searchable without case or accents', () => {
    expect(fold('  Niccolò  D’ÀVILA ')).toBe('niccolo d’avila');
    expect(searchTextOf(base)).toContain('d’avila niccolo');
  });
});
