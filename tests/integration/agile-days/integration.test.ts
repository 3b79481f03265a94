import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverWebhooks } from '../../../src/modules/agile-days/services/webhooks.js';
import { aDay, anActiveAgreement, approve } from '../../fixtures/agile-days.js';
import { World } from '../../fixtures/world.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

let w: World;
let server: http.Server;
let url = '';
const received: Received[] = [];
let failNext = 0;

beforeAll(async () => {
  w = await World.create();
  await anActiveAgreement(w, 'employeeA1', { monthlyQuota: 10 });
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = failNext-- > 0 ? 500 : 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/presenze`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await w.close();
});

describe('art. 10.1 the attendance system: export and webhooks', () => {
  it('art. 10.1 — signs each change of a day with HMAC-SHA256 and retries a failed delivery after a minute', async () => {
    w.setNow('2026-11-23T10:00:00+01:00');
    expect((await w.as('employee', { method: 'POST', url: '/api/v1/webhooks', payload: { url } })).statusCode).toBe(403);
    expect((await w.as('it', { method: 'POST', url: '/api/v1/webhooks', payload: { url: 'ftp://x' } })).statusCode).toBe(400);
    const created = await w.as('it', { method: 'POST', url: '/api/v1/webhooks', payload: { url, description: 'Sistema presenze' } });
    expect(created.statusCode, created.body).toBe(201);
    const { secret, id: webhookId } = created.json();
    const dayId = await aDay(w, 'employee', 'employeeA1', '2026-11-26');
    await approve(w, dayId);
    failNext = 1;
    expect(await deliverWebhooks(w.engine, w.clock)).toEqual({ delivered: 1, retried: 1, failed: 0 });
    w.setNow('2026-11-23T10:00:59+01:00');
    expect(await deliverWebhooks(w.engine, w.clock)).toEqual({ delivered: 0, retried: 0, failed: 0 });
    w.setNow('2026-11-23T10:01:00+01:00');
    expect(await deliverWebhooks(w.engine, w.clock)).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(received).toHaveLength(3);
    const events = received.map((r) => JSON.parse(r.body) as { event: string; agileDay: { id: string; status: string; date: string; matricola: string; type: string } });
    expect(new Set(events.map((e) => e.event))).toEqual(new Set(['agile_day.pending', 'agile_day.approved']));
    expect(events.find((e) => e.event === 'agile_day.approved')!.agileDay).toMatchObject({ id: dayId, status: 'approved', date: '2026-11-26', type: 'lavoro_agile' });
    for (const r of received) {
      const expected = `sha256=${crypto.createHmac('sha256', secret).update(`${r.headers['x-agilepa-timestamp']}.${r.body}`).digest('hex')}`;
      expect(r.headers['x-agilepa-signature']).toBe(expected);
    }
    const listed = (await w.as('it', { url: '/api/v1/webhooks' })).json();
    expect(listed[0]).toMatchObject({ id: webhookId, url, deliveries: { pending: 0, delivered: 2, failed: 0, lastError: 'HTTP 500' } });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect((await w.as('it', { method: 'DELETE', url: `/api/v1/webhooks/${webhookId}` })).statusCode).toBe(200);
    expect((await w.as('it', { url: '/api/v1/webhooks' })).json()).toEqual([]);
  });

  it('art. 10.1 — the monthly CSV lists the approved days only: matricola;data;tipo', async () => {
    w.setNow('2026-11-23T10:00:00+01:00');
    await aDay(w, 'employee', 'employeeA1', '2026-11-27'); // pending: not exported
    const res = await w.as('hr', { url: '/api/v1/exports/agile-days?month=2026-11' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('matricola;data;tipo');
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toMatch(/^T\d{6};2026-11-26;lavoro_agile$/);
    expect((await w.as('employee', { url: '/api/v1/exports/agile-days?month=2026-11' })).statusCode).toBe(403);
    const bad = await w.as('hr', { url: '/api/v1/exports/agile-days?month=2026-13' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toContain('month');
  });
});

describe('the personal iCalendar feed', () => {
  it('gives the employee a private address; Outlook reads approved and pending days; a new address retires the old one', async () => {
    expect((await w.as('manager', { method: 'POST', url: `/api/v1/employees/${w.people.employeeA1}/calendar-token` })).statusCode).toBe(403);
    const first = (await w.as('employee', { method: 'POST', url: `/api/v1/employees/${w.people.employeeA1}/calendar-token` })).json().url as string;
    const path = first.slice(first.indexOf('/api/'));
    const ics = await w.app.inject({ url: path });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VCALENDAR');
    expect(ics.body).toMatch(/DTSTART;VALUE=DATE:20261126/);
    expect(ics.body).toContain('SUMMARY:Lavoro agile');
    expect(ics.body).toContain('STATUS:TENTATIVE');
    await w.as('employee', { method: 'POST', url: `/api/v1/employees/${w.people.employeeA1}/calendar-token` });
    const old = await w.app.inject({ url: path });
    expect(old.statusCode).toBe(401);
    expect(old.headers['content-type']).toContain('application/problem+json');
    expect((await w.app.inject({ url: `/api/v1/employees/${w.people.colleagueA1}/agile-days.ics?token=${'x'.repeat(32)}` })).statusCode).toBe(401);
  });
});
