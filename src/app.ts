import type { FastifyInstance } from 'fastify';
import { hashPassword } from './platform/auth/passwords.js';
import { clockFrom, type Clock } from './platform/clock.js';
import { loadConfig, type Config } from './platform/config.js';
import { openEngine, type Engine } from './platform/db/engine.js';
import { migrate } from './platform/db/migrate.js';
import { listOrganizations, insertOrganization } from './modules/organization/repositories/organizations.js';
import { insertUser } from './modules/organization/repositories/users.js';
import { demoAccounts, seedDemo, type DemoAccount } from './modules/organization/demo/seed.js';
import { buildApp } from './server.js';
import { seedAgreementsDemo } from './modules/agreements/demo/seed.js';
import { seedAgileDaysDemo } from './modules/agile-days/demo/seed.js';
import { seedWorkplacesDemo } from './modules/workplaces/demo/seed.js';
import crypto from 'node:crypto';

export interface Started {
  app: FastifyInstance;
  engine: Engine;
  config: Config;
  clock: Clock;
  /** What the first start created: the demo accounts, or the one-time admin password. */
  firstStart: { demo: DemoAccount[] } | { adminPassword: string } | null;
  close(): Promise<void>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  /** Keep PGlite in memory instead of DATA_DIR (tests, benchmarks). */
  inMemory?: boolean;
  logger?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** Opens the database, applies migrations, fills an empty database, and builds the app. */
export async function startApp(options: StartOptions = {}): Promise<Started> {
  const config = loadConfig({ ...process.env, ...options.env });
  const clock = clockFrom(config.appNow);
  const engine = await openEngine({ databaseUrl: config.databaseUrl, dataDir: options.inMemory ? undefined : config.dataDir });
  await migrate(engine);
  const firstStart = await fillEmptyDatabase(engine, clock, config, options.onProgress);
  const app = await buildApp({ config, engine, clock }, { logger: options.logger });
  return {
    app,
    engine,
    config,
    clock,
    firstStart,
    close: async () => {
      await app.close();
      await engine.close();
    },
  };
}

async function fillEmptyDatabase(engine: Engine, clock: Clock, config: Config, onProgress?: (done: number, total: number) => void): Promise<Started['firstStart']> {
  if ((await listOrganizations(engine.db)).length > 0) return null;
  if (config.demo) {
    const result = await seedDemo(engine, clock, { employees: config.demoEmployees, onProgress });
    await seedAgreementsDemo(engine, clock, result.organizationId);
    await seedAgileDaysDemo(engine, clock, result.organizationId);
    await seedWorkplacesDemo(engine, clock, result.organizationId);
    return { demo: result.accounts };
  }
  const adminPassword = crypto.randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(adminPassword);
  await engine.db.transaction(async (tx) => {
    const org = await insertOrganization(tx, {
      name: process.env.ORGANIZATION_NAME ?? 'Nuovo ente',
      type: 'comune',
      fiscalCode: process.env.ORGANIZATION_FISCAL_CODE ?? '00000000000',
      patronDay: null,
    });
    await insertUser(tx, org.organizationId, { username: 'admin', passwordHash, employeeId: null, roles: ['admin'] });
  });
  return { adminPassword };
}

export { demoAccounts };
