import { z } from 'zod';
import { CHARACTERISTICS, EXCLUSIONS } from '../modules/agreements/domain/remotability.js';
import { AGREEMENT_STATUSES, SIGNER_ROLES } from '../modules/agreements/domain/agreement.js';
import { hhmm, isoDate, listOf, pageQuery, patchOf, uuid } from './common.js';

const text = (max: number) => z.string().trim().min(1, { message: 'Campo obbligatorio' }).max(max);
const year = z.coerce.number().int().min(2000).max(2100);
const flags = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.boolean()])) as Record<K, z.ZodBoolean>).strict();

export const activityOut = z.object({
  id: uuid,
  unitId: uuid,
  year: z.number().int(),
  name: z.string(),
  description: z.string(),
  characteristics: z.record(z.string(), z.boolean()),
  exclusions: z.record(z.string(), z.boolean()),
  override: z.object({ remotable: z.boolean(), reason: z.string() }).nullable(),
  remotable: z.boolean(),
  assignedEmployees: z.number().int(),
});
export const activityCreate = z
  .object({
    unitId: uuid,
    year: z.number().int().min(2000).max(2100),
    name: text(200),
    description: z.string().max(4000).default(''),
    characteristics: flags(CHARACTERISTICS),
    exclusions: flags(EXCLUSIONS),
    override: z.object({ remotable: z.boolean(), reason: text(2000) }).strict().nullable().optional(),
  })
  .strict();
export const activityPatch = patchOf(activityCreate.omit({ unitId: true, year: true }));
export const activityQuery = z.object({ unitId: uuid.optional(), year: year.optional() }).strict();
export const copyYearBody = z.object({ from: z.number().int().min(2000).max(2100), to: z.number().int().min(2000).max(2100) }).strict();
export const copyYearOut = z.object({ from: z.number(), to: z.number(), activities: z.number(), assignments: z.number() });

export const employeeActivitiesBody = z.array(z.object({ activityId: uuid, share: z.number().int().min(1).max(100) }).strict()).max(50);
export const employeeActivitiesQuery = z.object({ year: year.optional() }).strict();
export const employeeActivitiesOut = z.object({
  year: z.number().int(),
  remotableShare: z.number().int(),
  potentialAgileWorker: z.boolean(),
  proposedQuota: z.number().int(),
  items: z.array(z.object({ activityId: uuid, name: z.string(), unitId: uuid, share: z.number().int(), remotable: z.boolean() })),
});

export const contingentsQuery = z.object({ year: year.optional(), compareYear: year.optional(), format: z.enum(['json', 'csv', 'xlsx']).default('json') }).strict();
const contingentRow = z.object({
  directorateId: uuid,
  code: z.string(),
  name: z.string(),
  employees: z.number().int(),
  potentialAgileWorkers: z.number().int(),
  share: z.number(),
  previous: z.number().int().nullable(),
  change: z.number().int().nullable(),
});
export const contingentsOut = z.object({
  year: z.number().int(),
  compareYear: z.number().int().nullable(),
  rows: z.array(contingentRow),
  total: z.object({ employees: z.number().int(), potentialAgileWorkers: z.number().int(), share: z.number(), previous: z.number().int().nullable(), change: z.number().int().nullable() }),
  minimumShare: z.number(),
  meetsMinimum: z.boolean(),
});

const objective = z.object({ description: text(1000), indicator: text(500), target: text(200) }).strict();

export const applicationCreate = z
  .object({
    employeeId: uuid,
    activityIds: z.array(uuid).min(1, { message: 'Indica almeno un’attività lavorabile da remoto' }).max(50),
    plan: text(8000),
    requestedDaysPerMonth: z.number().int().min(1).max(23),
    objectives: z.array(objective).max(20).optional(),
  })
  .strict();
