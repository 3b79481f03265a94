import type { Commute, Contract, WorkPattern } from '../domain/employee.js';
import { addDays, addMonths, daysBetween, yearOf } from './dates.js';
import { COMMUTER_MUNICIPALITIES, HOME_CITY } from './municipalities.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, SURNAMES } from './names.js';
import type { Random } from '../../../platform/random.js';

export type Sex = 'F' | 'M';

export interface DemoCircumstances {
  disability: boolean;
  law104: boolean;
  caregiver: boolean;
  childrenBirthDates: string[];
  pregnancyFrom: string | null;
  pregnancyTo: string | null;
}

const PROBATION_MONTHS = 6;
const PART_TIME_PERCENTS = [50, 60, 70, 83] as const;
const VERTICAL_WEEKDAYS = [[1, 2, 3], [1, 3, 5], [2, 3, 4, 5], [1, 2, 3, 4], [1, 2, 4, 5]] as const;
const CYCLIC_FULL_TIME_MONTHS = [
  [1, 2, 3, 4, 5, 9, 10, 11, 12],
  [1, 2, 3, 4, 5, 6, 10, 11, 12],
  [2, 3, 4, 5, 6, 9, 10, 11],
  [1, 2, 3, 4, 5, 6, 9, 10, 11, 12],
] as const;

/** Hiring by year: the 1980s–2000s intakes, the turnover freeze of the 2010s, the new intakes since 2018. */
function hiringWeight(year: number): number {
  if (year < 2000) return 1;
  if (year < 2010) return 1.2;
  if (year < 2018) return 0.5;
  return 2;
}

export function sexOf(random: Random): Sex {
  return random.chance(0.58) ? 'F' : 'M';
}

export function nameOf(random: Random, sex: Sex): { firstName: string; lastName: string } {
  return { firstName: random.pick(sex === 'F' ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES), lastName: random.pick(SURNAMES) };
}

function dayOfYear(random: Random, year: number): string {
  return addDays(`${year}-01-01`, random.int(0, 364));
}

/** A permanent contract that started between `fromYear` and 2025, at least a month ago (past the probation, if asked). */
export function permanentContract(random: Random, today: string, options: { fromYear?: number; probationOver?: boolean } = {}): Contract {
  const lastYear = Math.min(2025, yearOf(today));
  const years: [number, number][] = [];
  for (let y = options.fromYear ?? 1985; y <= lastYear; y++) years.push([y, hiringWeight(y)]);
  let start = dayOfYear(random, random.weighted(years));
  const latest = options.probationOver ? addDays(addMonths(today, -PROBATION_MONTHS), -1) : addDays(today, -30);
  if (start > latest) start = addDays(latest, -random.int(0, 300));
  return { type: 'permanent', start, end: null, probationEnd: addMonths(start, PROBATION_MONTHS) };
}

/** Hired in the last few months: the probation period is still running. */
export function recentHireContract(random: Random, today: string): Contract {
  const start = addDays(today, -random.int(20, 170));
  return { type: 'permanent', start, end: null, probationEnd: addMonths(start, PROBATION_MONTHS) };
}

/** A fixed-term contract in force today: some of six months or less, most longer. */
export function fixedTermContract(random: Random, today: string): Contract {
  const months = random.chance(0.3) ? random.int(3, 6) : random.pick([9, 12, 18, 24, 36]);
  const length = daysBetween(today, addMonths(today, months));
  const start = addDays(today, -random.int(0, length - 15));
  return { type: 'fixed_term', start, end: addDays(addMonths(start, months), -1), probationEnd: null };
}

export function contractOf(random: Random, today: string): Contract {
  const x = random.next();
  if (x < 0.07) return fixedTermContract(random, today);
  if (x < 0.09) return recentHireContract(random, today);
  return permanentContract(random, today);
}

export function workPatternOf(random: Random): WorkPattern {
  const type = random.weighted([
    ['full_time', 82],
    ['part_time_horizontal', 9],
    ['part_time_vertical', 6],
    ['part_time_cyclic', 3],
  ] as const);
  switch (type) {
    case 'part_time_horizontal':
      return { type, percent: random.pick(PART_TIME_PERCENTS) };
    case 'part_time_vertical':
      return { type, weekdays: [...random.pick(VERTICAL_WEEKDAYS)] };
    case 'part_time_cyclic':
      return { type, fullTimeMonths: [...random.pick(CYCLIC_FULL_TIME_MONTHS)] };
    default:
      return { type: 'full_time' };
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const TOWNS = COMMUTER_MUNICIPALITIES.map((m) => [m, m.weight] as const);

/** Where an employee living outside Milan comes from, and how. */
export function commuterCommute(random: Random): Commute {
  const town = random.weighted(TOWNS);
  const km = round1(town.km * (0.85 + 0.3 * random.next()));
  const mode =
    km >= 30
      ? random.weighted([['train', 65], ['car', 30], ['motorbike', 5]] as const)
      : km >= 15
        ? random.weighted([['train', 40], ['car', 40], ['bus', 8], ['motorbike', 7], ['metro', 5]] as const)
        : random.weighted([['metro', 35], ['car', 25], ['bus', 20], ['train', 10], ['bike', 5], ['motorbike', 5]] as const);
  return { homeMunicipality: town.name, km, mode };
}

export function cityCommute(random: Random): Commute {
  const km = round1(2 + 13 * random.next());
  const mode =
    km <= 4
      ? random.weighted([['walk', 25], ['bike', 20], ['tram', 20], ['metro', 20], ['bus', 15]] as const)
      : random.weighted([['metro', 45], ['tram', 15], ['bus', 20], ['bike', 7], ['car', 8], ['motorbike', 5]] as const);
  return { homeMunicipality: HOME_CITY, km, mode };
}

/** The protected circumstances (art. 7.2–7.3 priorities) of one employee, or null when there are none. */
export function circumstancesOf(random: Random, sex: Sex, contract: Contract, today: string): DemoCircumstances | null {
  const disability = random.chance(0.03);
  const caregiver = random.chance(0.05);
  const law104 = (disability && random.chance(0.6)) || (caregiver && random.chance(0.7));
  const childrenBirthDates = random.chance(0.3)
    ? Array.from({ length: random.weighted([[1, 5], [2, 4], [3, 1]] as const) }, () => addDays(today, -random.int(60, 18 * 365))).sort()
    : [];
  const pregnant = sex === 'F' && yearOf(contract.start) >= 2005 && random.chance(0.03);
  const pregnancyFrom = pregnant ? addDays(today, -random.int(14, 200)) : null;
  const pregnancyTo = pregnancyFrom ? addDays(pregnancyFrom, 280) : null;
  if (!disability && !caregiver && childrenBirthDates.length === 0 && !pregnant) return null;
  return { disability, law104, caregiver, childrenBirthDates, pregnancyFrom, pregnancyTo };
}
