/**
 * Everybody's quota for one month (art. 7): the service `allQuotas` the HR report, the automatic
 * bank release and the export use, timed call after call, against its captured SQL sent through
 * the bare driver; and `GET /api/v1/reports/quotas` over HTTP, one request at a time, against the
 * bare node:http server replaying that request's SQL.
 */
import { allQuotas } from '../src/modules/agile-days/services/quota.js';
import { monthOf } from '../src/platform/dates.js';
import { brief, captureSql } from './capture-sql.js';
import { measureGets } from './http.js';
import type { ResultRow } from './report.js';
import type { BenchSettings, BenchTarget, Benchmark } from './target.js';

const TARGET_MS = 500;

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Calls `fn` one after the other for `seconds` (at least 5 times); every duration in ms. */
async function timed(seconds: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until || out.length < 5) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

async function run(target: BenchTarget, settings: BenchSettings): Promise<ResultRow[]> {
  const { log } = settings;
  const month = monthOf(target.clock.today());
  const ctx = { organizationId: target.organizationId };
  const bare = await target.openBare();
  const rows: ResultRow[] = [];
  try {
    for (let i = 0; i < 3; i++) await allQuotas(target.engine.db, ctx, month); // plans, JIT
    const { result, statements } = await captureSql(target.engine, () => allQuotas(target.engine.db, ctx, month));
    if (statements.length !== 1 || statements[0]!.failed) throw new Error(`allQuotas sent ${statements.length} statements, expected one`);
    const [sqlStatement] = statements;
    const replay = () => bare.query(sqlStatement!.text, sqlStatement!.params);
    const answered = (await replay()).length;
    if (answered !== result.length) throw new Error(`the replay answered ${answered} rows, the service ${result.length}`);
    await timed(Math.min(1, settings.warmupSeconds), replay);

    const runs = { app: [] as number[], baseline: [] as number[] };
    const perRound = settings.seconds / settings.rounds;
    for (let round = 0; round < settings.rounds; round++) {
      for (const who of round % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const)) {
        log(`  ${target.kind} quotas allQuotas(${month}): ${who}${settings.rounds > 1 ? ` (round ${round + 1}/${settings.rounds})` : ''}…`);
        runs[who].push(...(await timed(perRound, who === 'app' ? () => allQuotas(target.engine.db, ctx, month) : replay)));
      }
    }
    const ours = runs.app.sort((a, b) => a - b);
    const base = runs.baseline.sort((a, b) => a - b);
    const withAgreement = result.filter((q) => q.hasAgreement);
    rows.push({
      benchmark: 'quotas',
      engine: target.kind,
      case: `allQuotas ${month}, ${result.length} employees`,
      metrics: [
        { name: 'p50', unit: 'ms', ours: quantile(ours, 0.5), baseline: quantile(base, 0.5), better: 'lower' },
        { name: 'p99', unit: 'ms', ours: quantile(ours, 0.99), baseline: quantile(base, 0.99), better: 'lower' },
      ],
      target: { metric: 'p99', op: '<', value: TARGET_MS },
      notes: [
        `${result.length} quotas, ${withAgreement.length} with an agreement (${withAgreement.reduce((s, q) => s + q.used, 0)} days used, ${withAgreement.reduce((s, q) => s + q.pending, 0)} pending); ${ours.length} vs ${base.length} calls, one at a time`,
        `SQL: one statement, ${brief(sqlStatement!.text, 60)}; one call alone waited ${(sqlStatement!.endedAt - sqlStatement!.startedAt).toFixed(1)} ms on it`,
      ],
    });
  } finally {
    await bare.close();
  }
  // The HR report over HTTP, one request at a time: the figure a person waits for.
  rows.push(
    ...(await measureGets(target, { ...settings, connections: 1 }, {
      benchmark: 'quotas',
      username: 'hr',
      cases: [
        {
          name: `GET /reports/quotas ${month}, 1 connection`,
          path: `/api/v1/reports/quotas?month=${month}`,
          describe: (answer) => {
            const r = answer as { employees: number; withAgreement: number; totals: { used: number } };
            return `${r.employees} employees, ${r.withAgreement} with an agreement, ${r.totals.used} days used`;
          },
        },
      ],
      target: () => ({ metric: 'p99', op: '<', value: TARGET_MS }),
    })),
  );
  return rows;
}

export const quotas: Benchmark = { name: 'quotas', run };
