import { fold, type EmployeeData, type EmployeeRole } from '../domain/employee.js';
import { accountUsernames } from './accounts.js';
import { DEMO_DIRECTORATES, unitCode, type DemoDirectorate } from './directorates.js';
import {
  circumstancesOf, cityCommute, commuterCommute, contractOf, nameOf, permanentContract, sexOf, workPatternOf,
  type DemoCircumstances, type Sex,
} from './people.js';
import { Random } from '../../../platform/random.js';
import { apportion } from './sizes.js';

export const DEMO_SEED = 20_250_518;
/** POLA § 4.2: 51.8% of Milan's employees live outside the city. */
export const COMMUTER_SHARE = 0.518;
export const EMAIL_DOMAIN = 'comune.milano.it';
/** Director, a manager, the two account holders and two colleagues. */
export const MIN_PER_DIRECTORATE = 6;
const MAX_UNITS = 8;
const PEOPLE_PER_UNIT_AT_LEAST = 5;
/** In each directorate's first unit: the two employee accounts and, in three directorates, the hr/facilities/it one. */
const FIRST_UNIT_RESERVED = 3;

export interface DemoPerson {
  /** `unitId` holds the unit's code until the unit exists in the database. */
  data: EmployeeData;
  directorateCode: string;
  sex: Sex;
  /** The demo account this employee logs in with, if any. */
  username: string | null;
  circumstances: DemoCircumstances | null;
}

export interface DemoUnitPlan {
  code: string;
  name: string;
  /** Index in `DemoPlan.people`. */
  manager: number;
}

export interface DemoDirectoratePlan {
  code: string;
  name: string;
  /** Index in `DemoPlan.people`. */
  head: number;
  units: DemoUnitPlan[];
}

export interface DemoPlan {
  directorates: DemoDirectoratePlan[];
  people: DemoPerson[];
}

interface Draft {
  unit: string;
  directorate: string;
  role: EmployeeRole;
  username: string | null;
  /** Account holders are ordinary permanent full-time employees past their probation. */
  ordinary: boolean;
}

/** The demo organization's structure and people: the same arguments always give the same plan. */
export function generateDemo(employees: number, today: string, seed = DEMO_SEED): DemoPlan {
  const random = new Random(seed);
  const sizes = apportion(employees, DEMO_DIRECTORATES.map((d) => d.potentialAgileWorkers), MIN_PER_DIRECTORATE);
  const drafts: Draft[] = [];
  const directorates = DEMO_DIRECTORATES.map((d, i) => planDirectorate(random, d, sizes[i]!, drafts));
  const outside = new Set(random.shuffle(drafts.map((_, i) => i)).slice(0, Math.round(drafts.length * COMMUTER_SHARE)));
  const emails = new Map<string, number>();
  const matricole = new Set<string>();
  const people = drafts.map((draft, i) => {
    const sex = sexOf(random);
    const { firstName, lastName } = nameOf(random, sex);
    const senior = draft.role === 'director' || draft.role === 'manager';
    const contract = draft.ordinary || senior ? permanentContract(random, today, { fromYear: senior ? 1985 : 1995, probationOver: true }) : contractOf(random, today);
    const data: EmployeeData = {
      matricola: uniqueMatricola(random, matricole),
      firstName,
      lastName,
      email: uniqueEmail(firstName, lastName, emails),
      unitId: draft.unit,
      role: draft.role,
      contract,
      workPattern: draft.ordinary || senior ? { type: 'full_time' } : workPatternOf(random),
      commute: outside.has(i) ? commuterCommute(random) : cityCommute(random),
    };
    return { data, directorateCode: draft.directorate, sex, username: draft.username, circumstances: circumstancesOf(random, sex, contract, today) };
  });
  return { directorates, people };
}

function planDirectorate(random: Random, d: DemoDirectorate, size: number, drafts: Draft[]): DemoDirectoratePlan {
  const unitCount = Math.max(1, Math.min(targetUnits(d), d.units.length, Math.floor((size - 1) / PEOPLE_PER_UNIT_AT_LEAST)));
  const codes = Array.from({ length: unitCount }, (_, i) => unitCode(d.code, i));
  const add = (unit: string, role: EmployeeRole, username: string | null = null, ordinary = false) =>
    drafts.push({ unit, directorate: d.code, role, username, ordinary }) - 1;

  // The director sits in the last unit, so the first one (where the demo accounts work) has an ordinary team.
  const head = add(codes[codes.length - 1]!, 'director', accountUsernames.director(d));
  const units = codes.map((code, i) => ({
    code,
    name: d.units[i]!,
    manager: add(code, 'manager', i === 0 ? accountUsernames.manager(d) : null),
  }));

  const reserved = [...accountUsernames.employees(d)];
  const office = accountUsernames.office(d);
  const members = size - 1 - unitCount;
  const spread = apportion(members - FIRST_UNIT_RESERVED, codes.map(() => 0.7 + 0.6 * random.next()), 1);
  codes.forEach((code, u) => {
    const count = spread[u]! + (u === 0 ? FIRST_UNIT_RESERVED : 0);
    for (let k = 0; k < count; k++) {
      const username = u === 0 ? (reserved[k] ?? (k === reserved.length ? office : null)) : null;
      const ordinary = u === 0 && k < reserved.length;
      add(code, !ordinary && random.chance(0.08) ? 'senior_officer' : 'employee', username, ordinary);
    }
  });
  return { code: d.code, name: d.name, head, units };
}

/** Bigger directorates have more units: three for the smallest, eight for the largest. */
function targetUnits(d: DemoDirectorate): number {
  return Math.max(3, Math.min(MAX_UNITS, Math.round(d.potentialAgileWorkers / 100) + 2));
}

function uniqueMatricola(random: Random, taken: Set<string>): string {
  for (;;) {
    const m = `M${String(random.int(10_000, 2_999_999)).padStart(7, '0')}`;
    if (!taken.has(m)) {
      taken.add(m);
      return m;
    }
  }
}

function uniqueEmail(firstName: string, lastName: string, seen: Map<string, number>): string {
  const local = `${fold(firstName).replace(/[^a-z]/g, '')}.${fold(lastName).replace(/[^a-z]/g, '')}`;
  const n = (seen.get(local) ?? 0) + 1;
  seen.set(local, n);
  return `${local}${n === 1 ? '' : n}@${EMAIL_DOMAIN}`;
}
