import { z } from 'zod';
import { BOOKING_STATUSES } from '../modules/workplaces/domain/booking.js';
import { EQUIPMENT_STATES, EQUIPMENT_TYPES } from '../modules/workplaces/domain/equipment.js';
import { SITE_KINDS } from '../modules/workplaces/domain/site.js';
import { hhmm, isoDate, patchOf, uuid } from './common.js';

const text = (max: number) => z.string().trim().min(1, { message: 'Campo obbligatorio' }).max(max);

export const siteBody = z
  .object({
    kind: z.enum(SITE_KINDS),
    name: text(200),
    address: text(300),
    municipality: text(100),
    municipio: z.number().int().min(1).max(99).nullable().default(null),
    latitude: z.number().min(35).max(48),
    longitude: z.number().min(6).max(19),
    openingDays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    opens: hhmm,
    closes: hhmm,
    accessible: z.boolean().default(false),
    accessibilityNotes: z.string().max(2000).default(''),
    contact: z.string().max(300).default(''),
    securityChecked: z.boolean().default(false),
    badgeAccess: z.boolean().default(false),
    accessProtocol: z.string().max(4000).default(''),
    privateRoom: z.boolean().default(false).describe('art. 18.4: an isolated room where personal data may be processed'),
    convention: z
      .object({ reference: text(200), from: isoDate, to: isoDate.nullable().default(null), reservedDesks: z.number().int().min(0).max(10_000).nullable().default(null) })
      .strict()
      .nullable()
      .default(null)
      .describe('actions 2.2.x: required for non-municipal sites'),
    active: z.boolean().default(true),
  })
  .strict();
export const sitePatch = patchOf(siteBody);
export const siteOut = z.object({
  id: uuid,
  kind: z.enum(SITE_KINDS),
  agileWorkPlace: z.boolean().describe('art. 15.4: a booking here needs an approved agile day'),
  name: z.string(),
  address: z.string(),
  municipality: z.string(),
  municipio: z.number().int().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  openingDays: z.array(z.number().int()),
  opens: z.string(),
  closes: z.string(),
  accessible: z.boolean(),
  accessibilityNotes: z.string(),
  contact: z.string(),
  securityChecked: z.boolean(),
  badgeAccess: z.boolean(),
  accessProtocol: z.string(),
  privateRoom: z.boolean(),
  convention: z.object({ reference: z.string(), from: z.string(), to: z.string().nullable(), reservedDesks: z.number().int().nullable() }).nullable(),
  active: z.boolean(),
  desks: z.number().int(),
  bookableDesks: z.number().int(),
  distanceKm: z.number().nullable().describe('from the municipality given in `near`'),
  freeDesks: z.number().int().nullable().describe('bookable desks still free on `date`'),
  open: z.boolean().nullable().describe('whether the site is open on `date`'),
});
export const siteQuery = z
  .object({
    kind: z.enum(SITE_KINDS).optional(),
    near: z.string().trim().min(1).max(100).optional().describe('ISTAT code or name of a municipality: sorts by distance'),
    date: isoDate.optional(),
    includeInactive: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  })
  .strict();

export const deskBody = z
  .object({ label: text(50), floor: z.string().max(50).default(''), room: z.string().max(100).default(''), equipment: z.array(text(60)).max(20).default([]), bookable: z.boolean().default(true) })
  .strict();
export const deskPatch = patchOf(deskBody);
export const deskOut = z.object({ id: uuid, siteId: uuid, label: z.string(), floor: z.string(), room: z.string(), equipment: z.array(z.string()), bookable: z.boolean(), checkInCode: z.string().nullable() });

export const availabilityQuery = z.object({ from: isoDate, to: isoDate }).strict();
export const availabilityOut = z.object({
  siteId: uuid,
  from: z.string(),
  to: z.string(),
  days: z.array(z.object({ date: z.string(), open: z.boolean(), bookable: z.number().int(), booked: z.number().int(), free: z.number().int() })),
  desks: z.array(z.object({ id: uuid, label: z.string(), bookable: z.boolean(), days: z.array(z.object({ date: z.string(), taken: z.boolean(), mine: z.boolean() })) })),
});

