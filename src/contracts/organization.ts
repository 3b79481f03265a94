import { z } from 'zod';
import { COMMUTE_MODES, CONTRACT_TYPES, EMPLOYEE_ROLES, WORK_PATTERNS } from '../modules/organization/domain/employee.js';
import { REGULATION_FIELDS, type Regulation } from '../modules/organization/domain/regulation.js';
import { ROLES } from '../platform/actor.js';
import { hhmm, isoDate, listOf, pageQuery, uuid } from './common.js';

const text = (max: number) => z.string().trim().min(1, { message: 'Campo obbligatorio' }).max(max);

export const ORGANIZATION_TYPES = ['comune', 'provincia', 'regione', 'camera_di_commercio', 'citta_metropolitana', 'unione_di_comuni', 'altro'] as const;

function regulationFieldSchema(field: (typeof REGULATION_FIELDS)[number]): z.ZodType {
  let s: z.ZodType;
  if (field.kind === 'time') s = hhmm;
  else if (field.kind === 'date') s = isoDate;
  else if (field.kind === 'code') s = z.string().trim().min(1).max(20);
  else s = z.number().int().min(field.min ?? 0).max(field.max ?? 100_000);
  return field.nullable ? s.nullable() : s;
}

export const regulationSchema = z
  .object(Object.fromEntries(REGULATION_FIELDS.map((f) => [f.key, regulationFieldSchema(f)])) as Record<keyof Regulation, z.ZodType>)
  .strict();

export const organizationOut = z.object({
  id: uuid,
  name: z.string(),
  type: z.enum(ORGANIZATION_TYPES),
  fiscalCode: z.string(),
  patronDay: z.string().nullable().describe('MM-DD'),
  settings: z.record(z.string(), z.unknown()),
  settingsArticles: z.record(z.string(), z.string()).describe('the regulation article behind each setting'),
});

export const organizationPatch = z
  .object({
    name: text(200),
    type: z.enum(ORGANIZATION_TYPES),
    fiscalCode: z.string().regex(/^\d{11}$/, { message: 'Il codice fiscale di un ente è di 11 cifre' }),
    patronDay: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'Usa il formato MM-GG' }).nullable(),
    settings: regulationSchema.partial(),
  })
  .partial()
  .strict();

export const directorateOut = z.object({
  id: uuid,
  code: z.string(),
  name: z.string(),
  headEmployeeId: uuid.nullable(),
  headName: z.string().nullable(),
  unitCount: z.number().int(),
  employeeCount: z.number().int(),
});
export const directorateCreate = z
  .object({ code: text(20), name: text(200), headEmployeeId: uuid.nullable().optional() })
  .strict();
export const directoratePatch = directorateCreate.partial().strict();

export const unitOut = z.object({
  id: uuid,
  directorateId: uuid,
  code: z.string(),
  name: z.string(),
  managerEmployeeId: uuid.nullable(),
  managerName: z.string().nullable(),
  employeeCount: z.number().int(),
});
export const unitCreate = z
  .object({ directorateId: uuid, code: text(20), name: text(200), managerEmployeeId: uuid.nullable().optional() })
  .strict();
export const unitPatch = unitCreate.partial().strict();
export const unitQuery = z.object({ directorateId: uuid.optional() }).strict();

const contract = z
  .object({
    type: z.enum(CONTRACT_TYPES),
    start: isoDate,
    end: isoDate.nullable().optional(),
    probationEnd: isoDate.nullable().optional(),
  })
  .strict();
const workPattern = z
  .object({
    type: z.enum(WORK_PATTERNS),
    percent: z.number().int().min(1).max(99).nullable().optional(),
    weekdays: z.array(z.number().int().min(1).max(5)).max(5).nullable().optional(),
    fullTimeMonths: z.array(z.number().int().min(1).max(12)).max(12).nullable().optional(),
  })
  .strict();
const commute = z
  .object({
    homeMunicipality: text(100),
    km: z.number().min(0).max(1000),
    mode: z.enum(COMMUTE_MODES),
  })
  .strict();

