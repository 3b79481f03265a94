/**
 * The whole path an agreement takes, per employee: the employee applies, the director of the
 * employee's directorate approves, then employee, director and HR sign. A few workers run paths
 * concurrently over distinct employees: completed paths per second and p50/p99 per path, against
 * the SQL of one captured path per directorate replayed through the bare driver — the statements
 * of the 5 requests, in their transactions, with this employee's ids put where the captured
 * employee's were — for as many other employees, with the same concurrency.
 */
import crypto from 'node:crypto';
import argon2 from 'argon2';
import { openSession, SESSION_COOKIE } from '../src/platform/auth/sessions.js';
import { captureSql, kindOf, replayUnits, type CapturedStatement, type ReplayUnit } from './capture-sql.js';
import { signIn, startApp, type RunningApp, type Session } from './http.js';
import { appPath, PATH_STEPS, runAppPaths, runPool, type PathJob, type PathTimes } from './path-load.js';
import type { ResultRow } from './report.js';
import type { BareClient, BenchSettings, BenchTarget, Benchmark } from './target.js';

const USERNAME_PREFIX = 'bench-path-';

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, not "${raw}"`);
  return n;
}

interface Candidate {
  employeeId: string;
  name: string;
  directorateCode: string;
  activityId: string;
}

/** A bench employee with an account of its own, signed in. */
interface Person extends Candidate {
  userId: string;
  username: string;
  session: Session;
  /** sessions.id: the SHA-256 of the cookie's secret, what the app looks the session up by. */
  sessionHash: string;
  director: Session;
}

/**
 * Potential agile workers who may apply today and take the path as the issue describes it:
 * a remotable activity of this year's mapping, a permanent contract with probation over, no
 * application and no agreement yet, three signers (employee, director, HR — so not managers or
 * directors), and no account yet (so no demo account, e.g. the one `hr` belongs to, is borrowed).
 */
async function candidates(target: BenchTarget): Promise<Candidate[]> {
  const today = target.clock.today();
  const rows = await target.engine.query<{ employee_id: string; name: string; code: string; activity_id: string }>(
    // One pass over this year's remotable mapping (a correlated subquery per employee takes seconds on
    // the unanalyzed PGlite tables the agreements seed leaves).
    `WITH remotable AS (
       SELECT ea.employee_id, min(a.id::text) AS activity_id
         FROM activities a
         JOIN employee_activities ea ON ea.organization_id = a.organization_id AND ea.activity_id = a.id
        WHERE a.organization_id = $1 AND a.year = $2 AND a.remotable
        GROUP BY ea.employee_id
     )
     SELECT e.id AS employee_id, e.first_name || ' ' || e.last_name AS name, d.code, r.activity_id
       FROM remotable r
       JOIN employees e ON e.organization_id = $1 AND e.id = r.employee_id
       JOIN units u ON u.organization_id = e.organization_id AND u.id = e.unit_id
       JOIN directorates d ON d.organization_id = u.organization_id AND d.id = u.directorate_id
      WHERE e.role IN ('employee', 'senior_officer') AND e.contract_type = 'permanent'
        AND (e.probation_end IS NULL OR e.probation_end < $3::date)
        AND NOT EXISTS (SELECT 1 FROM applications x WHERE x.organization_id = e.organization_id AND x.employee_id = e.id)
        AND NOT EXISTS (SELECT 1 FROM agreements x WHERE x.organization_id = e.organization_id AND x.employee_id = e.id)
        AND NOT EXISTS (SELECT 1 FROM users x WHERE x.organization_id = e.organization_id AND x.employee_id = e.id)
      ORDER BY md5(e.matricola)`,
    [target.organizationId, Number(today.slice(0, 4)), today],
  );
  return rows.map((r) => ({ employeeId: r.employee_id, name: r.name, directorateCode: r.code, activityId: r.activity_id }));
}

/** Runs `fn` over `items`, `limit` at a time. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

const sessionHashOf = (s: Session) => crypto.createHash('sha256').update(s.cookie.split('.').at(-1)!).digest('hex');
const directorOf = (code: string) => `director${code.slice(1)}`;

// ---------------------------------------------------------------------------------------------
// The baseline: one captured path per directorate, replayed for other employees of it.

const UUID_G = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const valuesOf = (row: unknown): unknown[] => (Array.isArray(row) ? row : Object.values(row as object));
const isWrite = (text: string) => /^\s*(insert|update|delete)\b/i.test(text);

/** A parameter as captured, or how to rebuild it for another employee. */
type Param = { constant: unknown } | { exact: string } | { parts: string[] } | { items: Param[] };

interface PlannedStatement {
  text: string;
  params: Param[];
  kind: string;
  write: boolean;
  /** Rows the driver answered when captured; a write's returned values, to learn the ids generated this time. */
  rows: number;
  returned: unknown[][];
}

interface PathPlan {
  /** The employee whose path was captured. */
  person: Person;
  /** Per request (PATH_STEPS order), the units to replay. */
  requests: ReplayUnit<PlannedStatement>[][];
  statements: number;
  transactions: number;
  wallMs: number;
  sqlMs: number;
  /** The captured path's requests one by one: end to end, and waiting on SQL. */
  requestMs: number[];
  sqlByRequest: number[];
  /** Identical statements (same text and parameters) sent more than once within one request. */
  repeated: Map<string, number>;
}

/**
 * Which parameters carry the captured employee's own values (ids, session, username, name) or
 * ids the database generated for that path (application, agreement): those are rebuilt for each
 * replayed employee, the rest is sent as captured.
 */
function planOf(person: Person, requests: CapturedStatement[][], requestMs: number[]): PathPlan {
  const all = requests.flat();
  const generated = new Set<string>();
  for (const s of all) if (isWrite(s.text)) for (const row of s.rows) for (const v of valuesOf(row)) if (typeof v === 'string' && UUID.test(v)) generated.add(v);
  const own = new Set([person.employeeId, person.userId, person.activityId, ...generated]);
  const exact = new Set([person.sessionHash, person.username, person.name]);
  const paramOf = (p: unknown): Param => {
    if (Array.isArray(p)) {
      const items = p.map(paramOf);
      return items.some((i) => !('constant' in i)) ? { items } : { constant: p };
    }
    if (typeof p !== 'string') return { constant: p };
    if (exact.has(p)) return { exact: p };
    const parts = p.split(UUID_G);
    return parts.some((part, k) => k % 2 === 1 && own.has(part)) ? { parts } : { constant: p };
  };
  const planned = (s: CapturedStatement): PlannedStatement => ({
    text: s.text,
    params: s.params.map(paramOf),
    kind: kindOf(s.text),
    write: isWrite(s.text),
    rows: s.rows.length,
    returned: isWrite(s.text) ? s.rows.map(valuesOf) : [],
  });
  const repeated = new Map<string, number>();
  for (const request of requests) {
    const seen = new Map<string, { kind: string; n: number }>();
    for (const s of request) {
      const key = `${s.text}\u0000${JSON.stringify(s.params)}`;
      const entry = seen.get(key) ?? { kind: kindOf(s.text), n: 0 };
      entry.n++;
      seen.set(key, entry);
    }
    for (const { kind, n } of seen.values()) if (n > 1) repeated.set(kind, (repeated.get(kind) ?? 0) + n - 1);
  }
  const units = requests.map((request) =>
    replayUnits(request).map((u) => ({ transaction: u.transaction, steps: u.steps.map((step) => step.map(planned)) })),
  );
  // SQL on the critical path: per request, each group of concurrent statements from first sent to last answered.
  const sqlByRequest = requests.map((request) =>
    replayUnits(request)
      .flatMap((u) => u.steps)
      .reduce((sum, step) => sum + Math.max(...step.map((s) => s.endedAt)) - Math.min(...step.map((s) => s.startedAt)), 0),
  );
  return {
    person,
    requests: units,
    statements: units.flat().reduce((n, u) => n + u.steps.flat().length, 0),
    transactions: units.flat().filter((u) => u.transaction).length,
    wallMs: requestMs.reduce((a, b) => a + b, 0),
    sqlMs: sqlByRequest.reduce((a, b) => a + b, 0),
    requestMs,
    sqlByRequest,
    repeated,
  };
}

interface ReplayTally {
  /** Statements whose answer had another number of rows than when captured, by kind. */
  otherRowCount: Map<string, number>;
  failures: string[];
}

/** One employee's path through the bare driver: the captured path of its directorate, rebuilt for it. */
async function replayPath(bare: BareClient, plan: PathPlan, job: Person, steps: number[], tally: ReplayTally): Promise<void> {
  const ids = new Map<string, string>([
    [plan.person.employeeId, job.employeeId],
    [plan.person.userId, job.userId],
    [plan.person.activityId, job.activityId],
  ]);
  const exact = new Map<string, string>([
    [plan.person.sessionHash, job.sessionHash],
    [plan.person.username, job.username],
    [plan.person.name, job.name],
  ]);
  const fill = (p: Param): unknown => {
    if ('constant' in p) return p.constant;
    if ('exact' in p) return exact.get(p.exact) ?? p.exact;
    if ('items' in p) return p.items.map(fill);
    return p.parts.map((part, k) => (k % 2 === 1 ? (ids.get(part) ?? part) : part)).join('');
  };
  for (const request of plan.requests) {
    const sent = performance.now();
    for (const unit of request) {
      const run = async (query: BareClient['query']) => {
        for (const step of unit.steps) {
          const answers = await Promise.all(step.map((s) => query(s.text, s.params.map(fill))));
          step.forEach((s, i) => {
            const rows = answers[i]!;
            if (rows.length !== s.rows) {
              tally.otherRowCount.set(s.kind, (tally.otherRowCount.get(s.kind) ?? 0) + 1);
              if (s.write) tally.failures.push(`${s.kind} answered ${rows.length} rows, ${s.rows} when captured`);
            }
            // Ids the database generated this time take the place of those it generated for the captured path.
            s.returned.forEach((old, r) => {
              const now = valuesOf(rows[r] ?? {});
              old.forEach((v, j) => {
                if (typeof v === 'string' && typeof now[j] === 'string' && v !== now[j] && UUID.test(v)) ids.set(v, now[j] as string);
              });
            });
          });
        }
      };
      if (unit.transaction) await bare.transaction(run);
      else await run(bare.query);
    }
    steps.push(performance.now() - sent);
  }
}

// ---------------------------------------------------------------------------------------------

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

function merge(runs: PathTimes[]) {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const wall = runs.reduce((s, r) => s + r.wallSeconds, 0);
  const steps = PATH_STEPS.map((_s, i) => runs.flatMap((r) => r.steps[i] ?? []).sort((a, b) => a - b));
  return { paths: latencies.length, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), rate: latencies.length / wall, wall, steps };
}

/** Whether each employee now has one approved application and one signed agreement with three signatures. */
async function completedPaths(target: BenchTarget, employeeIds: string[]): Promise<{ applications: number; signed: number }> {
  const [row] = await target.engine.query<{ applications: number; signed: number }>(
    `SELECT (SELECT count(*) FROM applications WHERE organization_id = $1 AND employee_id = ANY($2::uuid[]))::int AS applications,
            (SELECT count(*) FROM applications ap
               JOIN agreements ag ON ag.organization_id = ap.organization_id AND ag.id = ap.agreement_id AND ag.employee_id = ap.employee_id
              WHERE ap.organization_id = $1 AND ap.employee_id = ANY($2::uuid[]) AND ap.status = 'approved' AND ag.status = 'signed'
                AND (SELECT count(*) FROM agreement_signatures s WHERE s.organization_id = ag.organization_id AND s.agreement_id = ag.id) = 3)::int AS signed`,
    [target.organizationId, employeeIds],
  );
  return row!;
}

/** Puts the data back: the paths' signatures, agreements and applications, the sessions opened and the accounts made (the audit log keeps its rows). */
async function removePaths(target: BenchTarget, employeeIds: string[], sessionHashes: string[]) {
  const { engine, organizationId } = target;
  const params = [organizationId, employeeIds];
  await engine.query(
    `DELETE FROM agreement_signatures s USING agreements ag
      WHERE s.organization_id = $1 AND ag.organization_id = s.organization_id AND ag.id = s.agreement_id AND ag.employee_id = ANY($2::uuid[])`,
    params,
  );
  await engine.query(`DELETE FROM notifications WHERE organization_id = $1 AND employee_id = ANY($2::uuid[])`, params);
  await engine.query(`DELETE FROM agreements WHERE organization_id = $1 AND employee_id = ANY($2::uuid[])`, params);
  await engine.query(`DELETE FROM applications WHERE organization_id = $1 AND employee_id = ANY($2::uuid[])`, params);
  await engine.query(`DELETE FROM sessions WHERE organization_id = $1 AND id = ANY($2::text[])`, [organizationId, sessionHashes]);
  await engine.query(`DELETE FROM users WHERE organization_id = $1 AND username LIKE '${USERNAME_PREFIX}%'`, [organizationId]);
  const [left] = await engine.query<{ applications: number; users: number }>(
    `SELECT (SELECT count(*) FROM applications WHERE organization_id = $1 AND employee_id = ANY($2::uuid[]))::int AS applications,
            (SELECT count(*) FROM users WHERE organization_id = $1 AND username LIKE '${USERNAME_PREFIX}%')::int AS users`,
    params,
  );
  if (left?.applications || left?.users) throw new Error(`putting the data back left ${JSON.stringify(left)}`);
  const vacuum = target.analyzed ? 'VACUUM ANALYZE' : 'VACUUM';
  for (const table of ['agreement_signatures', 'agreements', 'applications', 'sessions', 'users']) await engine.exec(`${vacuum} ${table}`);
}

async function run(target: BenchTarget, settings: BenchSettings): Promise<ResultRow[]> {
  const { log } = settings;
  const paths = envInt('BENCH_PATHS', 200);
  const workers = envInt('BENCH_PATH_WORKERS', 4);
  const warmup = Math.max(2 * workers, 8);
  const perRound = Math.ceil(paths / settings.rounds);

  // Employees: one per directorate whose path is captured, then the app's and the baseline's, alternately.
  const pool = await candidates(target);
  const captureByCode = new Map<string, Candidate>();
  for (const c of pool) if (!captureByCode.has(c.directorateCode)) captureByCode.set(c.directorateCode, c);
  const rest = pool.filter((c) => captureByCode.get(c.directorateCode) !== c);
  const need = 2 * (warmup + perRound * settings.rounds);
  if (rest.length < need) throw new Error(`only ${rest.length} employees can apply, ${need} needed (BENCH_PATHS ${paths})`);
  // Rest alternately to the app and the baseline, so both get the same mix of directorates.
  const chosen = rest.slice(0, need);
  const sideOf = { app: chosen.filter((_c, i) => i % 2 === 0), baseline: chosen.filter((_c, i) => i % 2 === 1) };
  const picked = [...captureByCode.values(), ...chosen];

  // Their accounts share one argon2id hash of "demo" with minimal cost: signing in ~250 people with the
  // library's default cost (≈0.3 s each here) would take over a minute, and sign-in is not what is measured.
  const cheapHash = await argon2.hash('demo', { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
  const users = await target.engine.query<{ id: string; employee_id: string; username: string }>(
    `INSERT INTO users (organization_id, username, password_hash, employee_id, roles)
     SELECT $1, $2 || lpad(t.n::text, 4, '0'), $3, t.id, ARRAY['employee'] FROM unnest($4::uuid[]) WITH ORDINALITY AS t(id, n)
     RETURNING id, employee_id, username`,
    [target.organizationId, USERNAME_PREFIX, cheapHash, picked.map((p) => p.employeeId)],
  );
  const userOf = new Map(users.map((u) => [u.employee_id, u]));
  const sessionHashes: string[] = [];
  const app: RunningApp = await startApp(target);
  const bare = await target.openBare();
  try {
    const replayed = new Set(sideOf.baseline);
    log(`  ${target.kind} agreement path: signing in hr, ${captureByCode.size} directors and ${picked.length - replayed.size} employees; sessions for ${replayed.size} more…`);
    const hr = await signIn(app.base, 'hr');
    const codes = [...new Set(picked.map((p) => p.directorateCode))];
    const directors = new Map(await mapLimit(codes, 4, async (code) => [code, await signIn(app.base, directorOf(code))] as const));
    const people = new Map<Candidate, Person>(
      await mapLimit(picked, 4, async (c) => {
        const user = userOf.get(c.employeeId)!;
        // The baseline's employees only need a session row for the replayed lookup: opened as sign-in opens it, without the HTTP round.
        const session = replayed.has(c)
          ? await openSession(target.engine.db, target.organizationId, user.id, target.clock.now(), 480).then((o) => ({ cookie: `${SESSION_COOKIE}=${o.cookieValue}`, csrfToken: o.csrfToken }))
          : await signIn(app.base, user.username);
        const person: Person = { ...c, userId: user.id, username: user.username, session, sessionHash: sessionHashOf(session), director: directors.get(c.directorateCode)! };
        return [c, person] as const;
      }),
    );
    const personOf = (c: Candidate) => people.get(c)!;
    sessionHashes.push(...[hr, ...directors.values()].map(sessionHashOf), ...[...people.values()].map((p) => p.sessionHash));
    const [known] = await target.engine.query<{ n: number }>(`SELECT count(*)::int AS n FROM sessions WHERE organization_id = $1 AND id = ANY($2::text[])`, [target.organizationId, sessionHashes]);
    if (known?.n !== sessionHashes.length) throw new Error(`${known?.n} of ${sessionHashes.length} session hashes found: the cookie format changed?`);
    const jobOf = (p: Person): PathJob => ({ employeeId: p.employeeId, activityId: p.activityId, employee: p.session, director: p.director });

    // One path per directorate, captured request by request (also the app's warm-up).
    log(`  ${target.kind} agreement path: capturing one path in each of ${captureByCode.size} directorates…`);
    const plans = new Map<string, PathPlan>();
    for (const person of [...captureByCode.values()].map(personOf)) {
      const requests: CapturedStatement[][] = [];
      const requestMs: number[] = [];
      await appPath(app.base, hr, jobOf(person), requestMs, async (step, fn) => {
        const { result, statements } = await captureSql(target.engine, fn);
        if (statements.some((s) => s.failed)) throw new Error(`capturing ${PATH_STEPS[step]}: a statement failed`);
        requests[step] = statements;
        return result;
      });
      plans.set(person.directorateCode, planOf(person, requests, requestMs));
    }

    const sides = { app: sideOf.app.map(personOf), baseline: sideOf.baseline.map(personOf) };
    const runs: Record<'app' | 'baseline', PathTimes[]> = { app: [], baseline: [] };
    const tally: ReplayTally = { otherRowCount: new Map(), failures: [] };
    const replay = (list: Person[]) =>
      runPool(list, workers, async (p, steps) => {
        await replayPath(bare, plans.get(p.directorateCode)!, p, steps, tally);
      });
    const taken = { app: 0, baseline: 0 };
    const take = (who: 'app' | 'baseline', n: number) => sides[who].slice(taken[who], (taken[who] += n));
    for (let round = 0; round < settings.rounds; round++) {
      for (const who of round % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const)) {
        const warm = round === 0 ? take(who, warmup) : [];
        const jobs = take(who, perRound);
        log(`  ${target.kind} agreement path: ${who}${settings.rounds > 1 ? ` (round ${round + 1}/${settings.rounds})` : ''}, ${jobs.length} paths × ${workers} workers…`);
        if (who === 'app') runs.app.push(await runAppPaths({ base: app.base, hr, workers, warmup: warm.map(jobOf), jobs: jobs.map(jobOf) }));
        else {
          if (warm.length) await replay(warm);
          runs.baseline.push(await replay(jobs));
        }
      }
    }
    if (tally.failures.length) throw new Error(`the baseline replay went wrong: ${[...new Set(tally.failures)].slice(0, 5).join('; ')}`);
    for (const [who, list] of [['app', [...[...captureByCode.values()].map(personOf), ...sides.app]], ['baseline', sides.baseline]] as const) {
      const done = await completedPaths(target, list.map((p) => p.employeeId));
      if (done.applications !== list.length || done.signed !== list.length)
        throw new Error(`${who}: ${done.signed} signed agreements and ${done.applications} applications for ${list.length} employees`);
    }

    const ours = merge(runs.app);
    const base = merge(runs.baseline);
    const anyPlan = [...plans.values()][0]!;
    const byRequest = anyPlan.requests.map((units, i) => `${PATH_STEPS[i]} ${units.reduce((n, u) => n + u.steps.flat().length, 0)}`).join(', ');
    const planList = [...plans.values()];
    const alone = (f: (p: PathPlan) => number) => quantile(planList.map(f).sort((a, b) => a - b), 0.5);
    const repeated = [...anyPlan.repeated].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${n}× ${kind}`);
    const otherRows = [...tally.otherRowCount].map(([kind, n]) => `${n}× ${kind}`);
    return [
      {
        benchmark: 'agreement-path',
        engine: target.kind,
        case: `submit → approve → 3 signatures, ${workers} workers`,
        metrics: [
          { name: 'paths/s', unit: 'paths/s', ours: ours.rate, baseline: base.rate, better: 'higher' },
          { name: 'p50', unit: 'ms', ours: ours.p50, baseline: base.p50, better: 'lower' },
          { name: 'p99', unit: 'ms', ours: ours.p99, baseline: base.p99, better: 'lower' },
        ],
        notes: [
          `${ours.paths} vs ${base.paths} paths over distinct employees (${workers} workers, ${settings.rounds} rounds, ${warmup} warm-up paths per side thrown away); ours ${ours.wall.toFixed(1)} s, baseline ${base.wall.toFixed(1)} s of wall time`,
          `p50 per request, ours vs baseline: ${PATH_STEPS.map((s, i) => `${s} ${quantile(ours.steps[i]!, 0.5).toFixed(1)} vs ${quantile(base.steps[i]!, 0.5).toFixed(1)} ms`).join('; ')}`,
          `SQL per path: ${anyPlan.statements} statements in ${anyPlan.transactions} transactions (${byRequest}); one path alone (captured, median of ${planList.length} directorates): ${alone((p) => p.wallMs).toFixed(1)} ms end to end, ${alone((p) => p.sqlMs).toFixed(1)} ms of it waiting on SQL`,
          `that path request by request, end to end (waiting on SQL): ${PATH_STEPS.map((st, i) => `${st} ${alone((p) => p.requestMs[i]!).toFixed(1)} (${alone((p) => p.sqlByRequest[i]!).toFixed(1)}) ms`).join('; ')}`,
          ...(repeated.length ? [`the same statement with the same parameters sent again within one request (per path): ${repeated.join(', ')}`] : []),
          ...(otherRows.length ? [`replayed statements answering another number of rows than captured (another employee's mapping): ${otherRows.join(', ')}`] : []),
        ],
      },
    ];
  } finally {
    await app.close();
    await bare.close();
    await removePaths(target, picked.map((p) => p.employeeId), sessionHashes);
  }
}

export const agreementPath: Benchmark = { name: 'agreement-path', run };
