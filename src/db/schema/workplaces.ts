import { boolean, date, jsonb, numeric, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const day = (name: string) => date(name, { mode: 'string' });

export const sites = pgTable(
  'sites',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    municipality: text('municipality').notNull(),
    municipio: smallint('municipio'),
    latitude: numeric('latitude', { mode: 'number' }).notNull(),
    longitude: numeric('longitude', { mode: 'number' }).notNull(),
    openingDays: jsonb('opening_days').$type<number[]>().notNull(),
    opens: text('opens').notNull(),
    closes: text('closes').notNull(),
    accessible: boolean('accessible').notNull(),
    accessibilityNotes: text('accessibility_notes').notNull(),
    contact: text('contact').notNull(),
    securityChecked: boolean('security_checked').notNull(),
    badgeAccess: boolean('badge_access').notNull(),
    accessProtocol: text('access_protocol').notNull(),
    privateRoom: boolean('private_room').notNull(),
    conventionReference: text('convention_reference'),
    conventionFrom: day('convention_from'),
    conventionTo: day('convention_to'),
    reservedDesks: smallint('reserved_desks'),
    active: boolean('active').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const desks = pgTable(
  'desks',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    siteId: uuid('site_id').notNull(),
    label: text('label').notNull(),
    floor: text('floor').notNull(),
    room: text('room').notNull(),
    equipment: jsonb('equipment').$type<string[]>().notNull(),
    bookable: boolean('bookable').notNull(),
    checkInCode: text('check_in_code').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const bookings = pgTable(
  'bookings',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    deskId: uuid('desk_id').notNull(),
    siteId: uuid('site_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    date: day('date').notNull(),
    status: text('status').notNull(),
    agileDayId: uuid('agile_day_id'),
    bookedAt: ts('booked_at').notNull(),
    cancelledAt: ts('cancelled_at'),
    cancellationReason: text('cancellation_reason'),
    checkedInAt: ts('checked_in_at'),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const equipment = pgTable(
  'equipment',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    type: text('type').notNull(),
    model: text('model').notNull(),
    serial: text('serial'),
    assetTag: text('asset_tag').notNull(),
    state: text('state').notNull(),
    ownerDirectorateId: uuid('owner_directorate_id'),
    notes: text('notes').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const equipmentAssignments = pgTable(
  'equipment_assignments',
  {
    organizationId: uuid('organization_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    equipmentId: uuid('equipment_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    fromDate: day('from_date').notNull(),
    returnedOn: day('returned_on'),
    acknowledgedAt: ts('acknowledged_at'),
    createdAt: ts('created_at').notNull(),
    createdBy: uuid('created_by'),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.id] })],
);

export const ownDevices = pgTable(
  'own_devices',
  {
    organizationId: uuid('organization_id').notNull(),
    employeeId: uuid('employee_id').notNull(),
    usesOwnDevices: boolean('uses_own_devices').notNull(),
    devices: text('devices').notNull(),
    policyAcknowledgedAt: ts('policy_acknowledged_at'),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.employeeId] })],
);