export const bookingBody = z.object({ deskId: uuid, date: isoDate }).strict();
export const bookingOut = z.object({
  id: uuid,
  deskId: uuid,
  deskLabel: z.string(),
  siteId: uuid,
  siteName: z.string(),
  siteKind: z.enum(SITE_KINDS),
  employeeId: uuid,
  date: z.string(),
  status: z.enum(BOOKING_STATUSES),
  agileDayId: uuid.nullable(),
  bookedAt: z.string(),
  cancelledAt: z.string().nullable(),
  cancellationReason: z.string().nullable(),
  checkedInAt: z.string().nullable(),
});
export const bookingQuery = z.object({ employeeId: uuid.optional(), siteId: uuid.optional(), from: isoDate.optional(), to: isoDate.optional() }).strict();
export const checkInBody = z.object({ code: z.string().trim().max(100).optional().describe('the QR code of the desk; without it, the button') }).strict();

export const equipmentBody = z
  .object({
    type: z.enum(EQUIPMENT_TYPES),
    model: z.string().trim().max(200).default(''),
    serial: z.string().trim().max(100).nullable().default(null),
    assetTag: text(60),
    ownerDirectorateId: uuid.nullable().default(null),
    notes: z.string().max(2000).default(''),
  })
  .strict();
export const equipmentPatch = patchOf(equipmentBody).extend({ state: z.enum(['in_stock', 'repair', 'retired']).optional() }).strict();
export const equipmentOut = z.object({
  id: uuid,
  type: z.enum(EQUIPMENT_TYPES),
  model: z.string(),
  serial: z.string().nullable(),
  assetTag: z.string(),
  state: z.enum(EQUIPMENT_STATES),
  ownerDirectorateId: uuid.nullable(),
  notes: z.string(),
  assignment: z.object({ id: uuid, employeeId: uuid, employeeName: z.string(), from: z.string(), acknowledgedAt: z.string().nullable() }).nullable(),
});
export const equipmentQuery = z
  .object({ type: z.enum(EQUIPMENT_TYPES).optional(), state: z.enum(EQUIPMENT_STATES).optional(), employeeId: uuid.optional(), q: z.string().trim().max(100).optional() })
  .strict();
export const assignmentBody = z.object({ employeeId: uuid, from: isoDate }).strict();
export const returnBody = z.object({ on: isoDate.optional(), state: z.enum(['in_stock', 'repair', 'retired']).default('in_stock') }).strict();
export const ownDevicesBody = z.object({ usesOwnDevices: z.boolean(), devices: z.string().max(1000).default(''), policyAcknowledged: z.boolean() }).strict();
export const ownDevicesOut = z.object({ employeeId: uuid, usesOwnDevices: z.boolean(), devices: z.string(), policyAcknowledgedAt: z.string().nullable() });

export const workplacesReportQuery = z.object({ from: isoDate, to: isoDate }).strict();
export const workplacesReportOut = z.object({
  from: z.string(),
  to: z.string(),
  municipalDesks: z.number().int().describe('Tabella J 2.1: near-working desks activated at municipal sites'),
  nonMunicipalConventions: z.number().int().describe('2.2: conventions with non-municipal sites in force in the period'),
  nonMunicipalDesks: z.number().int(),
  bySite: z
    .array(z.object({ siteId: uuid, siteName: z.string(), days: z.number().int(), deskDays: z.number().int(), booked: z.number().int(), checkedIn: z.number().int(), noShow: z.number().int(), cancelled: z.number().int(), occupancy: z.number().nullable() }))
    .describe('the period per site: occupancy = desks checked in ÷ desk-days of the days with bookings'),
  occupancy: z.array(
    z.object({ siteId: uuid, siteName: z.string(), date: z.string(), desks: z.number().int(), booked: z.number().int(), checkedIn: z.number().int(), noShow: z.number().int(), cancelled: z.number().int(), occupancy: z.number().nullable() }),
  ),
});
export const equipmentReportOut = z.object({
  agileWorkers: z.number().int(),
  withLaptopAndPhone: z.number().int(),
  withLaptopAndPhoneShare: z.number().nullable().describe('Tabella J 6.1'),
  vdiLicences: z.number().int(),
  vdiPlanned: z.number().int().nullable(),
  vdiCoverage: z.number().nullable().describe('Tabella J (A): licences distributed ÷ planned for the three years'),
  withOwnDevices: z.number().int(),
  withOwnDevicesShare: z.number().nullable(),
  byType: z.array(z.object({ type: z.enum(EQUIPMENT_TYPES), inStock: z.number().int(), assigned: z.number().int(), repair: z.number().int(), retired: z.number().int() })),
});

export const municipalityQuery = z.object({ q: z.string().trim().min(2, { message: 'Almeno due lettere' }).max(100) }).strict();
export const municipalityOut = z.object({ istat: z.string(), name: z.string(), province: z.string(), region: z.string(), lat: z.number(), lon: z.number() });
