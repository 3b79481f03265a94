import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSiteOpen, type SiteKind } from '../../../src/modules/workplaces/domain/site.js';
import type { Engine } from '../../../src/platform/db/engine.js';
import { demoWorld, type DemoSession } from '../../fixtures/demo.js';

const TODAY = '2026-11-23';

interface Site {
  id: string;
  kind: SiteKind;
  name: string;
  municipality: string;
  municipio: number | null;
  latitude: number;
  longitude: number;
  openingDays: number[];
  opens: string;
  closes: string;
  securityChecked: boolean;
  badgeAccess: boolean;
  accessProtocol: string;
  privateRoom: boolean;
  convention: { reference: string; from: string; to: string | null; reservedDesks: number | null } | null;
  active: boolean;
  desks: number;
  bookableDesks: number;
}

let engine: Engine;
let app: FastifyInstance;
let organizationId = '';
let sites: Site[] = [];
let cookies: Map<string, DemoSession>;
let signIn: (username: string) => Promise<DemoSession>;

beforeAll(async () => {
  ({ engine, app, organizationId, sessions: cookies, signIn } = await demoWorld(TODAY, 'workplaces'));
  const facilities = await signIn('facilities');
  const res = await app.inject({ url: '/api/v1/sites', headers: { cookie: facilities.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  sites = res.json() as Site[];
  await signIn('hr');
}, 240_000);
afterAll(async () => {
  await app?.close();
  await engine?.close();
});

describe('demo organization: workplaces and equipment (POLA § 4.2, § 4.6)', () => {
  it('has a near-working site in a municipal building of each of Milan’s nine Municipi, open Monday to Friday 8–19 with badge and access protocol', () => {
    const municipal = sites.filter((s) => s.kind === 'municipal');
    expect(new Set(municipal.map((s) => s.municipio))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    for (const s of municipal) {
      expect(s.municipality).toBe('Milano');
      expect(s.latitude).toBeGreaterThan(45.38);
      expect(s.latitude).toBeLessThan(45.54);
      expect(s.longitude).toBeGreaterThan(9.04);
      expect(s.longitude).toBeLessThan(9.28);
      expect(s.openingDays).toEqual([1, 2, 3, 4, 5]);
      expect([s.opens, s.closes]).toEqual(['08:00', '19:00']);
      expect(s.securityChecked && s.badgeAccess && s.accessProtocol.length > 0, s.name).toBe(true);
    }
    expect(municipal.some((s) => s.privateRoom)).toBe(true);
    expect(municipal.some((s) => /Bernina/.test(s.name))).toBe(true);
  });

  it('has coworking spaces and participated or private companies in and around Milan, each under a convention', () => {
    const others = sites.filter((s) => s.kind !== 'municipal');
    expect(new Set(others.map((s) => s.kind))).toEqual(new Set(['coworking', 'participated', 'private_company']));
    for (const s of others) {
      expect(s.convention?.reference, s.name).toBeTruthy();
      expect(s.convention!.from, s.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.convention!.reservedDesks, s.name).toBeGreaterThan(0);
    }
    for (const place of ['Monza', 'Sesto San Giovanni', 'Rho', 'Bergamo', 'Pavia']) expect(others.some((s) => s.municipality === place), place).toBe(true);
  });

  it('has a few hundred desks, labelled by floor, some not bookable', async () => {
    const total = sites.reduce((n, s) => n + s.desks, 0);
    expect(total).toBeGreaterThanOrEqual(200);
    expect(total).toBeLessThan(1000);
    expect(sites.reduce((n, s) => n + s.bookableDesks, 0)).toBeLessThan(total);
    const facilities = cookies.get('facilities')!;
    const site = sites.find((s) => s.kind === 'municipal')!;
    const desks = (await app.inject({ url: `/api/v1/sites/${site.id}/desks`, headers: { cookie: facilities.cookie } })).json() as { label: string; equipment: string[]; checkInCode: string }[];
    expect(desks.length).toBe(site.desks);
    for (const d of desks) {
      expect(d.label).toMatch(/^P[T\d]-\d{2}$/);
      expect(d.checkInCode).toMatch(/^[A-Za-z0-9_-]{12}$/);
    }
    expect(desks.some((d) => d.equipment.includes('monitor'))).toBe(true);
  });

  it('has bookings from two months ago to three weeks ahead: past ones mostly checked in, some no-shows and cancellations; future ones booked', async () => {
    const rows = await engine.query<{ past: boolean; status: string; n: number; first: string; last: string }>(
      `SELECT date < $2::date AS past, status, count(*)::int AS n, min(date)::text AS first, max(date)::text AS last FROM bookings WHERE organization_id = $1 GROUP BY 1, 2`,
      [organizationId, TODAY],
    );
    const n = (past: boolean, status: string) => rows.find((r) => r.past === past && r.status === status)?.n ?? 0;
    const past = ['checked_in', 'no_show', 'cancelled', 'booked'].reduce((s, st) => s + n(true, st), 0);
    expect(past).toBeGreaterThan(2000);
    expect(n(true, 'checked_in')).toBeGreaterThan(0.7 * past);
    expect(n(true, 'no_show')).toBeGreaterThan(0.02 * past);
    expect(n(true, 'cancelled')).toBeGreaterThan(0.02 * past);
    expect(n(true, 'booked')).toBe(0);
    expect(n(false, 'booked')).toBeGreaterThan(300);
    expect(rows.reduce((m, r) => (r.first < m ? r.first : m), '9999')).toBe('2026-09-23');
    expect(rows.reduce((m, r) => (r.last > m ? r.last : m), '0000') > '2026-12-07').toBe(true);
  });

  it('never books a desk twice nor a person twice on a day, and never on a closed day', async () => {
    const [{ desks, people }] = (await engine.query<{ desks: number; people: number }>(
      `SELECT (SELECT count(*)::int FROM (SELECT 1 FROM bookings WHERE organization_id = $1 GROUP BY desk_id, date HAVING count(*) > 1) x) AS desks,
              (SELECT count(*)::int FROM (SELECT 1 FROM bookings WHERE organization_id = $1 GROUP BY employee_id, date HAVING count(*) > 1) y) AS people`,
      [organizationId],
    )) as [{ desks: number; people: number }];
    expect({ desks, people }).toEqual({ desks: 0, people: 0 });
    const perSiteDay = await engine.query<{ site_id: string; date: string }>(`SELECT DISTINCT site_id, date::text AS date FROM bookings WHERE organization_id = $1`, [organizationId]);
    const byId = new Map(sites.map((s) => [s.id, s]));
    const closed = perSiteDay.filter((r) => {
      const s = byId.get(r.site_id)!;
      return !isSiteOpen({ kind: s.kind, active: s.active, openingDays: s.openingDays, conventionFrom: s.convention?.from ?? null, conventionTo: s.convention?.to ?? null }, r.date, '12-07');
    });
    expect(closed).toEqual([]);
    // The patron saint's day (7 December) and the Immaculate Conception (8 December) close the municipal sites.
    expect(perSiteDay.some((r) => r.date === '2026-12-07' && byId.get(r.site_id)!.kind === 'municipal')).toBe(false);
  });

  it('puts every desk outside the municipal premises on an approved agile day of the same employee (art. 15.4), and municipal desks on office days', async () => {
    const [row] = await engine.query<{ outside: number; wrong: number; municipal_on_agile_day: number }>(
      `SELECT count(*) FILTER (WHERE s.kind <> 'municipal')::int AS outside,
              count(*) FILTER (WHERE s.kind <> 'municipal' AND NOT EXISTS (
                SELECT 1 FROM agile_days d WHERE d.organization_id = b.organization_id AND d.id = b.agile_day_id AND d.employee_id = b.employee_id AND d.date = b.date AND d.status = 'approved'))::int AS wrong,
              count(*) FILTER (WHERE s.kind = 'municipal' AND (b.agile_day_id IS NOT NULL OR EXISTS (
                SELECT 1 FROM agile_days d WHERE d.organization_id = b.organization_id AND d.employee_id = b.employee_id AND d.date = b.date AND d.status IN ('approved','pending'))))::int AS municipal_on_agile_day
       FROM bookings b JOIN sites s ON s.organization_id = b.organization_id AND s.id = b.site_id WHERE b.organization_id = $1`,
      [organizationId],
    );
    expect(row!.outside).toBeGreaterThan(300);
    expect(row!.wrong).toBe(0);
    expect(row!.municipal_on_agile_day).toBe(0);
  });

  it('has more than 5,200 virtual-desktop licences assigned, the agreement holders among them', async () => {
    const [row] = await engine.query<{ vdi: number; holders: number; holders_with_vdi: number }>(
      `WITH live AS (SELECT a.employee_id FROM equipment_assignments a JOIN equipment e ON e.organization_id = a.organization_id AND e.id = a.equipment_id
                     WHERE a.organization_id = $1 AND a.returned_on IS NULL AND e.type = 'vdi_licence' AND e.state = 'assigned'),
            holders AS (SELECT DISTINCT employee_id FROM agreements WHERE organization_id = $1 AND status = 'active')
       SELECT (SELECT count(*)::int FROM live) AS vdi, (SELECT count(*)::int FROM holders) AS holders,
              (SELECT count(*)::int FROM holders h WHERE h.employee_id IN (SELECT employee_id FROM live)) AS holders_with_vdi`,
      [organizationId],
    );
    expect(row!.vdi).toBeGreaterThanOrEqual(5200);
    expect(row!.holders_with_vdi).toBe(row!.holders);
  });

  it('reports the equipment figures of Tabella J: laptops and phones, licences against the 7,000 planned, own devices', async () => {
    const res = await app.inject({ url: '/api/v1/reports/equipment', headers: { cookie: cookies.get('hr')!.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.agileWorkers).toBeGreaterThan(100);
    expect(r.withLaptopAndPhone).toBeGreaterThan(0);
    expect(r.vdiLicences).toBeGreaterThanOrEqual(5200);
    expect(r.vdiPlanned).toBe(7000);
    expect(r.vdiCoverage).toBeGreaterThan(70);
    expect(r.withOwnDevices).toBeGreaterThan(0);
    const laptops = (r.byType as { type: string; inStock: number; assigned: number; repair: number; retired: number }[]).find((t) => t.type === 'laptop')!;
    expect(laptops.assigned).toBeGreaterThan(1000);
    expect(laptops.inStock + laptops.repair + laptops.retired).toBeGreaterThan(0);
  });

  it('lets the director of economic development (D07, set in the settings) manage the conventions’ desks', async () => {
    const org = (await app.inject({ url: '/api/v1/organization', headers: { cookie: cookies.get('hr')!.cookie } })).json();
    expect(org.settings.economicDevelopmentDirectorateCode).toBe('D07');
    const director = await signIn('director07');
    const coworking = sites.find((s) => s.kind === 'coworking')!;
    const desks = (await app.inject({ url: `/api/v1/sites/${coworking.id}/desks`, headers: { cookie: director.cookie } })).json() as { checkInCode: string | null }[];
    expect(desks.length).toBe(coworking.desks);
    expect(desks.every((d) => typeof d.checkInCode === 'string')).toBe(true);
  });

  it('reports the desks of Tabella J 2.1–2.2 and the occupancy of the last month', async () => {
    const res = await app.inject({ url: '/api/v1/reports/workplaces?from=2026-10-23&to=2026-11-22', headers: { cookie: cookies.get('hr')!.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.municipalDesks).toBeGreaterThan(150);
    expect(r.nonMunicipalConventions).toBeGreaterThanOrEqual(5);
    expect(r.nonMunicipalDesks).toBeGreaterThan(40);
    expect(r.occupancy.length).toBeGreaterThan(100);
    expect(r.occupancy.some((o: { checkedIn: number }) => o.checkedIn > 0)).toBe(true);
  });
});
