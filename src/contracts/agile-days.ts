import { z } from 'zod';
import { PRIORITY_ORDER } from '../modules/agile-days/domain/bank.js';
import { AGILE_DAY_STATUSES, SPECIAL_SITUATIONS, VERIFICATION_OUTCOMES } from '../modules/agile-days/domain/agile-day.js';
import { isoDate, uuid } from './common.js';

const text = (max: number) => z.string().trim().min(1, { message: 'Campo obbligatorio' }).max(max);
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Mese non valido: usa il formato AAAA-MM' });
const days = z.number().int({ message: 'Le giornate sono intere e non frazionabili (art. 7.5)' }).min(1, { message: 'Almeno una giornata' }).max(23);

export const quotaQuery = z.object({ month: month.optional() }).strict();
export const quotaOut = z.object({
  month: z.string(),
  base: z.number().int(),
  extensions: z.number().int(),
  bank: z.number().int(),
  recovered: z.number().int(),
  released: z.number().int().describe('days given to the directorate bank (art. 7.8)'),
  total: z.number().int(),
  used: z.number().int(),
  pending: z.number().int(),
  remaining: z.number().int(),
  continuousPeriods: z.array(z.object({ from: z.string(), to: z.string() })).describe('art. 7.3: days inside do not count against the quota'),
});

