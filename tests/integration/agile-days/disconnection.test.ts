import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverEmails, smtpMailer } from '../../../src/modules/notifications/services/mailer.js';
import { aDay, anActiveAgreement, approve } from '../../fixtures/agile-days.js';
import { smtpCatcher } from '../../fixtures/smtp-catcher.js';
import { World } from '../../fixtures/world.js';

let w: World;
let smtp: Awaited<ReturnType<typeof smtpCatcher>>;
let mailer: ReturnType<typeof smtpMailer>;
beforeAll(async () => {
  w = await World.create();
  smtp = await smtpCatcher();
  mailer = smtpMailer({ host: '127.0.0.1', port: smtp.port, secure: false, from: 'Agile PA <noreply@comune.example.it>' });
  await anActiveAgreement(w, 'employeeA1', { monthlyQuota: 10 });
});
afterAll(async () => {
  await smtp.close();
  await w.close();
});

const inbox = async (user: string) => (await w.as(user, { url: '/api/v1/notifications' })).json() as { entityId: string; title: string; urgent: boolean }[];
const send = () => deliverEmails(w.engine, w.clock, mailer);

describe('art. 13 the right to disconnect', () => {
  it('art. 13 — a revocation decided at 21:30 reaches the employee at 07:00 the next morning, in the app and by e-mail', async () => {
    w.setNow('2026-11-23T10:00:00+01:00');
    const id = await aDay(w, 'employee', 'employeeA1', '2026-11-26');
    await approve(w, id);
    const approvalMails = await send();
    expect(approvalMails.sent).toBe(1);
    w.setNow('2026-11-24T21:30:00+01:00');
    const res = await w.as('manager', { method: 'POST', url: `/api/v1/agile-days/${id}/revocation`, payload: { reason: 'Ispezione in sede' } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await inbox('employee')).filter((n) => n.entityId === id).map((n) => n.title)).toEqual(['Lavoro agile autorizzato il 26/11/2026']);
    expect(await send()).toEqual({ sent: 0, failed: 0 });
    w.setNow('2026-11-25T06:59:00+01:00');
    expect(await send()).toEqual({ sent: 0, failed: 0 });
    w.setNow('2026-11-25T07:00:00+01:00');
    expect((await inbox('employee')).map((n) => n.title)).toContain('Lavoro agile revocato il 26/11/2026');
    expect(await send()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.mails.at(-1)).toMatchObject({ subject: 'Lavoro agile revocato il 26/11/2026', to: expect.stringContaining('@ente.example.it') });
    expect(smtp.mails.at(-1)!.text).toContain('Ispezione in sede');
  });

  it('art. 13 — an urgent revocation with a reason goes out at once and is recorded; without a reason it is refused', async () => {
    w.setNow('2026-11-23T10:00:00+01:00');
    const id = await aDay(w, 'employee', 'employeeA1', '2026-11-27');
    await approve(w, id);
    await send();
    w.setNow('2026-11-25T22:15:00+01:00');
    const noReason = await w.as('manager', { method: 'POST', url: `/api/v1/agile-days/${id}/revocation`, payload: { reason: 'Guasto alla rete', urgent: true } });
    expect(noReason.json()).toMatchObject({ code: 'REASON_REQUIRED', field: 'urgentReason' });
    const urgent = await w.as('manager', { method: 'POST', url: `/api/v1/agile-days/${id}/revocation`, payload: { reason: 'Guasto alla rete', urgent: true, urgentReason: 'Serve il presidio domattina' } });
    expect(urgent.statusCode, urgent.body).toBe(200);
    expect((await inbox('employee')).find((n) => n.title === 'Lavoro agile revocato il 27/11/2026')).toMatchObject({ urgent: true });
    expect(await send()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.mails.at(-1)!.subject).toBe('[Urgente] Lavoro agile revocato il 27/11/2026');
  });

  it('art. 13 — a message written on Saturday waits for Monday 07:00', async () => {
    w.setNow('2026-11-28T11:00:00+01:00');
    const res = await w.as('manager', { method: 'POST', url: '/api/v1/notifications', payload: { employeeIds: [w.people.employeeA1], title: 'Riunione di lunedì', body: 'Alle 10 in sala B' } });
    expect(res.json()).toEqual({ sent: 1, held: 1, deliverAt: '2026-11-30T06:00:00.000Z' });
    expect((await inbox('employee')).map((n) => n.title)).not.toContain('Riunione di lunedì');
    w.setNow('2026-11-30T07:00:00+01:00');
    expect((await inbox('employee')).map((n) => n.title)).toContain('Riunione di lunedì');
    const outsider = await w.as('manager', { method: 'POST', url: '/api/v1/notifications', payload: { employeeIds: [w.people.employeeB1], title: 'x', body: 'y' } });
    expect(outsider.statusCode).toBe(403);
    expect((await w.as('employee', { method: 'POST', url: '/api/v1/notifications', payload: { employeeIds: [w.people.colleagueA1], title: 'x', body: 'y' } })).statusCode).toBe(403);
  });

  it('art. 13.4 — the report for HR and the CUG counts held notifications, urgent overrides and actions outside the window per directorate', async () => {
    w.setNow('2026-12-01T10:00:00+01:00');
    const report = await w.as('hr', { url: '/api/v1/reports/disconnection?month=2026-11' });
    expect(report.statusCode).toBe(200);
    const a = report.json().rows.find((r: { code: string }) => r.code === 'DA');
    expect(a).toMatchObject({ held: 2, urgent: 1, actionsOutsideWindow: 2 });
    expect(a.actions).toBeGreaterThanOrEqual(4);
    expect(report.json().window).toEqual({ start: '07:00', end: '21:00' });
    expect((await w.as('manager', { url: '/api/v1/reports/disconnection' })).statusCode).toBe(403);
  });
});
