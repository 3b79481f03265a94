import { describe, expect, it } from 'vitest';
import { equipmentShares, occupancy, percent, siteTotals } from './figures.js';

const row = (siteId: string, desks: number, booked: number, checkedIn: number, noShow = 0, cancelled = 0) => ({ siteId, siteName: siteId === 'a' ? 'Sede A' : 'Coworking B', desks, booked, checkedIn, noShow, cancelled });

describe('POLA Tabella J — figures', () => {
  it('a share has one decimal and none without a denominator', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(3, 3)).toBe(100);
    expect(percent(0, 5)).toBe(0);
    expect(percent(0, 0)).toBeNull();
  });

  it('occupancy of a site and day counts the desks checked in, not the bookings', () => {
    expect(occupancy({ booked: 4, checkedIn: 3, noShow: 1, cancelled: 0, desks: 10 }).occupancy).toBe(30);
    expect(occupancy({ booked: 10, checkedIn: 10, noShow: 0, cancelled: 2, desks: 10 }).occupancy).toBe(100);
    expect(occupancy({ booked: 0, checkedIn: 0, noShow: 0, cancelled: 0, desks: 0 }).occupancy).toBeNull();
  });

  it('a site over the period sums its days and measures occupancy over the desk-days booked', () => {
    const totals = siteTotals([row('b', 10, 5, 4, 1), row('a', 20, 10, 5, 5, 2), row('a', 20, 20, 15, 5)]);
    expect(totals.map((t) => t.siteName)).toEqual(['Coworking B', 'Sede A']);
    expect(totals[1]).toMatchObject({ siteId: 'a', days: 2, deskDays: 40, booked: 30, checkedIn: 20, noShow: 10, cancelled: 2, occupancy: 50 });
    expect(totals[0]).toMatchObject({ days: 1, occupancy: 40 });
    expect(siteTotals([])).toEqual([]);
  });

  it('6.1 and (A): shares of the agile workers and licences against the plan; without a plan or workers, none', () => {
    expect(equipmentShares({ agile: 200, laptopAndPhone: 150, vdi: 5_250, own: 20 }, 7_000)).toEqual({ withLaptopAndPhoneShare: 75, vdiCoverage: 75, withOwnDevicesShare: 10 });
    expect(equipmentShares({ agile: 0, laptopAndPhone: 0, vdi: 10, own: 0 }, null)).toEqual({ withLaptopAndPhoneShare: null, vdiCoverage: null, withOwnDevicesShare: null });
    expect(equipmentShares({ agile: 1, laptopAndPhone: 1, vdi: 7_001, own: 1 }, 7_000).vdiCoverage).toBe(100);
  });
});
