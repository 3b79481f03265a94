/**
 * Desk bookings under contention (POLA § 4.2, art. 15.3): `BENCH_BOOKING_CLIENTS` clients (100),
 * each a distinct employee with an account, booking municipal desks of `BENCH_BOOKING_SITES` sites
 * (3) on `BENCH_BOOKING_DAYS` days (2) with `POST /api/v1/bookings` as soon as the previous answer
 * came, and cancelling each desk it got before trying again, so the pool stays contended: 201s and
 * 409s (DESK_TAKEN, ALREADY_BOOKED) counted; attempts per second, p50 and p99 of the booking.
 * Baseline: the SQL of one captured booking (session lookup, then the transaction: the booking
 * context — desk, site, patron day, agile day, desk taken, person booked in one read —, insert,
 * audit) and of its cancellation, replayed through the bare driver by as many other employees on
 * the same pool; a replay stops and rolls back where the app would have refused — a read of the
 * transaction answering another number of rows or another yes/no than when captured (the desk
 * taken), or the insert meeting a unique index (a race) — and counts a 409.
 */
import crypto from 'node:crypto';
import argon2 from 'argon2';
import { openSession, SESSION_COOKIE } from '../src/platform/auth/sessions.js';
import { isWorkingDay } from '../src/platform/calendar.js';
import { addDays } from '../src/platform/dates.js';
import { Random } from '../src/platform/random.js';
import { runBookingLoad, codeOf, type Slot } from './booking-load.js';
import { brief, captureSql, kindOf, replayUnits, type CapturedStatement, type ReplayUnit } from './capture-sql.js';
import { signIn, startApp } from './http.js';
import type { ResultRow } from './report.js';
import type { BareClient, BenchSettings, BenchTarget, Benchmark } from './target.js';

const USERNAME_PREFIX = 'bench-booking-';
const TARGET_P99_MS = 100;

interface Person {
  employeeId: string;
  userId: string;
  sessionHash: string;
  cookie: string;
  csrfToken: string;
  seed: number;
}

