import crypto from 'node:crypto';
import { systemActor } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { isoWeekday } from '../../../platform/calendar.js';
import { romeLocalToInstant, type Clock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { addDays, addMonths, daysBetween } from '../../../platform/dates.js';
import type { Engine } from '../../../platform/db/engine.js';
import { Random } from '../../../platform/random.js';
import { isEmployeeWorkingDay } from '../../agile-days/domain/day-request.js';
import type { WorkPattern } from '../../organization/domain/employee.js';
import { regulationFor } from '../../organization/services/settings.js';
import { isSiteOpen, type SiteKind } from '../domain/site.js';
import {
  demoAgileDays, demoHolders, demoPeople, directorateIdsByCode, insertDemoAssignments, insertDemoBookings, insertDemoDesks, insertDemoEquipment, insertDemoOwnDevices,
  insertDemoSites, mergeSettings, type DemoAssignment, type DemoBooking, type DemoDesk, type DemoItem, type DemoOwnDevices, type DemoPersonRow, type DemoSite,
} from '../repositories/demo.js';

/** The demo's directorates (src/modules/organization/demo/directorates.ts): economic development, IT, facilities. */
const ECONOMIC_DEVELOPMENT = 'D07'; // Direzione Economia Urbana e Lavoro
const IT = 'D18'; // Direzione Sistemi Informativi e Agenda Digitale
/** The organization the demo's figures are drawn for: Milan, about 14,000 employees. */
const FULL_SIZE = 14_000;

interface SiteSpec {
  kind: SiteKind;
  name: string;
  address: string;
  municipality: string;
  municipio: number | null;
  lat: number;
  lon: number;
  desks: number;
  floors: string[];
  privateRoom?: boolean;
  saturday?: boolean;
  hours?: [string, string];
  contact: string;
  accessibility?: string;
  /** A non-municipal site: convention number, its dates (months from today), and the municipalities it serves. */
  convention?: { reference: string; fromMonths: number; toMonths: number | null; near: string[] };
  /** Commuters from these municipalities prefer this municipal site. */
  near?: string[];
}

const NORTH = ['Sesto San Giovanni', 'Cinisello Balsamo', 'Cologno Monzese', 'Bresso', 'Cormano', 'Paderno Dugnano', 'Monza', 'Brugherio', 'Desio', 'Lissone', 'Seregno', 'Cesano Maderno', 'Vimercate', 'Como', 'Lecco', 'Saronno'];
const EAST = ['Segrate', 'Pioltello', 'Peschiera Borromeo', 'Cernusco sul Naviglio', 'Gorgonzola', 'Treviglio', 'Bergamo', 'Crema'];
const SOUTH = ['San Donato Milanese', 'San Giuliano Milanese', 'Rozzano', 'Opera', 'Assago', 'Melegnano', 'Lodi', 'Pavia', 'Cremona'];
const WEST = ['Rho', 'Settimo Milanese', 'Corsico', 'Buccinasco', 'Trezzano sul Naviglio', 'Bollate', 'Novate Milanese', 'Garbagnate Milanese', 'Abbiategrasso', 'Magenta', 'Vigevano', 'Legnano', 'Busto Arsizio', 'Gallarate', 'Varese'];

const MUNICIPAL_PROTOCOL = 'Ingresso con badge comunale; registrazione alla portineria; postazioni assegnate su prenotazione dall’app; piano di emergenza affisso a ogni piano';

/** Near-working sites in the municipal buildings of the nine Municipi, and the central offices (POLA § 4.2, action 2.1). */
const SITES: SiteSpec[] = [
  { kind: 'municipal', name: 'Sede Municipio 1 – Via Larga 12', address: 'Via Larga 12, 20122 Milano', municipality: 'Milano', municipio: 1, lat: 45.46057, lon: 9.19255, desks: 20, floors: ['P1', 'P2'], privateRoom: true, contact: 'Ufficio Sedi Municipio 1 – 02 884 51234', near: [] },
  { kind: 'municipal', name: 'Sede Municipio 2 – Viale Zara 100', address: 'Viale Zara 100, 20125 Milano', municipality: 'Milano', municipio: 2, lat: 45.49849, lon: 9.19618, desks: 18, floors: ['PT', 'P1'], contact: 'Ufficio Sedi Municipio 2 – 02 884 58210', near: NORTH },
  { kind: 'municipal', name: 'Sede Municipio 3 – Via Sansovino 9', address: 'Via Jacopo Sansovino 9, 20133 Milano', municipality: 'Milano', municipio: 3, lat: 45.47897, lon: 9.21871, desks: 16, floors: ['P1'], privateRoom: true, contact: 'Ufficio Sedi Municipio 3 – 02 884 58301', near: EAST },
  { kind: 'municipal', name: 'Sede Municipio 4 – Via Oglio 18', address: 'Via Oglio 18, 20139 Milano', municipality: 'Milano', municipio: 4, lat: 45.44197, lon: 9.21704, desks: 18, floors: ['PT', 'P1'], contact: 'Ufficio Sedi Municipio 4 – 02 884 58402', near: [...EAST, ...SOUTH] },
  { kind: 'municipal', name: 'Sede Municipio 5 – Viale Tibaldi 41', address: 'Viale Tibaldi 41, 20136 Milano', municipality: 'Milano', municipio: 5, lat: 45.44562, lon: 9.17988, desks: 16, floors: ['P1'], contact: 'Ufficio Sedi Municipio 5 – 02 884 58503', near: SOUTH },
  { kind: 'municipal', name: 'Sede Municipio 6 – Viale Legioni Romane 54', address: 'Viale Legioni Romane 54, 20147 Milano', municipality: 'Milano', municipio: 6, lat: 45.44802, lon: 9.12895, desks: 16, floors: ['PT', 'P1'], privateRoom: true, contact: 'Ufficio Sedi Municipio 6 – 02 884 58604', near: [...WEST, ...SOUTH] },
  { kind: 'municipal', name: 'Sede Municipio 7 – Piazza Stovani 3', address: 'Piazza Stovani 3, 20153 Milano', municipality: 'Milano', municipio: 7, lat: 45.46214, lon: 9.11523, desks: 16, floors: ['P1', 'P2'], contact: 'Ufficio Sedi Municipio 7 – 02 884 58705', near: WEST },
  { kind: 'municipal', name: 'Sede Municipio 8 – Via Quarenghi 21', address: 'Via Giacomo Quarenghi 21, 20151 Milano', municipality: 'Milano', municipio: 8, lat: 45.50102, lon: 9.13001, desks: 18, floors: ['PT', 'P1'], contact: 'Ufficio Sedi Municipio 8 – 02 884 58806', near: WEST },
  { kind: 'municipal', name: 'Sede Municipio 9 – Via Guerzoni 38', address: 'Via Francesco Guerzoni 38, 20158 Milano', municipality: 'Milano', municipio: 9, lat: 45.49831, lon: 9.18205, desks: 18, floors: ['P1'], privateRoom: true, contact: 'Ufficio Sedi Municipio 9 – 02 884 58907', near: NORTH },
  { kind: 'municipal', name: 'Uffici comunali – Via Bernina 12', address: 'Via Bernina 12, 20158 Milano', municipality: 'Milano', municipio: 9, lat: 45.49712, lon: 9.18538, desks: 36, floors: ['P2', 'P3', 'P4'], privateRoom: true, contact: 'Direzione Demanio e Patrimonio – sedi@comune.milano.it', near: NORTH },
  { kind: 'municipal', name: 'Uffici comunali – Via Sile 8', address: 'Via Sile 8, 20139 Milano', municipality: 'Milano', municipio: 5, lat: 45.44033, lon: 9.20772, desks: 32, floors: ['P1', 'P2', 'P3'], contact: 'Direzione Demanio e Patrimonio – sedi@comune.milano.it', near: SOUTH },
  { kind: 'municipal', name: 'Uffici comunali – Piazza della Scala 2 (Palazzo Marino)', address: 'Piazza della Scala 2, 20121 Milano', municipality: 'Milano', municipio: 1, lat: 45.46738, lon: 9.18995, desks: 24, floors: ['P1', 'P2'], privateRoom: true, contact: 'Servizio Sedi Istituzionali – 02 884 50001', near: [] },
  { kind: 'municipal', name: 'Uffici comunali – Via Pirelli 39', address: 'Via Giovanni Battista Pirelli 39, 20124 Milano', municipality: 'Milano', municipio: 2, lat: 45.48771, lon: 9.19929, desks: 30, floors: ['P5', 'P6', 'P7'], contact: 'Direzione Demanio e Patrimonio – sedi@comune.milano.it', near: [...NORTH, ...EAST] },
  // Action 2.2.2 — coworking spaces from the qualified list of the Comune (Elenco qualificato degli spazi di coworking).
  {
    kind: 'coworking', name: 'Coworking Centrale – Via Copernico 38', address: 'Via Niccolò Copernico 38, 20125 Milano', municipality: 'Milano', municipio: 2, lat: 45.48682, lon: 9.20359, desks: 14, floors: ['P3'],
    hours: ['08:30', '20:00'], contact: 'Reception – 02 3659 1200', convention: { reference: 'Elenco qualificato coworking n. 14 – Conv. PG 214577/2025', fromMonths: -14, toMonths: 22, near: ['Milano', 'Cologno Monzese', 'Segrate'] },
  },
  {
    kind: 'coworking', name: 'Coworking Calabiana – Via Arcivescovo Calabiana 6', address: 'Via Arcivescovo Calabiana 6, 20139 Milano', municipality: 'Milano', municipio: 5, lat: 45.44382, lon: 9.21275, desks: 12, floors: ['PT'],
    hours: ['08:30', '20:00'], saturday: true, contact: 'Front desk – 02 8716 4410', convention: { reference: 'Elenco qualificato coworking n. 22 – Conv. PG 301188/2025', fromMonths: -10, toMonths: 26, near: ['Milano', 'San Donato Milanese', 'Opera', 'Rozzano'] },
  },
  {
    kind: 'coworking', name: 'Spazio Coworking Monza Centro – Via Carlo Alberto 20', address: 'Via Carlo Alberto 20, 20900 Monza', municipality: 'Monza', municipio: null, lat: 45.58425, lon: 9.27418, desks: 12, floors: ['P1'],
    hours: ['08:00', '19:30'], contact: 'Accoglienza – 039 232 7710', convention: { reference: 'Elenco qualificato coworking n. 31 – Conv. PG 97412/2026', fromMonths: -8, toMonths: 28, near: ['Monza', 'Brugherio', 'Lissone', 'Desio', 'Seregno', 'Vimercate', 'Cesano Maderno', 'Lecco', 'Como'] },
  },
  {
    kind: 'coworking', name: 'Coworking Sesto Rondò – Piazza IV Novembre 4', address: 'Piazza IV Novembre 4, 20099 Sesto San Giovanni', municipality: 'Sesto San Giovanni', municipio: null, lat: 45.53508, lon: 9.22868, desks: 10, floors: ['P2'],
    contact: 'Segreteria – 02 2248 6610', convention: { reference: 'Elenco qualificato coworking n. 9 – Conv. PG 188203/2025', fromMonths: -16, toMonths: 20, near: ['Sesto San Giovanni', 'Cinisello Balsamo', 'Cologno Monzese', 'Bresso', 'Cormano', 'Paderno Dugnano', 'Novate Milanese'] },
  },
  {
    kind: 'coworking', name: 'Coworking Bergamo Porta Nuova – Viale Papa Giovanni XXIII 57', address: 'Viale Papa Giovanni XXIII 57, 24121 Bergamo', municipality: 'Bergamo', municipio: null, lat: 45.69424, lon: 9.67237, desks: 10, floors: ['P1'],
    hours: ['08:00', '19:00'], contact: 'Reception – 035 061 2290', convention: { reference: 'Elenco qualificato coworking n. 40 – Conv. PG 52310/2026', fromMonths: -1, toMonths: 23, near: ['Bergamo', 'Treviglio', 'Crema', 'Lecco', 'Gorgonzola'] },
  },
  {
    kind: 'coworking', name: 'Coworking Pavia Stazione – Viale Vittorio Emanuele II 9', address: 'Viale Vittorio Emanuele II 9, 27100 Pavia', municipality: 'Pavia', municipio: null, lat: 45.18813, lon: 9.14682, desks: 10, floors: ['PT'],
    contact: 'Accoglienza – 0382 152 8840', convention: { reference: 'Elenco qualificato coworking n. 27 – Conv. PG 233905/2025', fromMonths: -12, toMonths: 24, near: ['Pavia', 'Vigevano', 'Abbiategrasso', 'Rozzano', 'Opera', 'Assago', 'Lodi', 'Melegnano', 'Cremona'] },
  },
  // Action 2.2.1 — desks in the offices of participated and private companies, under a convention.
  {
    kind: 'participated', name: 'MM S.p.A. – Via del Vecchio Politecnico 8', address: 'Via del Vecchio Politecnico 8, 20121 Milano', municipality: 'Milano', municipio: 1, lat: 45.47221, lon: 9.19874, desks: 10, floors: ['P4'], privateRoom: true,
    hours: ['08:00', '18:30'], contact: 'MM – Servizi generali, 02 7747 1', convention: { reference: 'Conv. quadro Comune–MM S.p.A. PG 412076/2024', fromMonths: -22, toMonths: 14, near: ['Milano'] },
  },
  {
    kind: 'participated', name: 'SEA – Aeroporto di Linate, uffici direzionali', address: 'Viale Enrico Forlanini, 20054 Segrate', municipality: 'Segrate', municipio: null, lat: 45.46063, lon: 9.27838, desks: 8, floors: ['P2'],
    hours: ['08:00', '18:00'], contact: 'SEA – Facility management, 02 7485 1', convention: { reference: 'Conv. Comune–SEA S.p.A. PG 98841/2025', fromMonths: -18, toMonths: 18, near: ['Segrate', 'Peschiera Borromeo', 'Pioltello', 'San Donato Milanese', 'Cernusco sul Naviglio', 'Gorgonzola', 'Treviglio'] },
  },
  {
    kind: 'participated', name: 'AFOL Metropolitana – Sede di Rho, Via Dei Cornaggia 31', address: 'Via Dei Cornaggia 31, 20017 Rho', municipality: 'Rho', municipio: null, lat: 45.52913, lon: 9.04067, desks: 8, floors: ['P1'],
    hours: ['08:00', '18:00'], contact: 'AFOL – Segreteria di sede, 02 9311 2020', convention: { reference: 'Conv. Comune–AFOL Metropolitana PG 150032/2025', fromMonths: -13, toMonths: 11, near: ['Rho', 'Settimo Milanese', 'Bollate', 'Garbagnate Milanese', 'Novate Milanese', 'Legnano', 'Saronno', 'Magenta', 'Busto Arsizio', 'Gallarate', 'Varese'] },
  },
  {
    kind: 'private_company', name: 'Brianza Business Park – Viale Lombardia 210, Monza', address: 'Viale Lombardia 210, 20900 Monza', municipality: 'Monza', municipio: null, lat: 45.57204, lon: 9.28641, desks: 8, floors: ['P3'],
    hours: ['08:00', '18:00'], contact: 'Reception del Business Park – 039 200 4411', convention: { reference: 'Conv. PG 301554/2025 (avviso pubblico imprese ospitanti)', fromMonths: -9, toMonths: 15, near: ['Monza', 'Brugherio', 'Lissone', 'Desio', 'Vimercate', 'Sesto San Giovanni'] },
  },
  {
    kind: 'private_company', name: 'Pavia Tech Park – Via Ferrata 5', address: 'Via Adolfo Ferrata 5, 27100 Pavia', municipality: 'Pavia', municipio: null, lat: 45.20259, lon: 9.13581, desks: 6, floors: ['P1'], privateRoom: true,
    hours: ['08:00', '18:00'], contact: 'Segreteria del parco – 0382 987 3300', convention: { reference: 'Conv. PG 45218/2026 (avviso pubblico imprese ospitanti)', fromMonths: -6, toMonths: 18, near: ['Pavia', 'Vigevano', 'Lodi'] },
  },
  {
    kind: 'private_company', name: 'Polo Uffici Bergamo Est – Via Camozzi 111', address: 'Via Camozzi 111, 24121 Bergamo', municipality: 'Bergamo', municipio: null, lat: 45.69821, lon: 9.67915, desks: 6, floors: ['P2'],
    hours: ['08:00', '18:00'], contact: 'Ufficio accoglienza – 035 421 9000', convention: { reference: 'Conv. PG 12093/2024 (avviso pubblico imprese ospitanti)', fromMonths: -30, toMonths: -6, near: ['Bergamo', 'Treviglio'] },
  },
];

const DESK_KIT = [
  [['monitor', 'docking station'], 5],
  [['monitor', 'docking station', 'webcam'], 2],
  [['monitor'], 2],
  [['thin client', 'monitor', 'tastiera', 'mouse'], 2],
  [['doppio monitor', 'docking station'], 1],
] as const satisfies readonly (readonly [readonly string[], number])[];

const CANCELLATIONS = ['Annullata dal dipendente', 'Riunione spostata in sede centrale', 'Malattia', 'Cambio di programma del servizio', 'Sciopero dei mezzi pubblici'];

/** POLA § 4.6 — the register drawn for Milan's size; each count is scaled to the demo's employees. */
const ITEMS: { type: string; tag: string; total: number; assigned: number; repair: number; retired: number; models: string[]; serial: string | null; from: [number, number] }[] = [
  // More than 5,200 virtual-desktop users (POLA § 4.6), towards the plan of 7,000.
  { type: 'vdi_licence', tag: 'VDI', total: 5_600, assigned: 5_320, repair: 0, retired: 0, models: ['Citrix DaaS – licenza utente nominale'], serial: null, from: [-60, -1] },
  // The laptop rollout in progress.
  { type: 'laptop', tag: 'LAP', total: 1_500, assigned: 1_250, repair: 45, retired: 35, models: ['Lenovo ThinkPad T14 Gen 4', 'HP EliteBook 840 G10', 'Dell Latitude 5440'], serial: 'PF', from: [-20, 0] },
  { type: 'smartphone', tag: 'SMP', total: 900, assigned: 810, repair: 20, retired: 15, models: ['Samsung Galaxy A55 5G', 'Apple iPhone SE (3ª gen.)'], serial: 'R5', from: [-30, 0] },
  { type: 'headset', tag: 'HDS', total: 1_200, assigned: 1_050, repair: 0, retired: 30, models: ['Jabra Evolve2 40 SE', 'Poly Blackwire 3220'], serial: 'HS', from: [-36, 0] },
  { type: 'monitor', tag: 'MON', total: 650, assigned: 420, repair: 10, retired: 25, models: ['Philips 24B1U5301H 24"', 'Dell P2423D 24"'], serial: 'CN', from: [-36, -1] },
  { type: 'docking_station', tag: 'DCK', total: 420, assigned: 300, repair: 5, retired: 5, models: ['Lenovo ThinkPad Universal USB-C Dock', 'HP USB-C Dock G5'], serial: 'DK', from: [-20, 0] },
  { type: 'thin_client', tag: 'THC', total: 380, assigned: 240, repair: 10, retired: 40, models: ['IGEL UD3', 'Dell Wyse 5070'], serial: 'TC', from: [-60, -6] },
  { type: 'webcam', tag: 'WEB', total: 150, assigned: 110, repair: 0, retired: 5, models: ['Logitech C920'], serial: 'LC', from: [-48, -2] },
  { type: 'tablet', tag: 'TAB', total: 60, assigned: 45, repair: 2, retired: 3, models: ['Samsung Galaxy Tab A9+'], serial: 'TB', from: [-24, -1] },
];

const OWN_DEVICES = ['PC portatile personale (Windows 11) e smartphone Android', 'MacBook Air personale', 'PC fisso personale con webcam', 'Portatile personale (Linux) e smartphone iPhone', 'Tablet personale con tastiera e smartphone'];

export interface WorkplacesDemoResult {
  sites: number;
  desks: number;
  bookings: number;
  equipment: number;
  assignments: number;
  ownDevices: number;
}

/**
 * Workplaces for the demo organization (POLA § 4.2, § 4.6): near-working sites in the nine
 * Municipi and the central offices, coworking spaces and participated or private companies under
 * convention, about four hundred desks; three months of bookings (the last two up to today and
 * the next three weeks) — municipal desks on office days, the others only on the holder's
 * approved agile days (art. 15.4), never two a desk or a person a day, never on closed days; the
 * equipment register with its assignments and own devices. Deterministic: seeded, after the
 * agile-days demo.
 */
export async function seedWorkplacesDemo(engine: Engine, clock: Clock, organizationId: string): Promise<WorkplacesDemoResult> {
  const random = new Random(20_261_015);
  const today = clock.today();
  const now = clock.now();
  const from = addMonths(today, -2);
  const to = addDays(today, 21);
  const ctx: Ctx = { organizationId, actor: systemActor(organizationId, 'demo'), clock, engine };
  const offsets = new Map<string, number>();
  const at = (date: string, hhmm: string) => {
    let offset = offsets.get(date);
    if (offset === undefined) offsets.set(date, (offset = Date.parse(`${date}T12:00:00Z`) - romeLocalToInstant(date, '12:00').getTime()));
    return new Date(Date.parse(`${date}T${hhmm}:00Z`) - offset);
  };
  const hhmm = (fromHour: number, toHour: number) => `${String(random.int(fromHour, toHour)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
  const notAfterNow = (d: Date) => (d.getTime() > now.getTime() ? new Date(now.getTime() - 60_000 * random.int(5, 600)) : d);
  const code = () => Buffer.from(Array.from({ length: 9 }, () => random.int(0, 255))).toString('base64url');

  const result = await engine.db.transaction(async (tx) => {
    const [{ patronDay }, people, holders, agileDays, directorates] = await Promise.all([
      regulationFor(tx, organizationId), demoPeople(tx, organizationId), demoHolders(tx, organizationId, today), demoAgileDays(tx, organizationId, from, to), directorateIdsByCode(tx, organizationId),
    ]);
    const scale = people.length / FULL_SIZE;

    // Sites and desks.
    const siteRows: DemoSite[] = [];
    const deskRows: DemoDesk[] = [];
    const planned: { spec: SiteSpec; row: DemoSite; desks: DemoDesk[] }[] = [];
    for (const spec of SITES) {
      const id = crypto.randomUUID();
      const c = spec.convention;
      const row: DemoSite = {
        id, kind: spec.kind, name: spec.name, address: spec.address, municipality: spec.municipality, municipio: spec.municipio, latitude: spec.lat, longitude: spec.lon,
        openingDays: spec.saturday ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5], opens: spec.hours?.[0] ?? '08:00', closes: spec.hours?.[1] ?? '19:00',
        ...accessibilityOf(spec.kind !== 'municipal' || random.chance(0.8), spec.kind),
        contact: spec.contact, securityChecked: true, badgeAccess: spec.kind === 'municipal' || spec.kind === 'participated',
        accessProtocol: spec.kind === 'municipal' ? MUNICIPAL_PROTOCOL : 'Accredito alla reception con documento e tesserino comunale; badge ospite giornaliero; rispetto del regolamento dello spazio ospitante',
        privateRoom: Boolean(spec.privateRoom), conventionReference: c?.reference ?? null,
        conventionFrom: c ? addMonths(today, c.fromMonths).slice(0, 8) + '01' : null, conventionTo: c && c.toMonths !== null ? addDays(addMonths(today, c.toMonths).slice(0, 8) + '01', -1) : null,
        reservedDesks: c ? spec.desks : null, active: true,
      };
      siteRows.push(row);
      const desks: DemoDesk[] = [];
      for (let i = 0; i < spec.desks; i++) {
        const floor = spec.floors[Math.floor((i * spec.floors.length) / spec.desks)]!;
        const kit = spec.kind === 'municipal' ? [...random.weighted(DESK_KIT.map(([k, w]) => [k, w] as const))] : random.chance(0.5) ? ['monitor'] : ['monitor', 'docking station'];
        desks.push({
          id: crypto.randomUUID(), siteId: id, label: `${floor}-${String(i + 1).padStart(2, '0')}`, floor, room: spec.privateRoom && i === spec.desks - 1 ? 'Stanza riservata (art. 18.4)' : `Open space ${floor}`,
          equipment: kit, bookable: !(spec.kind === 'municipal' && i % 11 === 7), checkInCode: code(),
        });
      }
      deskRows.push(...desks);
      planned.push({ spec, row, desks });
    }
    await insertDemoSites(tx, organizationId, siteRows, now);
    await insertDemoDesks(tx, organizationId, deskRows, now);

    // Bookings. Who is out of the office (any live agile day), and whose approved day is where.
    const outOfOffice = new Set(agileDays.map((d) => `${d.employee_id}|${d.date}`));
    const approvedOn = new Map<string, { id: string; employee_id: string }[]>();
    for (const d of agileDays) if (d.status === 'approved') approvedOn.set(d.date, [...(approvedOn.get(d.date) ?? []), d]);
    const personById = new Map(people.map((p) => [p.id, p]));
    const patternOf = (p: DemoPersonRow): WorkPattern => ({ type: p.work_pattern_type, weekdays: p.weekdays, fullTimeMonths: p.full_time_months }) as WorkPattern;
    // Regulars of each municipal site: Milan residents spread over the sites, commuters towards their side of the city.
    const municipal = planned.filter((s) => s.spec.kind === 'municipal');
    const regulars = new Map<string, DemoPersonRow[]>(municipal.map((s) => [s.row.id, []]));
    for (const p of random.shuffle(people)) {
      const wanted = municipal.reduce((n, s) => n + s.desks.length * 4, 0);
      if ([...regulars.values()].reduce((n, l) => n + l.length, 0) >= wanted) break;
      const fits = municipal.filter((s) => (p.home_municipality === 'Milano' ? s.spec.near!.length === 0 || random.chance(0.3) : s.spec.near!.includes(p.home_municipality)));
      const site = fits.length ? random.pick(fits) : random.pick(municipal);
      const list = regulars.get(site.row.id)!;
      if (list.length < site.desks.length * 4) list.push(p);
    }
    const MUNICIPAL_DAY = [0, 0.5, 0.72, 0.78, 0.7, 0.38, 0.1, 0];
    const bookingRows: DemoBooking[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const taken = new Set<string>();
      const ahead = daysBetween(today, date);
      // Bookings fill up as the day comes near.
      const horizon = ahead <= 1 ? 1 : Math.max(0.15, 1 - ahead / 24);
      for (const { spec, row, desks } of random.shuffle(planned)) {
        if (!isSiteOpen({ kind: spec.kind, active: true, openingDays: row.openingDays as number[], conventionFrom: row.conventionFrom ?? null, conventionTo: row.conventionTo ?? null }, date, patronDay)) continue;
        const free = random.shuffle(desks.filter((d) => d.bookable));
        let candidates: { employeeId: string; agileDayId: string | null }[];
        let wanted: number;
        if (spec.kind === 'municipal') {
          wanted = Math.round(free.length * MUNICIPAL_DAY[isoWeekday(date)]! * (0.85 + random.next() * 0.25) * horizon);
          candidates = random
            .shuffle(regulars.get(row.id)!)
            .filter((p) => !outOfOffice.has(`${p.id}|${date}`) && isEmployeeWorkingDay(date, patternOf(p), patronDay))
            .map((p) => ({ employeeId: p.id, agileDayId: null }));
        } else {
          // Art. 15.4 — only on an approved agile day, by those who live near the site.
          wanted = Math.round(free.length * (0.55 + random.next() * 0.35) * horizon);
          const near = spec.convention!.near;
          candidates = random
            .shuffle(approvedOn.get(date) ?? [])
            .filter((d) => near.includes(personById.get(d.employee_id)?.home_municipality ?? '') && random.chance(0.6))
            .map((d) => ({ employeeId: d.employee_id, agileDayId: d.id }));
        }
        for (const c of candidates) {
          if (wanted <= 0 || !free.length) break;
          if (taken.has(c.employeeId)) continue;
          taken.add(c.employeeId);
          wanted--;
          const desk = free.pop()!;
          const bookedAt = notAfterNow(at(addDays(date, -random.int(1, 12)), hhmm(8, 21)));
          const r = random.next();
          let status: DemoBooking['status'] = 'booked';
          let cancelledAt: Date | null = null;
          let checkedInAt: Date | null = null;
          if (r < 0.06) {
            status = 'cancelled';
            cancelledAt = notAfterNow(new Date(bookedAt.getTime() + (at(date, '08:00').getTime() - bookedAt.getTime()) * random.next()));
          } else if (date < today) {
            if (r < 0.14) status = 'no_show';
            else {
              status = 'checked_in';
              checkedInAt = at(date, `0${random.int(8, 9)}:${String(random.int(0, 59)).padStart(2, '0')}`);
            }
          } else if (date === today) {
            const arrival = at(date, `0${random.int(8, 9)}:${String(random.int(0, 59)).padStart(2, '0')}`);
            if (arrival.getTime() <= now.getTime()) {
              status = 'checked_in';
              checkedInAt = arrival;
            }
          }
          bookingRows.push({
            deskId: desk.id, siteId: row.id, employeeId: c.employeeId, date, status, agileDayId: c.agileDayId, bookedAt: status === 'cancelled' && cancelledAt! < bookedAt ? cancelledAt! : bookedAt,
            cancelledAt, cancellationReason: status === 'cancelled' ? random.pick(CANCELLATIONS) : null, checkedInAt,
          });
        }
      }
    }
    await insertDemoBookings(tx, organizationId, bookingRows);

    // The equipment register: agreement holders first (what their agreement lists), then the others.
    const holderOf = new Map(holders.map((h) => [h.employee_id, h]));
    const senior = (p: DemoPersonRow) => ['director', 'manager', 'senior_officer'].includes(p.role);
    const shuffled = random.shuffle(people);
    // Every agile worker works on a virtual desktop, from a supplied laptop or their own device.
    const licenceOrder = [...shuffled].sort((a, b) => Number(holderOf.has(b.id)) - Number(holderOf.has(a.id)));
    // Laptops: first those whose agreement lists one, then managers, last those who chose their own devices.
    const laptopRank = (p: DemoPersonRow) => { const h = holderOf.get(p.id); return h ? (h.supplied.length ? 3 : h.own_devices ? -1 : 2) : senior(p) ? 1 : 0; };
    const ranked = [...shuffled].sort((a, b) => laptopRank(b) - laptopRank(a));
    const laptopHolders = new Set<string>();
    const items: DemoItem[] = [];
    const assignments: DemoAssignment[] = [];
    const itId = directorates.get(IT) ?? null;
    for (const spec of ITEMS) {
      const n = (x: number) => Math.round(x * scale);
      const total = n(spec.total);
      const assigned = Math.min(n(spec.assigned), people.length);
      const repair = n(spec.repair);
      const retired = n(spec.retired);
      // Who gets one: licences and laptops go to agreement holders first; phones, headsets, docks to those who have a laptop.
      const order = spec.type === 'vdi_licence' ? licenceOrder : spec.type === 'laptop' ? ranked
        : ['smartphone', 'headset', 'docking_station', 'monitor', 'webcam'].includes(spec.type) ? [...ranked.filter((p) => laptopHolders.has(p.id)), ...ranked.filter((p) => !laptopHolders.has(p.id))]
        : random.shuffle(people);
      for (let i = 0; i < total; i++) {
        const state: DemoItem['state'] = i < assigned ? 'assigned' : i < assigned + repair ? 'repair' : i < assigned + repair + retired ? 'retired' : 'in_stock';
        const holder = state === 'assigned' ? order[i]! : null;
        if (holder && spec.type === 'laptop') laptopHolders.add(holder.id);
        const id = crypto.randomUUID();
        items.push({
          id, type: spec.type, model: random.pick(spec.models),
          serial: spec.serial ? `${spec.serial}${random.int(0, 35 ** 6).toString(36).toUpperCase().padStart(6, '0')}` : null,
          assetTag: `MI-${spec.tag}-${String(i + 1).padStart(6, '0')}`, state, ownerDirectorateId: holder ? holder.directorate_id : itId,
          notes: state === 'repair' ? 'In riparazione presso il fornitore (garanzia)' : state === 'retired' ? 'Dismesso a fine vita; dati cancellati con procedura certificata' : state === 'in_stock' ? 'In magazzino, Via Bernina 12' : '',
        });
        const fromDate = addDays(addMonths(today, random.int(spec.from[0], spec.from[1])), -random.int(0, 27));
        const start = fromDate > today ? today : fromDate;
        if (holder) {
          const created = at(start, hhmm(9, 16));
          assignments.push({ equipmentId: id, employeeId: holder.id, fromDate: start, returnedOn: null, acknowledgedAt: daysBetween(start, today) < 10 && random.chance(0.5) ? null : random.chance(0.95) ? notAfterNow(at(addDays(start, random.int(0, 4)), hhmm(8, 17))) : null, createdAt: notAfterNow(created) });
        } else if (state === 'repair' || state === 'retired') {
          // Handed back before going to repair or being retired.
          const returned = addDays(today, -random.int(3, 90));
          const start2 = addDays(returned, -random.int(120, 900));
          const created = at(start2, hhmm(9, 16));
          assignments.push({ equipmentId: id, employeeId: random.pick(people).id, fromDate: start2, returnedOn: returned, acknowledgedAt: at(addDays(start2, 1), hhmm(8, 17)), createdAt: created });
        }
      }
    }
    await insertDemoEquipment(tx, organizationId, items, now);
    await insertDemoAssignments(tx, organizationId, assignments);

    // Art. 14.2 — agile workers who use their own devices, and the IT policy they acknowledged (action 6.2.1).
    const own: DemoOwnDevices[] = [];
    for (const h of holders) {
      if (!h.own_devices && !random.chance(0.06)) continue;
      const acknowledged = random.chance(0.92) ? notAfterNow(at(addDays(h.start_date, -random.int(1, 10)), hhmm(9, 18))) : null;
      own.push({ employeeId: h.employee_id, usesOwnDevices: true, devices: random.pick(OWN_DEVICES), policyAcknowledgedAt: acknowledged, updatedAt: acknowledged ?? notAfterNow(at(h.start_date, '10:00')) });
    }
    await insertDemoOwnDevices(tx, organizationId, own);

    // POLA § 4.6 (A): 7,000 virtual desktops planned; § 4.2: economic development negotiates the conventions.
    await mergeSettings(tx, organizationId, { plannedVdiLicences: Math.round((7_000 * scale) / 10) * 10, economicDevelopmentDirectorateCode: directorates.has(ECONOMIC_DEVELOPMENT) ? ECONOMIC_DEVELOPMENT : null }, now);

    const out = { sites: siteRows.length, desks: deskRows.length, bookings: bookingRows.length, equipment: items.length, assignments: assignments.length, ownDevices: own.length };
    await audit(tx, ctx, { action: 'demo.workplaces_generated', entity: 'organization', entityId: organizationId, after: out });
    return out;
  });
  // PGlite has no autovacuum: give the planner the new tables' statistics.
  await engine.exec('ANALYZE sites, desks, bookings, equipment, equipment_assignments, own_devices');
  return result;
}

/** Accessible sites say how; the others say what is missing, so nobody goes there to find out. */
function accessibilityOf(accessible: boolean, kind: DemoSite['kind']) {
  if (!accessible) return { accessible, accessibilityNotes: 'Ingresso con gradini e ascensore non a norma: sede non adatta a chi usa la sedia a rotelle' };
  return { accessible, accessibilityNotes: kind === 'municipal' ? 'Ascensore e servizi accessibili; rampa all’ingresso principale' : 'Spazi accessibili, ascensore' };
}
