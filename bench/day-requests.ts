/**
 * Day requests under load (art. 10.1): `BENCH_DAY_CLIENTS` clients (50), each a distinct employee
 * with an active agreement, each sending `POST /api/v1/agile-days` for its next working day (3+
 * days ahead) as soon as the previous answer came; submissions per second and p50/p99 latency.
 * Baseline: the SQL of one captured request (session lookup, then the whole transaction: advisory
 * lock, agreement, quota, duplicate check, insert, audit, the manager's notification, webhook
 * outbox) replayed through the bare driver for as many other employees, with their own ids,
 * session, name and dates put where the captured ones were, and the same concurrency.
 */
import crypto from 'node:crypto';
import argon2 from 'argon2';
import { openSession, SESSION_COOKIE } from '../src/platform/auth/sessions.js';
import { isWorkingDay } from '../src/platform/calendar.js';
import { addDays, addMonths, firstOfMonth, italianDate, lastOfMonth, monthOf } from '../src/platform/dates.js';
import { brief, captureSql, kindOf, replayUnits, type CapturedStatement, type ReplayUnit } from './capture-sql.js';
import { runDayLoad, type DayClient } from './day-load.js';
import { signIn, startApp } from './http.js';
import type { ResultRow } from './report.js';
import type { BareClient, BenchSettings, BenchTarget, Benchmark } from './target.js';

const USERNAME_PREFIX = 'bench-day-';
const TARGET_RPS = 1000;
const TARGET_P99_MS = 50;
/** Monthly quota of the bench agreements: above any month's working days, so no request meets QUOTA_EXCEEDED. */
const QUOTA = 25;

