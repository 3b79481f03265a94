import { describe, expect, it } from 'vitest';
import { contingentsReport } from './contingents.js';

const row = (code: string, employees: number, potential: number) => ({ directorateId: code, code, name: `Direzione ${code}`, employees, potentialAgileWorkers: potential });

describe('POLA § 4.1 — Tabella B contingents', () => {
  it('adds up directorates and gives each share of its employees', () => {
    const r = contingentsReport(2026, [row('D01', 200, 70), row('D02', 300, 256)], { minimumRemotableShare: 15 });
    expect(r.rows.map((x) => x.share)).toEqual([35, 85.3]);
    expect(r.total).toMatchObject({ employees: 500, potentialAgileWorkers: 326, share: 65.2, previous: null });
  });

  it('meets the legal minimum at exactly the minimum share, not a tenth below', () => {
    expect(contingentsReport(2026, [row('D01', 1000, 150)], { minimumRemotableShare: 15 }).meetsMinimum).toBe(true);
    expect(contingentsReport(2026, [row('D01', 1000, 149)], { minimumRemotableShare: 15 }).meetsMinimum).toBe(false);
  });

  it('compares with a previous year directorate by directorate', () => {
    const r = contingentsReport(2026, [row('D01', 100, 40), row('D02', 100, 10)], { minimumRemotableShare: 15 }, new Map([['D01', 30]]));
    expect(r.rows.map((x) => [x.previous, x.change])).toEqual([[30, 10], [0, 10]]);
    expect(r.total).toMatchObject({ previous: 30, change: 20 });
  });

  it('answers 0% for a directorate with no employees instead of dividing by zero', () => {
    expect(contingentsReport(2026, [row('D01', 0, 0)], { minimumRemotableShare: 15 }).rows[0]!.share).toBe(0);
  });
});
