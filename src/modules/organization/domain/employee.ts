import type { FieldError } from '../../../platform/errors.js';

export const EMPLOYEE_ROLES = ['employee', 'senior_officer', 'manager', 'director'] as const;
export type EmployeeRole = (typeof EMPLOYEE_ROLES)[number];
export const CONTRACT_TYPES = ['permanent', 'fixed_term'] as const;
export const WORK_PATTERNS = ['full_time', 'part_time_horizontal', 'part_time_vertical', 'part_time_cyclic'] as const;
export const COMMUTE_MODES = ['car', 'motorbike', 'bus', 'metro', 'tram', 'train', 'bike', 'walk'] as const;

export interface Contract {
  type: (typeof CONTRACT_TYPES)[number];
  start: string;
  end?: string | null;
  probationEnd?: string | null;
}

export interface WorkPattern {
  type: (typeof WORK_PATTERNS)[number];
  percent?: number | null;
  weekdays?: number[] | null;
  fullTimeMonths?: number[] | null;
}

export interface Commute {
  homeMunicipality: string;
  km: number;
  mode: (typeof COMMUTE_MODES)[number];
}

export interface EmployeeData {
  matricola: string;
  firstName: string;
  lastName: string;
  email: string;
  unitId: string;
  role: EmployeeRole;
  contract: Contract;
  workPattern: WorkPattern;
  commute: Commute;
}

/**
 * Coherence of an employee's contract and working-time pattern, beyond each field's type:
 * the checks an HR office would make before the rules of art. 4 and 7 read these values.
 */
export function employeeProblems(e: EmployeeData): FieldError[] {
  const problems: FieldError[] = [];
  const { contract: c, workPattern: w } = e;
  if (c.type === 'fixed_term' && !c.end)
    problems.push({ field: 'contract.end', detail: 'Un contratto a tempo determinato deve avere una data di fine' });
  if (c.type === 'permanent' && c.end)
    problems.push({ field: 'contract.end', detail: 'Un contratto a tempo indeterminato non ha data di fine' });
  if (c.end && c.end < c.start)
    problems.push({ field: 'contract.end', detail: 'La fine del contratto precede il suo inizio' });
  if (c.probationEnd && c.probationEnd < c.start)
    problems.push({ field: 'contract.probationEnd', detail: 'La fine del periodo di prova precede l’inizio del contratto' });

  if (w.type === 'part_time_horizontal' && (w.percent == null || w.percent < 1 || w.percent > 99))
    problems.push({ field: 'workPattern.percent', detail: 'Il part time orizzontale richiede una percentuale tra 1 e 99' });
  if (w.type === 'part_time_vertical') {
    const days = w.weekdays ?? [];
    if (days.length === 0 || days.length > 4 || days.some((d) => d < 1 || d > 5) || new Set(days).size !== days.length)
      problems.push({
        field: 'workPattern.weekdays',
        detail: 'Il part time verticale richiede da 1 a 4 giorni lavorativi distinti tra lunedì (1) e venerdì (5)',
      });
  }
  if (w.type === 'part_time_cyclic') {
    const months = w.fullTimeMonths ?? [];
    if (months.length === 0 || months.length > 11 || months.some((m) => m < 1 || m > 12) || new Set(months).size !== months.length)
      problems.push({
        field: 'workPattern.fullTimeMonths',
        detail: 'Il part time ciclico richiede da 1 a 11 mesi distinti (1–12) a tempo pieno',
      });
  }
  return problems;
}

/** What a search matches: matricola, names and e-mail, folded to lower case without accents. */
export function searchTextOf(e: Pick<EmployeeData, 'matricola' | 'firstName' | 'lastName' | 'email'>): string {
  return fold(`${e.matricola} ${e.lastName} ${e.firstName} ${e.firstName} ${e.lastName} ${e.email}`);
}

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
