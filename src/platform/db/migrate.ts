import fs from 'node:fs';
import path from 'node:path';
import { rootDir } from '../config.js';
import type { Engine } from './engine.js';

export const MIGRATIONS_DIR = path.join(rootDir(), 'src', 'db', 'migrations');

export function migrationFiles(dir = MIGRATIONS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
}

/**
 * Applies the SQL files of src/db/migrations in order, each in its own transaction, once.
 * The same files run on PGlite and PostgreSQL; an advisory lock keeps two servers starting
 * together from applying one twice.
 */
export async function migrate(engine: Engine, dir = MIGRATIONS_DIR): Promise<string[]> {
  return engine.withSession(async (s) => {
    await s.exec('SELECT pg_advisory_lock(727274)');
    try {
      await s.exec(
        `CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const done = new Set((await s.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
      const applied: string[] = [];
      for (const file of migrationFiles(dir)) {
        if (done.has(file)) continue;
        const body = fs.readFileSync(path.join(dir, file), 'utf8');
        try {
          await s.exec(`BEGIN;\n${body}\n;\nINSERT INTO schema_migrations (name) VALUES ('${file}');\nCOMMIT;`);
        } catch (error) {
          await s.exec('ROLLBACK').catch(() => undefined);
          throw new Error(`Migrazione ${file} fallita: ${(error as Error).message}`);
        }
        applied.push(file);
      }
      return applied;
    } finally {
      await s.exec('SELECT pg_advisory_unlock(727274)');
    }
  });
}