interface Person {
  employeeId: string;
  name: string;
  matricola: string;
  unitId: string;
  directorateId: string;
  managerId: string;
  userId: string;
  agreementId: string;
  sessionHash: string;
  cookie: string;
  csrfToken: string;
  /** Working days from 3 days ahead on; `next` is the first not yet asked for. */
  dates: string[];
  next: number;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const valuesOf = (row: unknown): unknown[] => (Array.isArray(row) ? row : Object.values(row as object));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sessionHashOf = (cookie: string) => crypto.createHash('sha256').update(cookie.split('.').at(-1)!).digest('hex');

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** What in a captured request belongs to its employee and date, to be rebuilt for another. */
function ownValues(p: Person, date: string): string[] {
  const month = monthOf(date);
  return [p.employeeId, p.userId, p.agreementId, p.unitId, p.directorateId, p.managerId, p.sessionHash, p.name, p.matricola, date, italianDate(date), firstOfMonth(month), lastOfMonth(month), month];
}

/** Captured value → this employee's and date's value, replaced in one pass (longest first, never twice). */
function substitution(from: string[], to: string[]) {
  const pairs = new Map<string, string>();
  from.forEach((k, i) => {
    if (!pairs.has(k)) pairs.set(k, to[i]!);
  });
  const re = new RegExp([...pairs.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  const fill = (v: unknown): unknown => (typeof v === 'string' ? v.replace(re, (m) => pairs.get(m) ?? m) : Array.isArray(v) ? v.map(fill) : v);
  return { pairs, fill };
}

interface Tally {
  otherRowCount: Map<string, number>;
  failures: string[];
}

/** One request of `p` for its next date through the bare driver, as the app sent it for the captured employee. */
async function replayRequest(bare: BareClient, units: ReplayUnit<CapturedStatement>[], captured: string[], p: Person, tally: Tally): Promise<void> {
  const date = p.dates[p.next++]!;
  const { pairs, fill } = substitution(captured, ownValues(p, date));
  const generated = new Map<string, string>();
  const param = (v: unknown): unknown => {
    const out = fill(v);
    return typeof out === 'string' && generated.has(out) ? generated.get(out) : Array.isArray(out) ? out.map((x) => (typeof x === 'string' ? (generated.get(x) ?? x) : x)) : out;
  };
  for (const unit of units) {
    const run = async (query: BareClient['query']) => {
      for (const step of unit.steps) {
        const answers = await Promise.all(step.map((s) => query(s.text, s.params.map(param))));
        step.forEach((s, i) => {
          const rows = answers[i]!;
          if (rows.length !== s.rows.length) {
            tally.otherRowCount.set(kindOf(s.text), (tally.otherRowCount.get(kindOf(s.text)) ?? 0) + 1);
            if (/^\s*insert/i.test(s.text)) tally.failures.push(`${kindOf(s.text)} answered ${rows.length} rows, ${s.rows.length} when captured`);
          }
          // Ids the database generated this time (the day's) take the place of those it generated when captured.
          s.rows.forEach((old, r) => {
            const now = valuesOf(rows[r] ?? {});
            valuesOf(old).forEach((v, j) => {
              if (typeof v === 'string' && UUID_RE.test(v) && !pairs.has(v) && typeof now[j] === 'string' && now[j] !== v) generated.set(v, now[j] as string);
            });
          });
        });
      }
    };
    if (unit.transaction) await bare.transaction(run);
    else await run(bare.query);
  }
}

/** `clients` workers, each one employee, replaying requests back to back for `seconds` after `warmupSeconds`. */
async function replayLoad(bare: BareClient, units: ReplayUnit<CapturedStatement>[], captured: string[], people: Person[], seconds: number, warmupSeconds: number, tally: Tally) {
  const started = performance.now();
  const measureFrom = started + warmupSeconds * 1000;
  const until = measureFrom + seconds * 1000;
  const latencies: number[] = [];
  let lastAnswer = measureFrom;
  await Promise.all(
    people.map(async (p) => {
      while (performance.now() < until && !tally.failures.length) {
        if (p.next >= p.dates.length) throw new Error(`${p.employeeId} ran out of dates`);
        const sent = performance.now();
        await replayRequest(bare, units, captured, p, tally);
        const done = performance.now();
        if (sent >= measureFrom) {
          latencies.push(done - sent);
          lastAnswer = Math.max(lastAnswer, done);
        }
      }
    }),
  );
  return { latencies, wallSeconds: (lastAnswer - measureFrom) / 1000 };
}

async function run(target: BenchTarget, settings: BenchSettings): Promise<ResultRow[]> {
  const { log, engine } = { ...settings, engine: target.engine };
  const clients = Number(process.env.BENCH_DAY_CLIENTS || 50);
  const org = target.organizationId;
  const today = target.clock.today();
  const [{ patron_day: patronDay } = { patron_day: null }] = await engine.query<{ patron_day: string | null }>(`SELECT patron_day FROM organizations WHERE organization_id = $1`, [org]);
  // Working days from the 3rd day ahead (art. 10.1 notice) for the agreement's length.
  const dates: string[] = [];
  for (let d = addDays(today, 3), end = addMonths(today, 34); d <= end; d = addDays(d, 1)) if (isWorkingDay(d, patronDay)) dates.push(d);

  // Full-time employees without agreement or account, in units with a manager and no rotation limit.
  const picked = await engine.query<{ id: string; name: string; matricola: string; unit_id: string; directorate_id: string; manager_id: string }>(
    `SELECT e.id, e.last_name || ' ' || e.first_name AS name, e.matricola, e.unit_id, u.directorate_id, u.manager_employee_id AS manager_id
       FROM employees e JOIN units u ON u.organization_id = e.organization_id AND u.id = e.unit_id
      WHERE e.organization_id = $1 AND e.role = 'employee' AND e.work_pattern_type = 'full_time' AND u.max_agile_per_day IS NULL
        AND u.manager_employee_id IS NOT NULL AND u.manager_employee_id <> e.id
        AND NOT EXISTS (SELECT 1 FROM agreements x WHERE x.organization_id = e.organization_id AND x.employee_id = e.id)
        AND NOT EXISTS (SELECT 1 FROM users x WHERE x.organization_id = e.organization_id AND x.employee_id = e.id)
      ORDER BY md5(e.matricola) LIMIT $2`,
    [org, 2 * clients + 1],
  );
  if (picked.length < 2 * clients + 1) throw new Error(`only ${picked.length} employees fit, ${2 * clients + 1} needed`);
  const ids = picked.map((p) => p.id);
  const agreements = await engine.query<{ id: string; employee_id: string }>(
    `INSERT INTO agreements (organization_id, employee_id, directorate_id, applicant_role, status, monthly_quota, band_start, band_end, operational_mode, equipment, objectives,
       end_date, start_date, last_signed_on, required_signers)
     SELECT $1, t.id, t.dir, 'employee', 'active', $4, '10:00', '15:00', 'Da remoto', '{"ownDevices":false,"supplied":["Notebook"],"notes":""}'::jsonb,
       '[{"description":"Pratiche istruite","indicator":"numero","target":"20 al mese"}]'::jsonb, $5::date, $6::date, $7::date, '["employee","director","hr"]'::jsonb
     FROM unnest($2::uuid[], $3::uuid[]) AS t(id, dir) RETURNING id, employee_id`,
    [org, ids, picked.map((p) => p.directorate_id), QUOTA, addMonths(today, 35), firstOfMonth(monthOf(today)), addDays(firstOfMonth(monthOf(today)), -20)],
  );
  const agreementOf = new Map(agreements.map((a) => [a.employee_id, a.id]));
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
    log(`  ${target.kind} day-requests: ${clients + 1} employees sign in, ${clients} more get a session…`);
    const people: Person[] = [];
    for (const [i, p] of picked.entries()) {
      const user = userOf.get(p.id)!;
      const session = i <= clients
        ? await signIn(app.base, user.username)
        : await openSession(engine.db, org, user.id, target.clock.now(), 480).then((o) => ({ cookie: `${SESSION_COOKIE}=${o.cookieValue}`, csrfToken: o.csrfToken }));
      people.push({
        employeeId: p.id, name: p.name, matricola: p.matricola, unitId: p.unit_id, directorateId: p.directorate_id, managerId: p.manager_id, userId: user.id,
        agreementId: agreementOf.get(p.id)!, sessionHash: sessionHashOf(session.cookie), cookie: session.cookie, csrfToken: session.csrfToken, dates, next: 0,
      });
    }
    const [capturedPerson, ...rest] = people;
    const sides = { app: rest.slice(0, clients), baseline: rest.slice(clients) };

    // A few requests warm the app; the next one is captured for the baseline.
    const send = (p: Person) =>
      fetch(`${app.base}/api/v1/agile-days`, {
        method: 'POST', headers: { 'content-type': 'application/json', cookie: p.cookie, 'x-csrf-token': p.csrfToken },
        body: JSON.stringify({ employeeId: p.employeeId, date: p.dates[p.next++], activities: 'Istruttoria delle pratiche assegnate' }),
      }).then(async (r) => {
        if (r.status !== 201) throw new Error(`POST /agile-days answered ${r.status}: ${(await r.text()).slice(0, 300)}`);
        return r.json();
      });
    for (let i = 0; i < 5; i++) await send(capturedPerson!);
    const capturedDate = capturedPerson!.dates[capturedPerson!.next]!;
    const sent = performance.now();
    const { statements } = await captureSql(engine, () => send(capturedPerson!));
    const wallMs = performance.now() - sent;
    if (statements.some((s) => s.failed)) throw new Error('capturing POST /agile-days: a statement failed');
    const units = replayUnits(statements);
    const captured = ownValues(capturedPerson!, capturedDate);
    const sqlMs = units.flatMap((u) => u.steps).reduce((sum, step) => sum + Math.max(...step.map((s) => s.endedAt)) - Math.min(...step.map((s) => s.startedAt)), 0);
    const tally: Tally = { otherRowCount: new Map(), failures: [] };

    const runs = { app: [] as { latencies: number[]; wallSeconds: number }[], baseline: [] as { latencies: number[]; wallSeconds: number }[] };
    const perRound = settings.seconds / settings.rounds;
    for (let round = 0; round < settings.rounds; round++) {
      for (const who of round % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const)) {
        const warmup = round === 0 ? settings.warmupSeconds : 0;
        log(`  ${target.kind} day-requests: ${who}${settings.rounds > 1 ? ` (round ${round + 1}/${settings.rounds})` : ''}, ${clients} clients…`);
        if (who === 'app') {
          const list = sides.app;
          const clientsOf: DayClient[] = list.map((p) => ({ employeeId: p.employeeId, cookie: p.cookie, csrfToken: p.csrfToken, dates: p.dates.slice(p.next) }));
          const result = await runDayLoad({ base: app.base, clients: clientsOf, warmupSeconds: warmup, seconds: perRound });
          list.forEach((p, i) => (p.next += result.used[i]!));
          if (result.failures.length) throw new Error(`the app answered otherwise: ${result.failures.slice(0, 5).join('; ')}`);
          runs.app.push(result);
        } else {
          runs.baseline.push(await replayLoad(bare, units, captured, sides.baseline, perRound, warmup, tally));
          if (tally.failures.length) throw new Error(`the baseline replay went wrong: ${[...new Set(tally.failures)].slice(0, 5).join('; ')}`);
        }
      }
    }
    // Every request answered 201 must have left one pending day, and the replay as many.
    const checks: [string, Person[]][] = [['app', [capturedPerson!, ...sides.app]], ['baseline', sides.baseline]];
    for (const [who, list] of checks) {
      const [row] = await engine.query<{ n: number }>(`SELECT count(*)::int AS n FROM agile_days WHERE organization_id = $1 AND employee_id = ANY($2::uuid[]) AND status = 'pending'`, [org, list.map((p) => p.employeeId)]);
      const expected = list.reduce((s, p) => s + p.next, 0);
      if (row?.n !== expected) throw new Error(`${who}: ${row?.n} pending days, ${expected} requests sent`);
    }

    const merge = (list: { latencies: number[]; wallSeconds: number }[]) => {
      const all = list.flatMap((r) => r.latencies).sort((a, b) => a - b);
      const wall = list.reduce((s, r) => s + r.wallSeconds, 0);
      return { n: all.length, rps: all.length / wall, p50: quantile(all, 0.5), p99: quantile(all, 0.99), wall };
    };
    const ours = merge(runs.app);
    const base = merge(runs.baseline);
    const statementsList = units.flatMap((u) => u.steps.flat()).filter((s) => !/^\s*(begin|commit)/i.test(s.text));
    const otherRows = [...tally.otherRowCount].map(([kind, n]) => `${n}× ${kind}`);
    const notes = [
      `${ours.n} vs ${base.n} requests over ${clients} distinct employees each side (${settings.rounds} rounds, ${settings.warmupSeconds} s warm-up); ours ${ours.wall.toFixed(1)} s, baseline ${base.wall.toFixed(1)} s measured`,
      `SQL per request: ${statementsList.length} statements, ${units.filter((u) => u.transaction).length} transaction(s): ${units.map((u) => (u.transaction ? `[${u.steps.map((st) => st.map((s) => kindOf(s.text)).join(' ∥ ')).join(' → ')}]` : u.steps.map((st) => st.map((s) => brief(s.text, 40)).join(' ∥ ')).join(' → '))).join(' → ')}`,
      `one request alone (the captured 6th): ${wallMs.toFixed(1)} ms end to end, ${sqlMs.toFixed(1)} ms of it waiting on SQL`,
      ...(otherRows.length ? [`replayed statements answering another number of rows than captured: ${otherRows.join(', ')}`] : []),
    ];
    const name = `POST /agile-days, ${clients} clients`;
    return [
      { benchmark: 'day-requests', engine: target.kind, case: name, metrics: [{ name: 'req/s', unit: 'req/s', ours: ours.rps, baseline: base.rps, better: 'higher' }], target: { metric: 'req/s', op: '>', value: TARGET_RPS }, notes },
      {
        benchmark: 'day-requests', engine: target.kind, case: `${name} (latency)`,
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

/** Puts the data back: the bench's days, the manager notifications about them, agreements, sessions and accounts (the audit log keeps its rows). */
async function removeBenchData(target: BenchTarget, employeeIds: string[]) {
  const { engine, organizationId } = target;
  const params = [organizationId, employeeIds];
  await engine.query(
    `DELETE FROM notifications n USING agile_days d WHERE n.organization_id = $1 AND n.entity = 'agile_day' AND d.organization_id = n.organization_id
       AND n.entity_id = d.id::text AND d.employee_id = ANY($2::uuid[])`,
    params,
  );
  await engine.query(`DELETE FROM agile_days WHERE organization_id = $1 AND employee_id = ANY($2::uuid[])`, params);
  await engine.query(`DELETE FROM agreements WHERE organization_id = $1 AND employee_id = ANY($2::uuid[])`, params);
  await engine.query(`DELETE FROM sessions s USING users u WHERE s.organization_id = $1 AND u.organization_id = s.organization_id AND u.id = s.user_id AND u.username LIKE '${USERNAME_PREFIX}%'`, [organizationId]);
  await engine.query(`DELETE FROM users WHERE organization_id = $1 AND username LIKE '${USERNAME_PREFIX}%'`, [organizationId]);
  const vacuum = target.analyzed ? 'VACUUM ANALYZE' : 'VACUUM';
  for (const table of ['agile_days', 'notifications', 'agreements', 'sessions', 'users']) await engine.exec(`${vacuum} ${table}`);
}

export const dayRequests: Benchmark = { name: 'day-requests', run };
