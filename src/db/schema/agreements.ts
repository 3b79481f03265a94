import { boolean, date, jsonb, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

export const activities = pgTable(
  'activities',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    unitId: uuid('unit_id').notNull(),
    year: smallint('year').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    characteristics: jsonb('characteristics').$type<Record<string, boolean>>().notNull(),
    exclusions: jsonb('exclusions').$type<Record<string, boolean>>().notNull(),
    overrideRemotable: boolean('override_remotable'),
    overrideReason: text('override_reason'),
    remotable: boolean('remotable').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const employeeActivities = pgTable(
  'employee_activities',
  {
    organizationId: uuid('organization_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    activityId: uuid('activity_id').notNull(),
    share: smallint('share').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.employeeId, t.activityId] })],
);

export const applications = pgTable(
  'applications',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    employeeId: uuid('employee_id').notNull(),
    directorateId: uuid('directorate_id').notNull(),
    year: smallint('year').notNull(),
    activityIds: jsonb('activity_ids').$type<string[]>().notNull(),
    plan: text('plan').notNull(),
    objectives: jsonb('objectives').$type<{ description: string; indicator: string; target: string }[]>().notNull(),
    requestedDaysPerMonth: smallint('requested_days_per_month').notNull(),
    remotableShare: smallint('remotable_share').notNull(),
    proposedQuota: smallint('proposed_quota').notNull(),
    status: text('status').notNull(),
    managerOpinion: text('manager_opinion'),
    managerOpinionNote: text('manager_opinion_note'),
    managerOpinionBy: uuid('manager_opinion_by'),
    decidedBy: uuid('decided_by'),
    decidedAt: ts('decided_at'),
    decisionReason: text('decision_reason'),
    monthlyQuota: smallint('monthly_quota'),
    agreementId: uuid('agreement_id'),
    submittedAt: ts('submitted_at').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const agreements = pgTable(
  'agreements',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    employeeId: uuid('employee_id').notNull(),
    directorateId: uuid('directorate_id').notNull(),
    applicationId: uuid('application_id'),
    previousAgreementId: uuid('previous_agreement_id'),
    applicantRole: text('applicant_role').notNull(),
    status: text('status').notNull(),
    monthlyQuota: smallint('monthly_quota').notNull(),
    bandStart: text('band_start').notNull(),
    bandEnd: text('band_end').notNull(),
    operationalMode: text('operational_mode').notNull(),
    equipment: jsonb('equipment').$type<{ ownDevices: boolean; supplied: string[]; notes: string }>().notNull(),
    objectives: jsonb('objectives').$type<{ description: string; indicator: string; target: string }[]>().notNull(),
    otherTerms: text('other_terms').notNull(),
    endDate: day('end_date').notNull(),
    startDate: day('start_date'),
    lastSignedOn: day('last_signed_on'),
    requiredSigners: jsonb('required_signers').$type<string[]>().notNull(),
    terminationKind: text('termination_kind'),
    terminationDate: day('termination_date'),
    terminationReason: text('termination_reason'),
    terminatedBy: text('terminated_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const agreementSignatures = pgTable(
  'agreement_signatures',
  {
    organizationId: uuid('organization_id').notNull(),
    agreementId: uuid('agreement_id').notNull(),
    signerRole: text('signer_role').notNull(),
    userId: uuid('user_id'),
    signerName: text('signer_name').notNull(),
    signedAt: ts('signed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.agreementId, t.signerRole] })],
);

export const agreementAnnexes = pgTable(
  'agreement_annexes',
  {
    organizationId: uuid('organization_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.kind] })],
);

export const notifications = pgTable(
  'notifications',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    employeeId: uuid('employee_id').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    entity: text('entity'),
    entityId: text('entity_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    readAt: ts('read_at'),
    directorateId: uuid('directorate_id'),
    deliverAt: ts('deliver_at').notNull().defaultNow(),
    held: boolean('held').notNull().default(false),
    urgent: boolean('urgent').notNull().default(false),
    urgentReason: text('urgent_reason'),
    senderLabel: text('sender_label'),
    emailStatus: text('email_status').notNull().default('none'),
    emailAttempts: smallint('email_attempts').notNull().default(0),
    emailSentAt: ts('email_sent_at'),
    emailError: text('email_error'),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);
