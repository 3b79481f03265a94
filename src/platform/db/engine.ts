import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { SQL } from 'drizzle-orm';
import * as schema from '../../db/schema/index.js';

export type Schema = typeof schema;
/** A database or a transaction on it: repositories take whichever they run in. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type EngineKind = 'pglite' | 'postgres';

export interface Engine {
  kind: EngineKind;
  db: Db;
  /** Runs a script of several statements (migrations). */
  exec(sqlText: string): Promise<void>;
  /** One raw query with parameters, for the few places drizzle has no words for. */
  query<T = Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` on one connection (session-level locks need it; PGlite has only one). */
  withSession<T>(fn: (session: Session) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Session {
  exec(sqlText: string): Promise<void>;
  query<T = Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<T[]>;
}

// Dates stay ISO strings (YYYY-MM-DD) on both engines, as the domain expects.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (v: string) => v);
pg.types.setTypeParser(20, (v: string) => Number(v)); // bigint counts fit in a double here

export interface EngineOptions {
  databaseUrl?: string;
  /** PGlite directory; undefined keeps the database in memory (tests). */
  dataDir?: string;
  /** PostgreSQL schema to work in (tests isolate each file in its own). */
  searchPath?: string;
  poolMax?: number;
}

export async function openEngine(options: EngineOptions): Promise<Engine> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openPglite(options.dataDir);
}

async function openPglite(dataDir?: string): Promise<Engine> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const parsers = { [DATE_OID]: (v: string) => v, 20: (v: string) => Number(v) };
  const client = dataDir ? new PGlite(dataDir, { parsers, extensions: { pg_trgm } }) : new PGlite({ parsers, extensions: { pg_trgm } });
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  const session: Session = {
    exec: async (sqlText) => {
      await client.exec(sqlText);
    },
    query: async <T>(sqlText: string, params: unknown[] = []) => (await client.query<T>(sqlText, params)).rows,
  };
  return {
    kind: 'pglite',
    db,
    ...session,
    withSession: (fn) => fn(session),
    close: () => client.close(),
  };
}

async function openPostgres(url: string, options: EngineOptions): Promise<Engine> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolMax ?? Number(process.env.DATABASE_POOL_MAX ?? 20),
    options: options.searchPath ? `-c search_path=${options.searchPath}` : undefined,
  });
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    exec: async (sqlText) => {
      await pool.query(sqlText);
    },
    query: async <T>(sqlText: string, params: unknown[] = []) => (await pool.query(sqlText, params)).rows as T[],
    withSession: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn({
          exec: async (sqlText) => {
            await client.query(sqlText);
          },
          query: async <T>(sqlText: string, params: unknown[] = []) => (await client.query(sqlText, params)).rows as T[],
        });
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Rows of a raw SQL query written with drizzle's `sql` template (both engines answer `{ rows }`). */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
