import crypto from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { seedAgreementsDemo } from '../src/modules/agreements/demo/seed.js';
import { seedAgileDaysDemo } from '../src/modules/agile-days/demo/seed.js';
import { seedWorkplacesDemo } from '../src/modules/workplaces/demo/seed.js';
import { seedDemo } from '../src/modules/organization/demo/seed.js';
import { fixedClock, type Clock } from '../src/platform/clock.js';
import { openEngine, type Engine } from '../src/platform/db/engine.js';
import { migrate } from '../src/platform/db/migrate.js';
import { driverOf } from './capture-sql.js';
import type { EngineKind, ResultRow } from './report.js';

export const BENCH_NOW = '2026-11-23T10:00:00+01:00';
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** The plain driver a baseline uses: no drizzle, no Fastify, no services. */
export interface BareClient {
  query(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Runs `fn` in one transaction on one connection. */
  transaction<T>(fn: (query: BareClient['query']) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A database with the demo organization in it, ready for benchmarks. */
export interface BenchTarget {
  kind: EngineKind;
  label: string;
  engine: Engine;
  clock: Clock;
  organizationId: string;
  employees: number;
  /** Whether the planner statistics were gathered after seeding (BENCH_ANALYZE). */
  analyzed: boolean;
  /** The same PGlite instance, or a new pg pool with the app's settings (URL, search_path, pool size). */
  openBare(): Promise<BareClient>;
  close(): Promise<void>;
}

const POOL_MAX = 20;

function barePglite(client: PGlite): BareClient {
  return {
    query: async (text, params = []) => (await client.query<Record<string, unknown>>(text, params)).rows,
    transaction: (fn) => client.transaction((tx) => fn(async (text, params = []) => (await tx.query<Record<string, unknown>>(text, params)).rows)),
    close: async () => undefined, // the engine owns it
  };
}

function barePostgres(databaseUrl: string, schema: string): BareClient {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_MAX, options: `-c search_path=${schema}` });
  return {
    query: async (text, params = []) => (await pool.query<Record<string, unknown>>(text, params)).rows,
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(async (text, params = []) => (await client.query<Record<string, unknown>>(text, params)).rows);
        await client.query('COMMIT');
        return out;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * BENCH_ANALYZE: `auto` (default) runs ANALYZE after seeding on PostgreSQL only — what autovacuum
 * does on a production server within a minute (the local test server runs with autovacuum off) —
 * and leaves PGlite as the app leaves it (single-user PGlite has no autovacuum; `seedDemo` ends
 * with an ANALYZE of its own, the agreements seed after it runs none); `all` or `none` force it
 * either way.
 */
export function analyzeAfterSeeding(kind: EngineKind): boolean {
  const policy = process.env.BENCH_ANALYZE || 'auto';
  if (policy === 'all') return true;
  if (policy === 'none') return false;
  if (policy === 'auto') return kind === 'postgres';
  throw new Error(`BENCH_ANALYZE must be auto, all or none, not "${policy}"`);
}

async function seed(engine: Engine, employees: number, log: (line: string) => void) {
  const clock = fixedClock(BENCH_NOW);
  const started = performance.now();
  await migrate(engine);
  let lastShown = 0;
  const demo = await seedDemo(engine, clock, {
    employees,
    onProgress: (done, total) => {
      if (done - lastShown >= 5000 || done === total) {
        lastShown = done;
        log(`  seeding demo: ${done}/${total} employees`);
      }
    },
  });
  // The agreements part, as the app's `demo` command and DEMO=true seed it: activity mapping, applications, agreements.
  const agreements = await seedAgreementsDemo(engine, clock, demo.organizationId);
  // A year of agile days for those agreements, the month's bank and extensions, as the app's demo has them.
  const agileDays = await seedAgileDaysDemo(engine, clock, demo.organizationId);
  // Sites, desks, three months of bookings and the equipment register, as the app's demo has them.
  const workplaces = await seedWorkplacesDemo(engine, clock, demo.organizationId);
  const analyzed = analyzeAfterSeeding(engine.kind);
  if (analyzed) await engine.exec('ANALYZE');
  log(
    `  demo ready in ${((performance.now() - started) / 1000).toFixed(1)} s (${demo.employees} employees, ${agreements.potential} potential agile workers, ` +
      `${agreements.applications} applications, ${agreements.agreements} agreements, ${agileDays.days} agile days, ${workplaces.desks} desks, ${workplaces.bookings} bookings${analyzed ? '; then ANALYZE' : '; no ANALYZE after the agreements seed'})`,
  );
  return { clock, demo, analyzed };
}

export async function openPgliteTarget(employees: number, log: (line: string) => void): Promise<BenchTarget> {
  const engine = await openEngine({});
  const { clock, demo, analyzed } = await seed(engine, employees, log);
  const client = driverOf(engine) as PGlite;
  let closing: Promise<void> | undefined;
  return {
    kind: 'pglite',
    label: 'PGlite (in memory)',
    engine,
    clock,
    organizationId: demo.organizationId,
    employees: demo.employees,
    analyzed,
    openBare: async () => barePglite(client),
    close: () => (closing ??= engine.close()),
  };
}

/** Why PostgreSQL cannot be used, or null when it answers. */
export async function postgresProblem(databaseUrl: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function adminQuery(databaseUrl: string, text: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** The run works in a schema of its own (bench_<random>), dropped by close(). */
export async function openPostgresTarget(databaseUrl: string, employees: number, log: (line: string) => void): Promise<BenchTarget> {
  const schema = `bench_${crypto.randomBytes(5).toString('hex')}`;
  await adminQuery(databaseUrl, `CREATE SCHEMA ${schema}`);
  const drop = () => adminQuery(databaseUrl, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  let engine: Engine | undefined;
  try {
    engine = await openEngine({ databaseUrl, searchPath: schema, poolMax: POOL_MAX });
    const [version] = await engine.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    log(`  PostgreSQL ${version?.v ?? '?'}, schema ${schema}`);
    const { clock, demo, analyzed } = await seed(engine, employees, log);
    const opened = engine;
    let closing: Promise<void> | undefined;
    return {
      kind: 'postgres',
      label: `PostgreSQL ${version?.v ?? ''} (schema ${schema})`,
      engine: opened,
      clock,
      organizationId: demo.organizationId,
      employees: demo.employees,
      analyzed,
      openBare: async () => barePostgres(databaseUrl, schema),
      // Idempotent: Ctrl-C and the normal end of the run may both ask.
      close: () =>
        (closing ??= (async () => {
          await opened.close();
          await drop();
        })()),
    };
  } catch (error) {
    await engine?.close().catch(() => undefined);
    await drop().catch(() => undefined);
    throw error;
  }
}

export interface BenchSettings {
  /** Measured seconds of each HTTP load (BENCH_SECONDS). */
  seconds: number;
  /** Load thrown away before each measurement (BENCH_WARMUP_SECONDS). */
  warmupSeconds: number;
  /** Concurrent HTTP connections (BENCH_CONNECTIONS). */
  connections: number;
  /**
   * The measured seconds are split in this many rounds, alternating app and baseline as
   * A B B A… so a neighbour's load drifting during the run weighs on both alike (BENCH_ROUNDS).
   */
  rounds: number;
  log(line: string): void;
}

/** One benchmark: runs on a target and returns rows for the report (ours beside its baseline). */
export interface Benchmark {
  name: string;
  run(target: BenchTarget, settings: BenchSettings): Promise<ResultRow[]>;
}