interface Desk {
  id: string;
  label: string;
  site_id: string;
  site_name: string;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const valuesOf = (row: unknown): unknown[] => (Array.isArray(row) ? row : Object.values(row as object));
/** A column of a row, whether the driver answered an array (drizzle's rowMode) or an object (the bare driver). */
const valueAt = (row: unknown, index: number, name: string): unknown => (Array.isArray(row) ? row[index] : (row as Record<string, unknown>)[name]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sessionHashOf = (cookie: string) => crypto.createHash('sha256').update(cookie.split('.').at(-1)!).digest('hex');

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** What in a captured request belongs to its employee, desk and date, to be rebuilt for another. */
function ownValues(p: Person, desk: Desk, date: string): string[] {
  return [p.employeeId, p.userId, p.sessionHash, desk.id, desk.site_id, desk.label, desk.site_name, date];
}

/** Captured value → this request's value, replaced in one pass (longest first, never twice). */
function substitution(from: string[], to: string[]) {
  const pairs = new Map<string, string>();
  from.forEach((k, i) => {
    if (!pairs.has(k)) pairs.set(k, to[i]!);
  });
  const re = new RegExp([...pairs.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  const fill = (v: unknown): unknown => (typeof v === 'string' ? v.replace(re, (m) => pairs.get(m) ?? m) : Array.isArray(v) ? v.map(fill) : v);
  return { pairs, fill };
}

/** Where the app would have refused: rolls the replayed transaction back. */
class Refused extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** The booking context's columns that, answered yes, make the app refuse (409). */
const REFUSALS = new Set(['desk_taken', 'person_booked']);

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/**
 * Replays captured units with `captured` values replaced by `own`; returns the ids the database
 * generated this time in place of the captured ones. Throws Refused where the app would have
 * answered 409.
 */
async function replay(bare: BareClient, units: ReplayUnit<CapturedStatement>[], captured: string[], own: string[], generated = new Map<string, string>()) {
  const { pairs, fill } = substitution(captured, own);
  const param = (v: unknown): unknown => {
    const out = fill(v);
    return typeof out === 'string' && generated.has(out) ? generated.get(out) : out;
  };
  for (const unit of units) {
    const run = async (query: BareClient['query']) => {
      let wrote = false;
      for (const step of unit.steps) {
        let answers: Record<string, unknown>[][];
        try {
          answers = await Promise.all(step.map((s) => query(s.text, s.params.map(param))));
        } catch (error) {
          if (isUniqueViolation(error)) throw new Refused('unique index');
          throw error;
        }
        step.forEach((s, i) => {
          const rows = answers[i]!;
          // A read inside the transaction that answers otherwise (the desk or the person already booked): the app refuses here.
          if (unit.transaction && !wrote && /^\s*select/i.test(s.text)) {
            if (rows.length !== s.rows.length) throw new Refused(`${kindOf(s.text)} answered ${rows.length} rows, ${s.rows.length} when captured`);
            // …or the booking context's "desk taken" or "person booked" turned the other way.
            for (const j of s.fields.flatMap((f, j) => (REFUSALS.has(f) ? [j] : [])))
              if (s.rows.some((old, r) => valueAt(old, j, s.fields[j]!) !== valueAt(rows[r]!, j, s.fields[j]!))) throw new Refused(`${kindOf(s.text)}: ${s.fields[j]} answered otherwise than when captured`);
          }
          if (/^\s*select/i.test(s.text)) return;
          wrote = true;
          // Ids are made by the writes (an INSERT's RETURNING): the captured one → this time's.
          s.rows.forEach((old, r) => {
            valuesOf(old).forEach((v, j) => {
              const now = valueAt(rows[r] ?? {}, j, s.fields[j]!);
              if (typeof v === 'string' && UUID_RE.test(v) && !pairs.has(v) && !generated.has(v) && typeof now === 'string' && now !== v) generated.set(v, now);
            });
          });
        });
      }
    };
    if (unit.transaction) await bare.transaction(run);
    else await run(bare.query);
  }
  return generated;
}

interface Captured {
  book: ReplayUnit<CapturedStatement>[];
  cancel: ReplayUnit<CapturedStatement>[];
  values: string[];
  bookingId: string;
}

interface SideRun {
  latencies: number[];
  wallSeconds: number;
  outcomes: Record<string, number>;
  created: number;
}

/** `people.length` workers replaying bookings (and the cancellation of each one made) back to back on the shared pool. */
async function replayLoad(bare: BareClient, c: Captured, people: Person[], desks: Map<string, Desk>, slots: Slot[], seconds: number, warmupSeconds: number): Promise<SideRun> {
  const started = performance.now();
  const measureFrom = started + warmupSeconds * 1000;
  const until = measureFrom + seconds * 1000;
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  let created = 0;
  let lastAnswer = measureFrom;
  await Promise.all(
    people.map(async (p) => {
      const random = new Random(p.seed);
      while (performance.now() < until) {
        const slot = random.pick(slots);
        const desk = desks.get(slot.deskId)!;
        const own = ownValues(p, desk, slot.date);
        const sent = performance.now();
        let outcome = '201';
        let generated: Map<string, string> | undefined;
        try {
          generated = await replay(bare, c.book, c.values, own);
        } catch (error) {
          if (!(error instanceof Refused)) throw error;
          outcome = error.code === 'unique index' ? '409 (unique index)' : '409 (read)';
        }
        const done = performance.now();
        if (sent >= measureFrom) {
          latencies.push(done - sent);
          outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          lastAnswer = Math.max(lastAnswer, done);
        }
        if (generated) {
          created++;
          const bookingId = generated.get(c.bookingId);
          if (!bookingId) throw new Error('the replayed booking returned no new id');
          await replay(bare, c.cancel, [...c.values, c.bookingId], [...own, bookingId], generated);
        }
      }
    }),
  );
  return { latencies, wallSeconds: (lastAnswer - measureFrom) / 1000, outcomes, created };
}

async function run(target: BenchTarget, settings: BenchSettings): Promise<ResultRow[]> {
  const { log, engine } = { ...settings, engine: target.engine };
  const clients = Number(process.env.BENCH_BOOKING_CLIENTS || 100);
  const siteCount = Number(process.env.BENCH_BOOKING_SITES || 3);
  const dayCount = Number(process.env.BENCH_BOOKING_DAYS || 2);
  const org = target.organizationId;
  const today = target.clock.today();
  const [{ patron_day: patronDay } = { patron_day: null }] = await engine.query<{ patron_day: string | null }>(`SELECT patron_day FROM organizations WHERE organization_id = $1`, [org]);

  // Municipal sites (open Monday to Friday) and their bookable desks; days past the demo's bookings, with none yet.
  const desksList = await engine.query<Desk>(
    `WITH s AS (SELECT id, name FROM sites WHERE organization_id = $1 AND kind = 'municipal' AND active AND opening_days @> '[1,2,3,4,5]'::jsonb ORDER BY municipio NULLS LAST, name LIMIT $2)
     SELECT d.id, d.label, s.id AS site_id, s.name AS site_name FROM desks d JOIN s ON s.id = d.site_id WHERE d.organization_id = $1 AND d.bookable ORDER BY s.name, d.label`,
    [org, siteCount],
  );
  if (!desksList.length) throw new Error('no municipal desks: the bench demo needs the workplaces demo');
  const [{ last } = { last: today }] = await engine.query<{ last: string }>(`SELECT coalesce(max(date), $2::date)::text AS last FROM bookings WHERE organization_id = $1`, [org, today]);
  const dates: string[] = [];
  for (let d = addDays(last > today ? last : today, 1); dates.length < dayCount + 1; d = addDays(d, 1)) if (isWorkingDay(d, patronDay)) dates.push(d);
  // The last day is the captured request's, outside the pool.
  const captureDate = dates.pop()!;
  const slots: Slot[] = dates.flatMap((date) => desksList.map((d) => ({ deskId: d.id, date })));
  const desks = new Map(desksList.map((d) => [d.id, d]));

  // Employees without an account nor a booking of the demo (theirs are deleted at the end), in an order fixed by their matricola.
  const picked = await engine.query<{ id: string }>(
    `SELECT e.id FROM employees e WHERE e.organization_id = $1 AND e.role = 'employee'
       AND NOT EXISTS (SELECT 1 FROM users x WHERE x.organization_id = e.organization_id AND x.employee_id = e.id)
       AND NOT EXISTS (SELECT 1 FROM bookings x WHERE x.organization_id = e.organization_id AND x.employee_id = e.id)
     ORDER BY md5(e.matricola) LIMIT $2`,
    [org, 2 * clients + 1],
  );
  if (picked.length < 2 * clients + 1) throw new Error(`only ${picked.length} employees fit, ${2 * clients + 1} needed`);
  const ids = picked.map((p) => p.id);
  const cheapHash = await argon2.hash('demo', { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
  const users = await engine.query<{ id: string; employee_id: string; username: string }>(
    `INSERT INTO users (organization_id, username, password_hash, employee_id, roles)
     SELECT $1, $2 || lpad(t.n::text, 4, '0'), $3, t.id, ARRAY['employee'] FROM unnest($4::uuid[]) WITH ORDINALITY AS t(id, n)
     RETURNING id, employee_id, username`,
    [org, USERNAME_PREFIX, cheapHash, ids],
  );
  const userOf = new Map(users.map((u) => [u.employee_id, u]));

  const app = await startApp(target);
  const bare = await target.openBare();
  try {
    log(`  ${target.kind} bookings: ${clients + 1} employees sign in, ${clients} more get a session; ${desksList.length} desks × ${dates.length} days (${dates.join(', ')})…`);
    const people: Person[] = [];
    for (const [i, id] of ids.entries()) {
      const user = userOf.get(id)!;
      const session = i <= clients
        ? await signIn(app.base, user.username)
        : await openSession(engine.db, org, user.id, target.clock.now(), 480).then((o) => ({ cookie: `${SESSION_COOKIE}=${o.cookieValue}`, csrfToken: o.csrfToken }));
      people.push({ employeeId: id, userId: user.id, sessionHash: sessionHashOf(session.cookie), cookie: session.cookie, csrfToken: session.csrfToken, seed: 1000 + i });
    }
    const [capturedPerson, ...rest] = people;
    const sides = { app: rest.slice(0, clients), baseline: rest.slice(clients) };

    // A few bookings warm the app (each cancelled); the next booking and its cancellation are captured for the baseline.
    const post = async (p: Person, path: string, body?: unknown) => {
      const r = await fetch(`${app.base}${path}`, {
        method: 'POST', headers: { ...(body ? { 'content-type': 'application/json' } : {}), cookie: p.cookie, 'x-csrf-token': p.csrfToken }, body: body ? JSON.stringify(body) : undefined,
      });
      const text = await r.text();
      if (r.status !== (body ? 201 : 200)) throw new Error(`POST ${path} answered ${r.status}: ${text.slice(0, 300)}`);
      return JSON.parse(text) as { id: string };
    };
    const captureDesk = desksList[0]!;
    for (let i = 0; i < 5; i++) {
      const b = await post(capturedPerson!, '/api/v1/bookings', { deskId: desksList[i % desksList.length]!.id, date: captureDate });
      await post(capturedPerson!, `/api/v1/bookings/${b.id}/cancellation`);
    }
    const sent = performance.now();
    const booked = await captureSql(engine, () => post(capturedPerson!, '/api/v1/bookings', { deskId: captureDesk.id, date: captureDate }));
    const wallMs = performance.now() - sent;
    // Another employee asking for the captured desk while it is held: the app must answer 409, not something else.
    const probe = await fetch(`${app.base}/api/v1/bookings`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie: sides.app[0]!.cookie, 'x-csrf-token': sides.app[0]!.csrfToken },
      body: JSON.stringify({ deskId: captureDesk.id, date: captureDate }),
    });
    const probeCode = `${probe.status} ${codeOf(await probe.text())}`;
    if (probeCode !== '409 DESK_TAKEN') throw new Error(`a desk taken answered ${probeCode}, not 409 DESK_TAKEN`);

    const cancelled = await captureSql(engine, () => post(capturedPerson!, `/api/v1/bookings/${booked.result.id}/cancellation`));
    if ([...booked.statements, ...cancelled.statements].some((s) => s.failed)) throw new Error('capturing POST /bookings: a statement failed');
    if (!booked.statements.some((s) => [...REFUSALS].every((f) => s.fields.includes(f)))) throw new Error(`capturing POST /bookings: no read answers ${[...REFUSALS].join(' and ')}, the baseline could not refuse where the app does`);
    const captured: Captured = {
      book: replayUnits(booked.statements), cancel: replayUnits(cancelled.statements),
      values: ownValues(capturedPerson!, captureDesk, captureDate), bookingId: booked.result.id,
    };
    const sqlMs = captured.book.flatMap((u) => u.steps).reduce((sum, step) => sum + Math.max(...step.map((s) => s.endedAt)) - Math.min(...step.map((s) => s.startedAt)), 0);

    const runs = { app: [] as SideRun[], baseline: [] as SideRun[] };
    const perRound = settings.seconds / settings.rounds;
    for (let round = 0; round < settings.rounds; round++) {
      for (const who of round % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const)) {
        const warmup = round === 0 ? settings.warmupSeconds : 0;
        log(`  ${target.kind} bookings: ${who}${settings.rounds > 1 ? ` (round ${round + 1}/${settings.rounds})` : ''}, ${clients} clients on ${slots.length} desk-days…`);
        if (who === 'app') {
          const result = await runBookingLoad({ base: app.base, clients: sides.app.map((p) => ({ cookie: p.cookie, csrfToken: p.csrfToken, seed: p.seed + 7919 * round })), slots, warmupSeconds: warmup, seconds: perRound });
          if (result.failures.length) throw new Error(`the app answered otherwise: ${result.failures.slice(0, 5).join('; ')}`);
          runs.app.push(result);
        } else {
          runs.baseline.push(await replayLoad(bare, captured, sides.baseline.map((p) => ({ ...p, seed: p.seed + 7919 * round })), desks, slots, perRound, warmup));
        }
      }
    }
    // Every booking made was cancelled; none is left live, and each side made as many as it counted.
    const checks: [string, Person[], number][] = [['app', sides.app, runs.app.reduce((s, r) => s + r.created, 0)], ['baseline', sides.baseline, runs.baseline.reduce((s, r) => s + r.created, 0)]];
    for (const [who, list, created] of checks) {
      const [row] = await engine.query<{ n: number; live: number }>(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE status IN ('booked','checked_in'))::int AS live FROM bookings WHERE organization_id = $1 AND employee_id = ANY($2::uuid[])`,
        [org, list.map((p) => p.employeeId)],
      );
      if (row?.n !== created || row.live !== 0) throw new Error(`${who}: ${row?.n} bookings (${row?.live} live), ${created} made`);
    }

    const merge = (list: SideRun[]) => {
      const all = list.flatMap((r) => r.latencies).sort((a, b) => a - b);
      const wall = list.reduce((s, r) => s + r.wallSeconds, 0);
      const outcomes: Record<string, number> = {};
      for (const r of list) for (const [k, n] of Object.entries(r.outcomes)) outcomes[k] = (outcomes[k] ?? 0) + n;
      const created = outcomes['201'] ?? 0;
      return { n: all.length, rps: all.length / wall, bps: created / wall, p50: quantile(all, 0.5), p99: quantile(all, 0.99), wall, outcomes, conflicts: all.length - created };
    };
    const ours = merge(runs.app);
    const base = merge(runs.baseline);
    const show = (o: Record<string, number>) => Object.entries(o).sort().map(([k, n]) => `${n} × ${k}`).join(', ');
    const describe = (units: ReplayUnit<CapturedStatement>[]) =>
      units.map((u) => (u.transaction ? `[${u.steps.map((st) => st.map((s) => kindOf(s.text)).join(' ∥ ')).join(' → ')}]` : u.steps.map((st) => st.map((s) => brief(s.text, 40)).join(' ∥ ')).join(' → '))).join(' → ');
    const count = (units: ReplayUnit<CapturedStatement>[]) => units.flatMap((u) => u.steps.flat()).length;
    const notes = [
      `${clients} distinct employees each side on ${desksList.length} desks of ${new Set(desksList.map((d) => d.site_id)).size} municipal sites × ${dates.length} days = ${slots.length} desk-days; each 201 is cancelled (not timed) before the next attempt`,
      `ours: ${ours.n} attempts in ${ours.wall.toFixed(1)} s — ${show(ours.outcomes)}; baseline: ${base.n} in ${base.wall.toFixed(1)} s — ${show(base.outcomes)}`,
      `SQL per booking: ${count(captured.book)} statements: ${describe(captured.book)}; per cancellation: ${count(captured.cancel)}`,
      `one booking alone (the captured 6th): ${wallMs.toFixed(1)} ms end to end, ${sqlMs.toFixed(1)} ms of it waiting on SQL; a desk taken answers ${probeCode}`,
    ];
    const name = `POST /bookings, ${clients} clients, contended`;
    return [
      {
        benchmark: 'bookings', engine: target.kind, case: name,
        metrics: [
          { name: 'attempts/s', unit: 'req/s', ours: ours.rps, baseline: base.rps, better: 'higher' },
          { name: '201/s', unit: 'req/s', ours: ours.bps, baseline: base.bps, better: 'higher' },
        ],
        notes,
      },
      {
        benchmark: 'bookings', engine: target.kind, case: `${name} (latency)`,
        metrics: [
          { name: 'p50', unit: 'ms', ours: ours.p50, baseline: base.p50, better: 'lower' },
          { name: 'p99', unit: 'ms', ours: ours.p99, baseline: base.p99, better: 'lower' },
        ],
        target: { metric: 'p99', op: '<', value: TARGET_P99_MS },
      },
    ];
  } finally {
    await app.close();
    await bare.close();
    await removeBenchData(target, ids);
  }
}

/** Puts the data back: the bench's bookings, sessions and accounts (the audit log keeps its rows). */
async function removeBenchData(target: BenchTarget, employeeIds: string[]) {
  const { engine, organizationId } = target;
  await engine.query(`DELETE FROM bookings WHERE organization_id = $1 AND employee_id = ANY($2::uuid[])`, [organizationId, employeeIds]);
  await engine.query(`DELETE FROM sessions s USING users u WHERE s.organization_id = $1 AND u.organization_id = s.organization_id AND u.id = s.user_id AND u.username LIKE '${USERNAME_PREFIX}%'`, [organizationId]);
  await engine.query(`DELETE FROM users WHERE organization_id = $1 AND username LIKE '${USERNAME_PREFIX}%'`, [organizationId]);
  const vacuum = target.analyzed ? 'VACUUM ANALYZE' : 'VACUUM';
  for (const table of ['bookings', 'sessions', 'users']) await engine.exec(`${vacuum} ${table}`);
}

export const bookings: Benchmark = { name: 'bookings', run };
