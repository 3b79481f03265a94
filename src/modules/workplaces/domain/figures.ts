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
