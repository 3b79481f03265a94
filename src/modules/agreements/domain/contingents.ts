import type { Regulation } from '../../organization/domain/regulation.js';

export interface DirectorateCount {
  directorateId: string;
  code: string;
  name: string;
  employees: number;
  potentialAgileWorkers: number;
}

export interface ContingentsReport {
  year: number;
  rows: (DirectorateCount & { share: number; previous: number | null; change: number | null })[];
  total: { employees: number; potentialAgileWorkers: number; share: number; previous: number | null; change: number | null };
  minimumShare: number;
  meetsMinimum: boolean;
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/**
 * POLA § 4.1, Tabella B — potential agile workers per directorate and in all, the share of the
 * organization's employees they are, and the legal check against the configured minimum
 * (`minimumRemotableShare`); with the previous year beside it when asked.
 */
export function contingentsReport(year: number, counts: DirectorateCount[], regulation: Pick<Regulation, 'minimumRemotableShare'>, previous?: Map<string, number>): ContingentsReport {
  const rows = counts.map((c) => {
    const before = previous ? (previous.get(c.directorateId) ?? 0) : null;
    return { ...c, share: percent(c.potentialAgileWorkers, c.employees), previous: before, change: before === null ? null : c.potentialAgileWorkers - before };
  });
  const employees = counts.reduce((s, c) => s + c.employees, 0);
  const potential = counts.reduce((s, c) => s + c.potentialAgileWorkers, 0);
  const before = previous ? [...previous.values()].reduce((s, v) => s + v, 0) : null;
  const share = percent(potential, employees);
  return {
    year,
    rows,
    total: { employees, potentialAgileWorkers: potential, share, previous: before, change: before === null ? null : potential - before },
    minimumShare: regulation.minimumRemotableShare,
    meetsMinimum: share >= regulation.minimumRemotableShare,
  };
}
