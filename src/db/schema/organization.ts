import { boolean, date, jsonb, numeric, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

export const directorates = pgTable(
  'directorates',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    headEmployeeId: uuid('head_employee_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const units = pgTable(
  'units',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    directorateId: uuid('directorate_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    managerEmployeeId: uuid('manager_employee_id'),
    maxAgilePerDay: smallint('max_agile_per_day'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const employees = pgTable(
  'employees',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    matricola: text('matricola').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email').notNull(),
    unitId: uuid('unit_id').notNull(),
    role: text('role').notNull(),
    contractType: text('contract_type').notNull(),
    contractStart: day('contract_start').notNull(),
    contractEnd: day('contract_end'),
    probationEnd: day('probation_end'),
    workPatternType: text('work_pattern_type').notNull(),
    partTimePercent: smallint('part_time_percent'),
    weekdays: jsonb('weekdays').$type<number[] | null>(),
    fullTimeMonths: jsonb('full_time_months').$type<number[] | null>(),
    homeMunicipality: text('home_municipality').notNull(),
    commuteKm: numeric('commute_km', { mode: 'number' }).notNull(),
    commuteMode: text('commute_mode').notNull(),
    searchText: text('search_text').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const employeeUnitAssignments = pgTable(
  'employee_unit_assignments',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    employeeId: uuid('employee_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    directorateId: uuid('directorate_id').notNull(),
    validFrom: day('valid_from').notNull(),
    validTo: day('valid_to'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const employeeCircumstances = pgTable(
  'employee_circumstances',
  {
    organizationId: uuid('organization_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    disability: boolean('disability').notNull().default(false),
    law104: boolean('law104').notNull().default(false),
    caregiver: boolean('caregiver').notNull().default(false),
    childrenBirthDates: jsonb('children_birth_dates').$type<string[]>().notNull(),
    pregnancyFrom: day('pregnancy_from'),
    pregnancyTo: day('pregnancy_to'),
    notes: text('notes'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.employeeId] })],
);
