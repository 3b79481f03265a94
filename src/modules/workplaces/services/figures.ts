import { sql } from 'drizzle-orm';
import { hasRole } from '../../../platform/actor.js';
import type { Ctx } from '../../../platform/context.js';
import { rowsOf } from '../../../platform/db/engine.js';
import { DomainError, forbidden } from '../../../platform/errors.js';
import { regulationFor } from '../../organization/services/settings.js';
import { EQUIPMENT_TYPES } from '../domain/equipment.js';
import { equipmentShares, occupancy, siteTotals } from '../domain/figures.js';
import * as bookings from '../repositories/bookings.js';
import * as equipment from '../repositories/equipment.js';

const assertReader = (ctx: Ctx) => {
  if (!hasRole(ctx.actor, 'hr', 'evaluator', 'admin', 'facilities', 'it')) throw forbidden('Gli indicatori li consultano Risorse umane, OIV, Demanio e Sistemi informativi');
};

/** POLA Tabella J 2.1, 2.2 — desks activated at municipal and non-municipal sites, and their occupancy. */
export async function workplacesReport(ctx: Ctx, from: string, to: string) {
  assertReader(ctx);
  if (to < from) throw new DomainError('VALIDATION_FAILED', 'Il periodo termina prima di iniziare', 'to', [{ field: 'to', detail: 'Periodo non valido' }]);
  const db = ctx.engine.db;
  const [[desks], rows] = await Promise.all([
    rowsOf<{ municipal: number; conventions: number; non_municipal: number }>(
      db,
      sql`SELECT count(d.id) FILTER (WHERE s.kind = 'municipal' AND d.bookable)::int AS municipal,
                 count(DISTINCT s.id) FILTER (WHERE s.kind <> 'municipal' AND s.convention_from <= ${to} AND (s.convention_to IS NULL OR s.convention_to >= ${from}))::int AS conventions,
                 count(d.id) FILTER (WHERE s.kind <> 'municipal' AND d.bookable AND s.convention_from <= ${to} AND (s.convention_to IS NULL OR s.convention_to >= ${from}))::int AS non_municipal
          FROM sites s LEFT JOIN desks d ON d.organization_id = s.organization_id AND d.site_id = s.id
          WHERE s.organization_id = ${ctx.organizationId} AND s.active`,
    ),
    bookings.occupancyRows(db, ctx.organizationId, from, to),
  ]);
  const days = rows.map((r) => ({ siteId: r.site_id, siteName: r.site_name, date: r.date, ...occupancy({ desks: r.desks, booked: r.booked, checkedIn: r.checked_in, noShow: r.no_show, cancelled: r.cancelled }) }));
  return {
    from, to, municipalDesks: desks?.municipal ?? 0, nonMunicipalConventions: desks?.conventions ?? 0, nonMunicipalDesks: desks?.non_municipal ?? 0,
    bySite: siteTotals(days),
    occupancy: days,
  };
}

/** POLA Tabella J 6.1 and (A) — laptops and phones supplied to agile workers, VDI licences against the plan, own devices. */
export async function equipmentReport(ctx: Ctx) {
  assertReader(ctx);
  const db = ctx.engine.db;
  const [f, { regulation }] = await Promise.all([equipment.equipmentFigures(db, ctx.organizationId, ctx.clock.today()), regulationFor(db, ctx.organizationId)]);
  const count = (type: string, state: string) => f.byType.find((r) => r.type === type && r.state === state)?.n ?? 0;
  return {
    agileWorkers: f.agile, withLaptopAndPhone: f.laptop_and_phone, vdiLicences: f.vdi, vdiPlanned: regulation.plannedVdiLicences, withOwnDevices: f.own,
    ...equipmentShares({ agile: f.agile, laptopAndPhone: f.laptop_and_phone, vdi: f.vdi, own: f.own }, regulation.plannedVdiLicences),
    byType: EQUIPMENT_TYPES.map((type) => ({ type, inStock: count(type, 'in_stock'), assigned: count(type, 'assigned'), repair: count(type, 'repair'), retired: count(type, 'retired') })),
  };
}
