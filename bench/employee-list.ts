/**
 * Employee list API, signed in as `hr` (sees every employee): the first page and a search,
 * under autocannon, against the real app and against a bare node:http server that runs the
 * SQL the app ran for the same request.
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/platform/config.js';
import { buildApp } from '../src/server.js';
import { startBaselineServer, type BaselinePlan, type RunningServer } from './baseline-server.js';
import { brief, captureSql, concurrentSteps } from './capture-sql.js';
import { mergeLoads, runLoad, type LoadResult } from './load.js';
import type { ResultRow } from './report.js';
import type { BenchSettings, BenchTarget, Benchmark } from './target.js';

const CASES = [
  { name: 'GET /employees page 1', path: '/api/v1/employees?page=1&pageSize=25' },
  { name: 'GET /employees q=rossi', path: '/api/v1/employees?q=rossi&page=1&pageSize=25' },
] as const;

const TARGET_P99_MS = 30;

async function signIn(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (res.status !== 200) throw new Error(`login as ${username} answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('agilepa_session='));
  if (!cookie) throw new Error('login set no agilepa_session cookie');
  return cookie.split(';')[0]!;
}

async function getJson(url: string, cookie?: string): Promise<unknown> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {} });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

function describePlan(plan: BaselinePlan): string {
  return plan.map((step) => step.map((s) => brief(s.text, 45)).join(' ∥ ')).join(' → ');
}

async function run(target: BenchTarget, settings: BenchSettings): Promise<ResultRow[]> {
  const { log } = settings;
  const app = await buildApp(
    { config: { ...loadConfig({ LOGIN_RATE_LIMIT: '100000' }), webDir: '/nonexistent' }, engine: target.engine, clock: target.clock },
    { logger: false },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const appBase = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const bare = await target.openBare();
  let baseline: RunningServer | undefined;
  try {
    const cookie = await signIn(appBase, 'hr');
    const plans = new Map<string, BaselinePlan>();
    const answers = new Map<string, { total: number; items: number; wallMs: number; sqlMs: number }>();
    for (const c of CASES) {
      for (let i = 0; i < 5; i++) await getJson(appBase + c.path, cookie); // lazy compilation, connections, JIT
      const sent = performance.now();
      const { result, statements } = await captureSql(target.engine, () => getJson(appBase + c.path, cookie));
      const wallMs = performance.now() - sent;
      if (!statements.length || statements.some((s) => s.failed)) throw new Error(`capturing ${c.path}: ${statements.length} statements, some failed`);
      const steps = concurrentSteps(statements);
      plans.set(c.path, steps.map((step) => step.map(({ text, params }) => ({ text, params }))));
      // SQL on the critical path: each step lasts from its first statement sent to its last answer.
      const sqlMs = steps.reduce((sum, step) => sum + Math.max(...step.map((s) => s.endedAt)) - Math.min(...step.map((s) => s.startedAt)), 0);
      const list = result as { total: number; items: unknown[] };
      answers.set(c.path, { total: list.total, items: list.items.length, wallMs, sqlMs });
    }
    baseline = await startBaselineServer(bare, plans);
    for (const c of CASES) await getJson(baseline.url + c.path); // the baseline answers, and its pool is open

    const rows: ResultRow[] = [];
    const perRound = settings.seconds / settings.rounds;
    for (const c of CASES) {
      const runs: Record<'app' | 'baseline', LoadResult[]> = { app: [], baseline: [] };
      for (let round = 0; round < settings.rounds; round++) {
        for (const who of round % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const)) {
          log(`  ${target.kind} ${c.name}: ${who}${settings.rounds > 1 ? ` (round ${round + 1}/${settings.rounds})` : ''}…`);
          const result = await runLoad({
            url: (who === 'app' ? appBase : baseline.url) + c.path,
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
        benchmark: 'employee-list',
        engine: target.kind,
        case: c.name,
        metrics: [
          { name: 'p50', unit: 'ms', ours: ours.p50, baseline: base.p50, better: 'lower' },
          { name: 'p99', unit: 'ms', ours: ours.p99, baseline: base.p99, better: 'lower' },
          { name: 'req/s', unit: 'req/s', ours: ours.rps, baseline: base.rps, better: 'higher' },
        ],
        target: target.kind === 'postgres' ? { metric: 'p99', op: '<', value: TARGET_P99_MS } : undefined,
        notes: [
          `${answer.items} of ${answer.total} employees per answer; ${settings.connections} connections, ${settings.rounds} × ${perRound} s each side; ${ours.requests} vs ${base.requests} requests`,
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

export const employeeList: Benchmark = { name: 'employee-list', run };
