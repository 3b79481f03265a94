/**
 * What the HTTP benchmarks share: the app listening on loopback, signing in, and measuring GET
 * cases under autocannon against a bare node:http server that runs the SQL the app ran for the
 * same request (employee-list, contingents).
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/platform/config.js';
import { buildApp } from '../src/server.js';
import { startBaselineServer, type BaselinePlan, type RunningServer } from './baseline-server.js';
import { brief, captureSql, concurrentSteps } from './capture-sql.js';
import { mergeLoads, runLoad, type LoadResult } from './load.js';
import type { ResultRow, Target } from './report.js';
import type { BenchSettings, BenchTarget } from './target.js';

export interface RunningApp {
  base: string;
  close(): Promise<void>;
}

/** The real app (Fastify, zod, drizzle, services) on 127.0.0.1, a random port; no web UI, no login rate limit. */
export async function startApp(target: BenchTarget): Promise<RunningApp> {
  const app = await buildApp(
    { config: { ...loadConfig({ LOGIN_RATE_LIMIT: '100000' }), webDir: '/nonexistent' }, engine: target.engine, clock: target.clock },
    { logger: false },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, close: () => app.close() };
}

/** A signed-in user: the session cookie (`name=value`) and the CSRF token every write must send. */
export interface Session {
  cookie: string;
  csrfToken: string;
}

export async function signIn(base: string, username: string, password = 'demo'): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`login as ${username} answered ${res.status}: ${text.slice(0, 300)}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('agilepa_session='));
  if (!cookie) throw new Error('login set no agilepa_session cookie');
  const { csrfToken } = JSON.parse(text) as { csrfToken?: string };
  if (!csrfToken) throw new Error(`login as ${username} gave no csrfToken`);
  return { cookie: cookie.split(';')[0]!, csrfToken };
}

export async function getJson(url: string, cookie?: string): Promise<unknown> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {} });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

export function describePlan(plan: BaselinePlan): string {
  return plan.map((step) => step.map((s) => brief(s.text, 45)).join(' ∥ ')).join(' → ');
}

export interface GetCase {
  name: string;
  path: string;
  /** What one answer holds, for the notes ("25 of 14000 employees per answer"). */
  describe(answer: unknown): string;
}

export interface GetBenchmark {
  benchmark: string;
  /** Who is signed in (password `demo`). */
  username: string;
  cases: readonly GetCase[];
  target?(kind: BenchTarget['kind']): Target | undefined;
}

/**
 * Each case: a few warm-up requests, one more captured for the baseline, then app and baseline
 * under autocannon in rounds ordered A B B A, latencies pooled per side.
 */
export async function measureGets(target: BenchTarget, settings: BenchSettings, spec: GetBenchmark): Promise<ResultRow[]> {
  const { log } = settings;
  const app = await startApp(target);
  const bare = await target.openBare();
  let baseline: RunningServer | undefined;
  try {
    const { cookie } = await signIn(app.base, spec.username);
    const plans = new Map<string, BaselinePlan>();
    const answers = new Map<string, { what: string; wallMs: number; sqlMs: number }>();
    for (const c of spec.cases) {
      for (let i = 0; i < 5; i++) await getJson(app.base + c.path, cookie); // lazy compilation, connections, JIT
      const sent = performance.now();
      const { result, statements } = await captureSql(target.engine, () => getJson(app.base + c.path, cookie));
      const wallMs = performance.now() - sent;
      if (!statements.length || statements.some((s) => s.failed)) throw new Error(`capturing ${c.path}: ${statements.length} statements, some failed`);
      const steps = concurrentSteps(statements);
      plans.set(c.path, steps.map((step) => step.map(({ text, params }) => ({ text, params }))));
      // SQL on the critical path: each step lasts from its first statement sent to its last answer.
      const sqlMs = steps.reduce((sum, step) => sum + Math.max(...step.map((s) => s.endedAt)) - Math.min(...step.map((s) => s.startedAt)), 0);
      answers.set(c.path, { what: c.describe(result), wallMs, sqlMs });
    }
    baseline = await startBaselineServer(bare, plans);
    for (const c of spec.cases) await getJson(baseline.url + c.path); // the baseline answers, and its pool is open

    const rows: ResultRow[] = [];
    const perRound = settings.seconds / settings.rounds;
    for (const c of spec.cases) {
      const runs: Record<'app' | 'baseline', LoadResult[]> = { app: [], baseline: [] };
      for (let round = 0; round < settings.rounds; round++) {
        for (const who of round % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const)) {
          log(`  ${target.kind} ${c.name}: ${who}${settings.rounds > 1 ? ` (round ${round + 1}/${settings.rounds})` : ''}…`);
          const result = await runLoad({
            url: (who === 'app' ? app.base : baseline.url) + c.path,
            headers: who === 'app' ? { cookie } : undefined,
            connections: settings.connections,
            seconds: perRound,
            warmupSeconds: round === 0 ? settings.warmupSeconds : 0,
          });
          if (result.non2xx || result.errors || !result.requests)
            throw new Error(`${c.name} on ${who}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.requests} requests`);
          runs[who].push(result);
        }
      }
      const ours = mergeLoads(runs.app);
      const base = mergeLoads(runs.baseline);
      const plan = plans.get(c.path)!;
      const answer = answers.get(c.path)!;
      rows.push({
        benchmark: spec.benchmark,
        engine: target.kind,
        case: c.name,
        metrics: [
          { name: 'p50', unit: 'ms', ours: ours.p50, baseline: base.p50, better: 'lower' },
          { name: 'p99', unit: 'ms', ours: ours.p99, baseline: base.p99, better: 'lower' },
          { name: 'req/s', unit: 'req/s', ours: ours.rps, baseline: base.rps, better: 'higher' },
        ],
        target: spec.target?.(target.kind),
        notes: [
          `${answer.what}; ${settings.connections} connections, ${settings.rounds} × ${perRound} s each side; ${ours.requests} vs ${base.requests} requests`,
          `SQL per request (${plan.flat().length} statements, ∥ = concurrent): ${describePlan(plan)}`,
          `one request alone (the captured 6th): ${answer.wallMs.toFixed(1)} ms end to end, ${answer.sqlMs.toFixed(1)} ms of it waiting on SQL`,
          `bytes per response: ours ${Math.round(ours.bytesPerResponse)}, baseline ${Math.round(base.bytesPerResponse)}`,
        ],
      });
    }
    return rows;
  } finally {
    await baseline?.close();
    await app.close();
    await bare.close();
  }
}