export const applicationOut = z.object({
  id: uuid,
  status: z.enum(['submitted', 'approved', 'refused']),
  employeeId: uuid,
  employeeName: z.string(),
  directorateId: uuid,
  year: z.number().int(),
  activityIds: z.array(uuid),
  activities: z.array(z.object({ id: uuid, name: z.string(), remotable: z.boolean() })),
  plan: z.string(),
  objectives: z.array(z.object({ description: z.string(), indicator: z.string(), target: z.string() })),
  requestedDaysPerMonth: z.number().int(),
  remotableShare: z.number().int(),
  proposedQuota: z.number().int(),
  managerOpinion: z.object({ opinion: z.enum(['favourable', 'unfavourable']), note: z.string().nullable() }).nullable(),
  decision: z.object({ at: z.string(), reason: z.string().nullable(), monthlyQuota: z.number().int().nullable() }).nullable(),
  agreementId: uuid.nullable(),
  submittedAt: z.string(),
});
export const applicationSubmitted = z.object({ id: uuid, status: z.literal('submitted'), proposedQuota: z.number().int(), remotableShare: z.number().int() });
export const applicationList = listOf(applicationOut);
export const applicationQuery = z.object({ status: z.enum(['submitted', 'approved', 'refused']).optional(), directorateId: uuid.optional(), employeeId: uuid.optional(), ...pageQuery }).strict();
export const opinionBody = z.object({ opinion: z.enum(['favourable', 'unfavourable']), note: z.string().max(4000).optional() }).strict();
export const decisionBody = z
  .object({ decision: z.enum(['approve', 'refuse']), reason: z.string().max(4000).optional(), monthlyQuota: z.number().int().min(0).max(31).optional() })
  .strict();
export const decisionOut = z.object({ id: uuid, status: z.enum(['approved', 'refused']), agreementId: uuid.nullable() });

export const equipment = z.object({ ownDevices: z.boolean(), supplied: z.array(z.string().max(100)).max(20), notes: z.string().max(2000) }).strict();
export const agreementOut = z.object({
  id: uuid,
  status: z.enum(AGREEMENT_STATUSES),
  employeeId: uuid,
  employeeName: z.string(),
  matricola: z.string(),
  directorateId: uuid,
  applicationId: uuid.nullable(),
  previousAgreementId: uuid.nullable(),
  monthlyQuota: z.number().int(),
  band: z.object({ start: z.string(), end: z.string() }),
  operationalMode: z.string(),
  equipment,
  objectives: z.array(objective),
  otherTerms: z.string(),
  endDate: z.string(),
  startDate: z.string().nullable(),
  requiredSigners: z.array(z.enum(SIGNER_ROLES)),
  signatures: z.array(z.object({ role: z.enum(SIGNER_ROLES), name: z.string(), at: z.string() })),
  termination: z.object({ kind: z.enum(['withdrawn', 'lapsed', 'revoked']), date: z.string(), reason: z.string().nullable() }).nullable(),
  inactiveSince: z.string().nullable(),
  employeeRole: z.string(),
});
export const agreementDetail = agreementOut.extend({
  timeline: z.array(z.object({ at: z.string(), actor: z.string(), action: z.string(), reason: z.string().nullable() })),
  canSignAs: z.enum(SIGNER_ROLES).nullable(),
  heldEquipment: z.array(z.object({ type: z.string(), model: z.string(), assetTag: z.string(), from: z.string() })).describe('art. 8.1e, 14.1: what the employee holds now'),
});
export const agreementList = listOf(agreementOut);
export const agreementQuery = z
  .object({
    status: z.enum(AGREEMENT_STATUSES).optional(),
    employeeId: uuid.optional(),
    expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
    inactiveMonths: z.coerce.number().int().min(1).max(60).optional(),
    ...pageQuery,
  })
  .strict();
export const agreementPatch = z
  .object({
    monthlyQuota: z.number().int().min(0).max(31),
    band: z.object({ start: hhmm, end: hhmm }).strict(),
    operationalMode: text(4000),
    equipment,
    objectives: z.array(objective).max(20),
    otherTerms: z.string().max(8000),
    endDate: isoDate,
  })
  .partial()
  .strict();
export const withdrawalBody = z.object({ effectiveDate: isoDate, reason: z.string().max(4000) }).strict();
export const revocationBody = z.object({ reason: z.string().max(4000) }).strict();
export const transferBody = z.object({ unitId: uuid, date: isoDate }).strict();
export const transferOut = z.object({ employeeId: uuid, unitId: uuid, lapsedAgreementIds: z.array(uuid) });

export const annexOut = z.array(z.object({ kind: z.enum(['safety', 'it_privacy']), title: z.string(), body: z.string(), custom: z.boolean() }));
export const annexBody = z.object({ title: text(300), body: text(50_000) }).strict();
export const annexParams = z.object({ kind: z.enum(['safety', 'it_privacy']) });
