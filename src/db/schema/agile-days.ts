import { boolean, date, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

export const agileDays = pgTable(
  'agile_days',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    employeeId: uuid('employee_id').notNull(),
    agreementId: uuid('agreement_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    directorateId: uuid('directorate_id').notNull(),
    date: day('date').notNull(),
    status: text('status').notNull(),
    activities: text('activities').notNull(),
    exceptional: boolean('exceptional').notNull(),
    reason: text('reason'),
    explicitApproval: boolean('explicit_approval').notNull(),
    countsAgainstQuota: boolean('counts_against_quota').notNull(),
    requestedAt: ts('requested_at').notNull(),
    requestedBy: uuid('requested_by'),
    decidedAt: ts('decided_at'),
    decidedBy: uuid('decided_by'),
    decisionReason: text('decision_reason'),
    revokedAt: ts('revoked_at'),
    revokedBy: uuid('revoked_by'),
    revocationReason: text('revocation_reason'),
    cancelledAt: ts('cancelled_at'),
    verificationOutcome: text('verification_outcome'),
    verificationNote: text('verification_note'),
    verifiedAt: ts('verified_at'),
    verifiedBy: uuid('verified_by'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const extensions = pgTable(
  'extensions',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    employeeId: uuid('employee_id').notNull(),
    directorateId: uuid('directorate_id').notNull(),
    criterion: text('criterion').notNull(),
    specialSituation: text('special_situation'),
    fromDate: day('from_date').notNull(),
    toDate: day('to_date').notNull(),
    extraDaysPerMonth: smallint('extra_days_per_month'),
    continuous: boolean('continuous').notNull(),
    note: text('note').notNull(),
    status: text('status').notNull(),
    proposedByHr: boolean('proposed_by_hr').notNull(),
    requestedAt: ts('requested_at').notNull(),
    requestedBy: uuid('requested_by'),
    decidedAt: ts('decided_at'),
    decidedBy: uuid('decided_by'),
    decisionReason: text('decision_reason'),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const dayBanks = pgTable(
  'day_banks',
  {
    organizationId: uuid('organization_id').notNull(),
    directorateId: uuid('directorate_id').notNull(),
    month: text('month').notNull(),
    released: integer('released').notNull(),
    granted: integer('granted').notNull(),
    autoReleasedAt: ts('auto_released_at'),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.directorateId, t.month] })],
);

export const bankReleases = pgTable(
  'bank_releases',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    employeeId: uuid('employee_id').notNull(),
    directorateId: uuid('directorate_id').notNull(),
    month: text('month').notNull(),
    days: smallint('days').notNull(),
    automatic: boolean('automatic').notNull(),
    releasedAt: ts('released_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const bankRequests = pgTable(
  'bank_requests',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    employeeId: uuid('employee_id').notNull(),
    directorateId: uuid('directorate_id').notNull(),
    month: text('month').notNull(),
    days: smallint('days').notNull(),
    criterion: text('criterion').notNull(),
    status: text('status').notNull(),
    grantedDays: smallint('granted_days').notNull(),
    requestedAt: ts('requested_at').notNull(),
    decidedAt: ts('decided_at'),
    decidedBy: uuid('decided_by'),
    decisionReason: text('decision_reason'),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const calendarTokens = pgTable(
  'calendar_tokens',
  {
    organizationId: uuid('organization_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.employeeId] })],
);

export const webhooks = pgTable(
  'webhooks',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    url: text('url').notNull(),
    secret: text('secret').notNull(),
    description: text('description').notNull(),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by'),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    webhookId: uuid('webhook_id').notNull(),
    event: text('event').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status').notNull(),
    attempts: smallint('attempts').notNull(),
    nextAttemptAt: ts('next_attempt_at').notNull(),
    deliveredAt: ts('delivered_at'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);
