/** A share in percent with one decimal, or null when there is nothing to divide by. */
export const percent = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

export interface OccupancyRow {
  booked: number;
  checkedIn: number;
  noShow: number;
  cancelled: number;
  desks: number;
}

/** Desk occupancy of a site and day: the share of desks actually used (checked in). */
export function occupancy(r: OccupancyRow) {
  return { ...r, occupancy: percent(r.checkedIn, r.desks) };
}

/**
 * A site over the period: bookings summed, and occupancy as desks used ÷ desk-days of the days
 * that had bookings (a day nobody booked says nothing of the site's use).
 */
export function siteTotals<R extends OccupancyRow & { siteId: string; siteName: string }>(rows: readonly R[]) {
  const bySite = new Map<string, { siteId: string; siteName: string; days: number; deskDays: number; booked: number; checkedIn: number; noShow: number; cancelled: number }>();
  for (const r of rows) {
    const s = bySite.get(r.siteId) ?? { siteId: r.siteId, siteName: r.siteName, days: 0, deskDays: 0, booked: 0, checkedIn: 0, noShow: 0, cancelled: 0 };
    s.days += 1;
    s.deskDays += r.desks;
    s.booked += r.booked;
    s.checkedIn += r.checkedIn;
    s.noShow += r.noShow;
    s.cancelled += r.cancelled;
    bySite.set(r.siteId, s);
  }
  return [...bySite.values()].map((s) => ({ ...s, occupancy: percent(s.checkedIn, s.deskDays) })).sort((a, b) => a.siteName.localeCompare(b.siteName, 'it'));
}

export interface EquipmentCounts {
  /** Employees with an active agreement today. */
  agile: number;
  laptopAndPhone: number;
  vdi: number;
  own: number;
}

/** POLA Tabella J 6.1 and (A): shares of agile workers, and licences against the plan (none when no plan is set). */
export function equipmentShares(c: EquipmentCounts, plannedVdiLicences: number | null) {
  return {
    withLaptopAndPhoneShare: percent(c.laptopAndPhone, c.agile),
    vdiCoverage: plannedVdiLicences === null ? null : percent(c.vdi, plannedVdiLicences),
    withOwnDevicesShare: percent(c.own, c.agile),
  };
}