export const employeeInput = z
  .object({
    matricola: z.string().trim().regex(/^[A-Za-z0-9._-]{1,20}$/, { message: 'Matricola non valida (lettere, cifre, . _ -; max 20)' }),
    firstName: text(100),
    lastName: text(100),
    email: z.email({ message: 'Indirizzo e-mail non valido' }).max(200),
    unitId: uuid,
    role: z.enum(EMPLOYEE_ROLES),
    contract,
    workPattern,
    commute,
  })
  .strict();
export const employeePatch = employeeInput.partial().strict();

export const employeeOut = z.object({
  id: uuid,
  matricola: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  unitId: uuid,
  unitName: z.string(),
  directorateId: uuid,
  directorateName: z.string(),
  role: z.enum(EMPLOYEE_ROLES),
  contract: z.object({ type: z.enum(CONTRACT_TYPES), start: z.string(), end: z.string().nullable(), probationEnd: z.string().nullable() }),
  workPattern: z.object({
    type: z.enum(WORK_PATTERNS),
    percent: z.number().nullable(),
    weekdays: z.array(z.number()).nullable(),
    fullTimeMonths: z.array(z.number()).nullable(),
  }),
  commute: z.object({ homeMunicipality: z.string(), km: z.number(), mode: z.enum(COMMUTE_MODES) }),
});
export const employeeList = listOf(employeeOut);

export const employeeQuery = z
  .object({
    q: z.string().trim().max(100).optional(),
    directorateId: uuid.optional(),
    unitId: uuid.optional(),
    ...pageQuery,
  })
  .strict();

export const unitHistoryOut = z.array(
  z.object({ unitId: uuid, unitName: z.string(), directorateId: uuid, directorateName: z.string(), from: z.string(), to: z.string().nullable() }),
);

export const circumstances = z
  .object({
    disability: z.boolean(),
    law104: z.boolean(),
    caregiver: z.boolean(),
    childrenBirthDates: z.array(isoDate).max(20),
    pregnancy: z.object({ from: isoDate, to: isoDate }).strict().nullable().optional(),
    notes: z.string().max(2000).nullable().optional(),
  })
  .strict();

export const userOut = z.object({
  id: uuid,
  username: z.string(),
  employeeId: uuid.nullable(),
  employeeName: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
  active: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
export const userCreate = z
  .object({
    username: z.string().trim().regex(/^[a-z0-9._-]{2,60}$/, { message: 'Nome utente: 2–60 caratteri tra a-z, 0-9, . _ -' }),
    password: z.string().min(8, { message: 'La password deve avere almeno 8 caratteri' }).max(200).optional(),
    employeeId: uuid.nullable().optional(),
    roles: z.array(z.enum(ROLES)).min(1, { message: 'Indica almeno un ruolo' }),
  })
  .strict();
export const userPatch = z
  .object({
    password: z.string().min(8, { message: 'La password deve avere almeno 8 caratteri' }).max(200),
    employeeId: uuid.nullable(),
    roles: z.array(z.enum(ROLES)).min(1, { message: 'Indica almeno un ruolo' }),
    active: z.boolean(),
  })
  .partial()
  .strict();
export const userList = listOf(userOut);
export const userQuery = z.object({ q: z.string().trim().max(100).optional(), ...pageQuery }).strict();

export const auditQuery = z
  .object({
    entity: z.string().max(60).optional(),
    entityId: z.string().max(100).optional(),
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export const auditOut = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      entity: z.string(),
      entityId: z.string().nullable(),
      before: z.unknown(),
      after: z.unknown(),
      reason: z.string().nullable(),
    }),
  ),
});

export const importResult = z.object({
  dryRun: z.boolean(),
  partial: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), detail: z.string() })),
});
export const importQuery = z
  .object({
    partial: z.enum(['true', 'false', '1', '0']).optional(),
    dryRun: z.enum(['true', 'false', '1', '0']).optional(),
  })
  .strict();

export type EmployeeInput = z.infer<typeof employeeInput>;
export type EmployeeOut = z.infer<typeof employeeOut>;
export type CircumstancesInput = z.infer<typeof circumstances>;
