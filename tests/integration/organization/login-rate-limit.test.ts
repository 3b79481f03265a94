import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server.js';
import { fixedClock } from '../../../src/platform/clock.js';
import { loadConfig } from '../../../src/platform/config.js';
import { testEngine } from '../../fixtures/engine.js';
import type { Engine } from '../../../src/platform/db/engine.js';
import type { FastifyInstance } from 'fastify';

let engine: Engine;
let app: FastifyInstance;
beforeAll(async () => {
  engine = await testEngine();
  app = await buildApp({ config: { ...loadConfig({ LOGIN_RATE_LIMIT: '3' }), webDir: '/nonexistent' }, engine, clock: fixedClock('2026-11-23') });
});
afterAll(async () => {
  await app.close();
  await engine.close();
});

describe('login rate limit', () => {
  it('answers 429 in problem+json after the configured attempts for one username', async () => {
    const attempt = () => app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'mario', password: 'x' } });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const blocked = await attempt();
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['content-type']).toContain('application/problem+json');
    expect(blocked.json().code).toBe('TOO_MANY_REQUESTS');
    const other = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'luigi', password: 'x' } });
    expect(other.statusCode).toBe(401);
  });
});
