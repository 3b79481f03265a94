import type { Role } from '../../../platform/actor.js';
import { DEMO_DIRECTORATES, FACILITIES_DIRECTORATE, HR_DIRECTORATE, IT_DIRECTORATE, type DemoDirectorate } from './directorates.js';

export interface DemoAccount {
  username: string;
  password: string;
  roles: Role[];
  description: string;
}

export const DEMO_PASSWORD = 'demo';

/** The username of each employee an account belongs to, by the employee's place in the directorate. */
export const accountUsernames = {
  director: (d: DemoDirectorate) => `director${number(d)}`,
  manager: (d: DemoDirectorate) => `manager${number(d)}`,
  employees: (d: DemoDirectorate) => [`employee${number(d)}a`, `employee${number(d)}b`] as const,
  /** The governance account held by an employee of this directorate, if any. */
  office: (d: DemoDirectorate): 'hr' | 'facilities' | 'it' | null => OFFICES[d.code] ?? null,
};

const OFFICES: Record<string, 'hr' | 'facilities' | 'it'> = {
  [HR_DIRECTORATE]: 'hr',
  [FACILITIES_DIRECTORATE]: 'facilities',
  [IT_DIRECTORATE]: 'it',
};

function number(d: DemoDirectorate): string {
  return d.code.slice(1);
}

function directorateName(code: string): string {
  return DEMO_DIRECTORATES.find((d) => d.code === code)!.name;
}

export function demoAccounts(): DemoAccount[] {
  const account = (username: string, roles: Role[], description: string): DemoAccount => ({ username, password: DEMO_PASSWORD, roles, description });
  const list = [
    account('admin', ['admin'], 'Amministratore della piattaforma'),
    account('hr', ['hr'], `Ufficio del personale — ${directorateName(HR_DIRECTORATE)}`),
    account('evaluator', ['evaluator'], 'Nucleo Indipendente di Valutazione (sola lettura)'),
    account('facilities', ['facilities'], `Sedi e postazioni — ${directorateName(FACILITIES_DIRECTORATE)}`),
    account('it', ['it'], `Dotazioni informatiche — ${directorateName(IT_DIRECTORATE)}`),
  ];
  for (const d of DEMO_DIRECTORATES) {
    const unit = d.units[0]!;
    const [a, b] = accountUsernames.employees(d);
    list.push(
      account(accountUsernames.director(d), ['director'], `Direttore — ${d.name}`),
      account(accountUsernames.manager(d), ['manager'], `Responsabile — ${unit}, ${d.name}`),
      account(a, ['employee'], `Dipendente — ${unit}, ${d.name}`),
      account(b, ['employee'], `Dipendente — ${unit}, ${d.name}`),
    );
  }
  return list;
}
