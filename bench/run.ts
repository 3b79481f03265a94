/**
 * `npm run bench`: every benchmark on PGlite and on PostgreSQL, each beside its plain baseline
 * (the same SQL through the bare driver, in the same run), then one table and
 * bench/results/latest.json. See bench/README.md.
 */
import { agreementPath } from './agreement-path.js';
import { bookings } from './bookings.js';
import { contingents } from './contingents.js';
import { dayRequests } from './day-requests.js';
import { employeeImport } from './import.js';
import { employeeList } from './employee-list.js';
import { quotas } from './quotas.js';
import { printReport, RESULTS_FILE, writeResults, type EngineKind, type ResultRow, type RunInfo } from './report.js';
import {
  DEFAULT_DATABASE_URL, openPgliteTarget, openPostgresTarget, postgresProblem,
  type BenchSettings, type BenchTarget, type Benchmark,
} from './target.js';

/** Add a benchmark here: it receives a seeded target and returns rows for the report. */
const BENCHMARKS: Benchmark[] = [employeeList, employeeImport, contingents, agreementPath, dayRequests, quotas, bookings];

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, not "${raw}"`);
  return n;
}

const envList = (name: string) =>
  process.env[name]
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function hidePassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

async function main() {
  const started = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
  const settings: BenchSettings = {
    seconds: envInt('BENCH_SECONDS', 10),
    warmupSeconds: envInt('BENCH_WARMUP_SECONDS', 2),
    connections: envInt('BENCH_CONNECTIONS', 10),
    rounds: Math.max(1, envInt('BENCH_ROUNDS', 2)),
    log,
  };
  const employees = envInt('BENCH_EMPLOYEES', 14000);
  const databaseUrl = process.env.BENCH_DATABASE_URL || DEFAULT_DATABASE_URL;
  const engines = (envList('BENCH_ENGINES') ?? ['pglite', 'postgres']) as EngineKind[];
  const only = envList('BENCH_ONLY');
  const benchmarks = only ? BENCHMARKS.filter((b) => only.includes(b.name)) : BENCHMARKS;
  if (!benchmarks.length) throw new Error(`BENCH_ONLY matches none of: ${BENCHMARKS.map((b) => b.name).join(', ')}`);

  const info: RunInfo = {
    startedAt: new Date(started).toISOString(),
    settings: {
      seconds: settings.seconds, warmupSeconds: settings.warmupSeconds, connections: settings.connections, rounds: settings.rounds, employees,
      benchmarks: benchmarks.map((b) => b.name), databaseUrl: hidePassword(databaseUrl),
    },
    engines: {},
    warnings: [],
  };
  const rows: ResultRow[] = [];
  log(`benchmarks: ${benchmarks.map((b) => b.name).join(', ')}; engines: ${engines.join(', ')}; ${settings.connections} connections × ${settings.seconds} s (+${settings.warmupSeconds} s warm-up)`);

  // Ctrl-C must not leave a bench_<random> schema behind on PostgreSQL.
  let open: BenchTarget | undefined;
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`\n${signal}: closing ${open?.label ?? 'nothing'} and stopping`);
      void (open?.close() ?? Promise.resolve()).finally(() => process.exit(130));
    });
  }

  for (const kind of engines) {
    let target: BenchTarget | undefined;
    try {
      if (kind === 'postgres') {
        const problem = await postgresProblem(databaseUrl);
        if (problem) {
          const message = `PostgreSQL at ${hidePassword(databaseUrl)} is UNREACHABLE (${problem}): only PGlite was measured`;
          console.error(`\n${'!'.repeat(100)}\n!!! ${message}\n${'!'.repeat(100)}\n`);
          info.engines.postgres = `skipped: ${message}`;
          continue;
        }
        log(`PostgreSQL: seeding the demo organization (${employees} employees)…`);
        target = open = await openPostgresTarget(databaseUrl, employees, log);
      } else if (kind === 'pglite') {
        log(`PGlite: migrating and seeding the demo organization (${employees} employees)…`);
        target = open = await openPgliteTarget(employees, log);
      } else {
        throw new Error(`unknown engine "${kind as string}" in BENCH_ENGINES (pglite, postgres)`);
      }
      for (const benchmark of benchmarks) {
        log(`${kind}: ${benchmark.name}`);
        const produced = await benchmark.run(target, settings);
        rows.push(...produced);
      }
      info.engines[kind] = 'ok';
    } catch (error) {
      if (interrupted) return;
      // A failure on one engine must not hide the figures of the other: record it and go on.
      const message = `${kind} failed: ${(error as Error).stack ?? String(error)}`;
      console.error(message);
      info.engines[kind] = `failed: ${(error as Error).message}`;
      process.exitCode = 1;
    } finally {
      open = undefined;
      await target?.close().catch((error: unknown) => info.warnings.push(`closing ${kind}: ${(error as Error).message}`));
    }
  }

  if (interrupted) return;
  info.finishedAt = new Date().toISOString();
  printReport(rows, info);
  writeResults(rows, info);
  log(`figures written to ${RESULTS_FILE} (run took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

await main();
