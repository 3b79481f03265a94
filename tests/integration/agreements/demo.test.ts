import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAgreementsDemo } from '../../../src/modules/agreements/demo/seed.js';
import { seedDemo } from '../../../src/modules/organization/demo/seed.js';
import { fixedClock } from '../../../src/platform/clock.js';
import { loadConfig } from '../../../src/platform/config.js';
import type { Engine } from '../../../src/platform/db/engine.js';
import { buildApp } from '../../../src/server.js';
import { testEngine } from '../../fixtures/engine.js';

/** POLA Tabella B as published (seed 004), one row per directorate. */
const tabellaB = fs
  .readFileSync(path.join(import.meta.dirname, '../../fixtures/milano-tabella-b.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => Number(line.split(',').at(-1)));

let engine: Engine;
let app: FastifyInstance;
let cookie = '';
beforeAll(async () => {
  engine = await testEngine();
  const clock = fixedClock('2026-11-23T10:00:00+01:00');
  const { organizationId } = await seedDemo(engine, clock, { employees: 14_000 });
  await seedAgreementsDemo(engine, clock, organizationId);
  app = await buildApp({ config: { ...loadConfig({ LOGIN_RATE_LIMIT: '1000' }), webDir: '/nonexistent' }, engine, clock });
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'hr', password: 'demo' } });
  cookie = `agilepa_session=${login.cookies[0]!.value}`;
}, 180_000);
afterAll(async () => {
  await app.close();
  await engine.close();
});

describe('demo organization: mapping and agreements', () => {
  it('has contingents that match Tabella B of the POLA directorate by directorate (6,580 in all)', async () => {
    const report = (await app.inject({ url: '/api/v1/reports/contingents?year=2026', headers: { cookie } })).json();
    expect(report.rows.map((r: { potentialAgileWorkers: number }) => r.potentialAgileWorkers)).toEqual(tabellaB);
    expect(report.total.potentialAgileWorkers).toBe(6580);
    expect(report.meetsMinimum).toBe(true);
  });

  it('has a smaller mapping the year before, to compare', async () => {
    const report = (await app.inject({ url: '/api/v1/reports/contingents?year=2026&compareYear=2025', headers: { cookie } })).json();
    expect(report.total.previous).toBeLessThan(6580);
    expect(report.total.change).toBeGreaterThan(0);
  });

  it('has applications and agreements in every state, a few hundred in all', async () => {
    for (const status of ['submitted', 'approved', 'refused']) expect((await app.inject({ url: `/api/v1/applications?status=${status}&pageSize=1`, headers: { cookie } })).json().total, status).toBeGreaterThan(10);
    let all = 0;
    for (const status of ['draft', 'awaiting_signatures', 'signed', 'active', 'withdrawn', 'lapsed', 'revoked', 'expired']) {
      const n = (await app.inject({ url: `/api/v1/agreements?status=${status}&pageSize=1`, headers: { cookie } })).json().total;
      expect(n, status).toBeGreaterThan(10);
      all += n;
    }
    expect(all).toBeGreaterThan(300);
  });

  it('leaves each directorate’s first demo employee free to apply, and gives the second an active agreement', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'employee05b', password: 'demo' } });
    const me = login.json();
    const mine = (await app.inject({ url: `/api/v1/agreements?employeeId=${me.user.employeeId}`, headers: { cookie } })).json();
    expect(mine.items[0].status).toBe('active');
    const first = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'employee05a', password: 'demo' } });
    const activities = (await app.inject({ url: `/api/v1/employees/${first.json().user.employeeId}/activities`, headers: { cookie } })).json();
    expect(activities.potentialAgileWorker).toBe(true);
    expect((await app.inject({ url: `/api/v1/applications?employeeId=${first.json().user.employeeId}`, headers: { cookie } })).json().total).toBe(0);
  });
});