export const dayCreate = z
  .object({
    employeeId: uuid,
    date: isoDate,
    activities: z.string().max(2000).default(''),
    exceptional: z.boolean().default(false),
    reason: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();
export const dayCreated = z.object({ id: uuid, status: z.literal('pending'), explicitApproval: z.boolean() });

export const dayOut = z.object({
  id: uuid,
  employeeId: uuid,
  employeeName: z.string(),
  matricola: z.string(),
  unitId: uuid,
  date: z.string(),
  status: z.enum(AGILE_DAY_STATUSES),
  activities: z.string(),
  exceptional: z.boolean(),
  reason: z.string().nullable(),
  explicitApproval: z.boolean(),
  countsAgainstQuota: z.boolean(),
  requestedAt: z.string(),
  decision: z.object({ at: z.string(), reason: z.string().nullable() }).nullable(),
  revocation: z.object({ at: z.string(), reason: z.string() }).nullable(),
  cancelledAt: z.string().nullable(),
  verification: z.object({ outcome: z.enum(VERIFICATION_OUTCOMES), note: z.string().nullable(), at: z.string() }).nullable(),
});
export const dayQuery = z
  .object({
    employeeId: uuid.optional(),
    unitId: uuid.optional(),
    month: month.optional(),
    status: z.enum(AGILE_DAY_STATUSES).optional(),
    toVerify: z.enum(['true', 'false']).transform((v) => v === 'true').optional().describe('approved days already past and not yet verified (art. 11.2, 19)'),
  })
  .strict();
export const dayList = z.object({ items: z.array(dayOut), total: z.number().int() });

export const approvalBody = z
  .object({ decision: z.enum(['approve', 'reject']), reason: z.string().trim().max(2000).nullable().optional() })
  .strict();
export const bulkApprovalBody = z
  .object({ ids: z.array(uuid).min(1).max(500), decision: z.enum(['approve', 'reject']), reason: z.string().trim().max(2000).nullable().optional() })
  .strict();
export const bulkApprovalOut = z.object({
  results: z.array(z.object({ id: uuid, ok: z.boolean(), status: z.enum(AGILE_DAY_STATUSES).optional(), code: z.string().optional(), detail: z.string().optional() })),
});
export const revocationBody = z
  .object({ reason: text(2000), urgent: z.boolean().default(false), urgentReason: z.string().trim().max(2000).nullable().optional() })
  .strict();
export const verificationBody = z.object({ outcome: z.enum(VERIFICATION_OUTCOMES), note: z.string().trim().max(2000).nullable().optional() }).strict();

export const extensionCreate = z
  .object({
    employeeId: uuid,
    criterion: z.enum(PRIORITY_ORDER),
    specialSituation: z.enum(SPECIAL_SITUATIONS).nullable().optional(),
    from: isoDate,
    to: isoDate,
    extraDaysPerMonth: days.nullable().optional(),
    continuous: z.boolean().default(false),
    note: text(4000).describe('the supporting circumstance: protected data, shown only to HR and the deciding director'),
  })
  .strict();
export const extensionDecisionBody = z.object({ decision: z.enum(['approve', 'refuse']), reason: z.string().trim().max(2000).nullable().optional() }).strict();
export const extensionOut = z.object({
  id: uuid,
  employeeId: uuid,
  employeeName: z.string(),
  directorateId: uuid,
  criterion: z.enum(PRIORITY_ORDER),
  specialSituation: z.enum(SPECIAL_SITUATIONS).nullable(),
  from: z.string(),
  to: z.string(),
  extraDaysPerMonth: z.number().int().nullable(),
  continuous: z.boolean(),
  note: z.string().nullable().describe('null when the reader may not see it'),
  status: z.enum(['requested', 'approved', 'refused']),
  proposedByHr: z.boolean(),
  requestedAt: z.string(),
  decision: z.object({ at: z.string(), reason: z.string().nullable() }).nullable(),
});
export const extensionQuery = z.object({ employeeId: uuid.optional(), status: z.enum(['requested', 'approved', 'refused']).optional() }).strict();

export const bankQuery = z.object({ month: month.optional() }).strict();
export const bankRequestOut = z.object({
  id: uuid,
  employeeId: uuid,
  employeeName: z.string(),
  month: z.string(),
  days: z.number().int(),
  criterion: z.enum(PRIORITY_ORDER),
  status: z.enum(['requested', 'granted', 'refused']),
  grantedDays: z.number().int(),
  requestedAt: z.string(),
  decision: z.object({ at: z.string(), reason: z.string().nullable() }).nullable(),
});
export const bankOut = z.object({
  directorateId: uuid,
  month: z.string(),
  released: z.number().int(),
  granted: z.number().int(),
  balance: z.number().int(),
  requested: z.number().int().describe('days asked for and not yet decided'),
  automaticRelease: z.object({ day: z.number().int().nullable(), doneAt: z.string().nullable() }),
  requests: z.array(bankRequestOut),
});
export const bankReleaseBody = z.object({ employeeId: uuid, month, days }).strict();
export const bankReleaseOut = z.object({ id: uuid, month: z.string(), days: z.number().int(), balance: z.number().int() });
export const bankRequestBody = z.object({ employeeId: uuid, month, days, criterion: z.enum(PRIORITY_ORDER) }).strict();
export const bankDecisionBody = z.object({ decision: z.enum(['approve', 'refuse']), reason: z.string().trim().max(2000).nullable().optional() }).strict();
export const bankAllocationQuery = z.object({ month }).strict();
export const bankAllocationOut = z.object({ month: z.string(), balance: z.number().int(), grants: z.array(z.object({ id: uuid, days: z.number().int() })) });

export const rotationBody = z.object({ maxAgilePerDay: z.number().int().min(0).max(10_000).nullable() }).strict();
export const rotationOut = z.object({ unitId: uuid, maxAgilePerDay: z.number().int().nullable() });

export const calendarQuery = z.object({ month: month.optional() }).strict();
const calendarDay = z.object({
  date: z.string(),
  workingDay: z.boolean().describe('for this employee: their weekly pattern, weekends, holidays and the patron saint (art. 11.4)'),
  holiday: z.boolean(),
  request: dayOut.nullable(),
  canRequest: z.boolean(),
  canCancel: z.boolean(),
  continuous: z.boolean().describe('inside an art. 7.3 continuous period'),
});
export const myMonthOut = z.object({
  employeeId: uuid,
  employeeName: z.string(),
  month: z.string(),
  today: z.string(),
  quota: quotaOut,
  agreement: z.object({ id: uuid, band: z.object({ start: z.string(), end: z.string() }), from: z.string(), to: z.string() }).nullable(),
  workingWindow: z.object({ start: z.string(), end: z.string() }),
  dailyMinutes: z.number().int(),
  noticeDays: z.number().int(),
  cancellationCutoff: z.string(),
  days: z.array(calendarDay),
  bankRequests: z.array(bankRequestOut),
  releases: z.array(z.object({ id: uuid, days: z.number().int(), automatic: z.boolean(), at: z.string() })),
});

export const unitCalendarOut = z.object({
  unitId: uuid,
  unitName: z.string(),
  month: z.string(),
  today: z.string().describe('the server’s date: what can still be revoked or verified'),
  maxAgilePerDay: z.number().int().nullable(),
  days: z.array(z.object({ date: z.string(), workingDay: z.boolean(), approved: z.number().int(), pending: z.number().int(), overLimit: z.boolean() })),
  people: z.array(
    z.object({
      employeeId: uuid,
      name: z.string(),
      days: z.array(z.object({ id: uuid, date: z.string(), status: z.enum(AGILE_DAY_STATUSES), explicitApproval: z.boolean() })),
    }),
  ),
  pending: z.array(dayOut),
  toVerify: z.array(dayOut),
});

export const calendarTokenOut = z.object({ url: z.string(), createdAt: z.string() });
export const icsQuery = z.object({ token: z.string().min(10).max(200) }).strict();

export const exportQuery = z.object({ month, format: z.enum(['csv', 'json']).default('csv') }).strict();
export const exportOut = z.array(z.object({ matricola: z.string(), date: z.string(), type: z.string() }));

export const webhookCreate = z
  .object({
    url: z.url({ protocol: /^https?$/, message: 'Indirizzo non valido: usa un URL http o https' }),
    description: z.string().trim().max(200).default(''),
  })
  .strict();
export const webhookOut = z.object({
  id: uuid,
  url: z.string(),
  description: z.string(),
  createdAt: z.string(),
  deliveries: z.object({ pending: z.number().int(), delivered: z.number().int(), failed: z.number().int(), lastError: z.string().nullable() }),
});
export const webhookCreated = webhookOut.extend({ secret: z.string().describe('shown once: the HMAC-SHA256 key of the X-AgilePA-Signature header') });

export const quotasReportQuery = z.object({ month: month.optional(), directorateId: uuid.optional() }).strict();
export const quotasReportOut = z.object({
  month: z.string(),
  employees: z.number().int(),
  withAgreement: z.number().int(),
  totals: z.object({ total: z.number().int(), used: z.number().int(), pending: z.number().int(), remaining: z.number().int(), released: z.number().int() }),
});
