import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OBJECTIVE, aDraftAgreement, signAll } from '../../fixtures/agreements.js';
import { World } from '../../fixtures/world.js';

let w: World;
let id: string;
beforeAll(async () => {
  w = await World.create();
  id = await aDraftAgreement(w);
});
afterAll(() => w.close());

const patch = (payload: object, who = 'director') => w.as(who, { method: 'PATCH', url: `/api/v1/agreements/${id}`, payload });
const sign = (who: string) => w.as(who, { method: 'POST', url: `/api/v1/agreements/${id}/signatures` });

describe('art. 8, 12, 19 — the draft', () => {
  it('art. 12.1 — refuses a band that is not 5 hours within 08:00–18:00 with BAND_INVALID', async () => {
    for (const band of [{ start: '07:00', end: '12:00' }, { start: '09:00', end: '13:00' }]) {
      const res = await patch({ band });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'BAND_INVALID', field: 'band' });
    }
    expect((await patch({ band: { start: '09:30', end: '14:30' } })).json().band).toEqual({ start: '09:30', end: '14:30' });
  });

  it('art. 8.2 — refuses an end more than three years ahead with DURATION_TOO_LONG; exactly three years passes', async () => {
    const res = await patch({ endDate: '2029-11-24' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'DURATION_TOO_LONG', latestEndDate: '2029-11-23' });
    expect((await patch({ endDate: '2029-11-23' })).statusCode).toBe(200);
  });

  it('art. 7.1 — refuses a quota above the maximum', async () => {
    expect((await patch({ monthlyQuota: 11 })).json().code).toBe('QUOTA_ABOVE_MAXIMUM');
  });

  it('is edited by its director or HR only', async () => {
    for (const who of ['employee', 'manager', 'evaluator', 'employee-b']) expect((await patch({ otherTerms: 'x' }, who)).statusCode, who).toBe(403);
    expect((await patch({ otherTerms: 'Reperibilità telefonica nella fascia.', equipment: { ownDevices: false, supplied: ['Notebook', 'Smartphone'], notes: '' } }, 'hr')).statusCode).toBe(200);
  });

  it('art. 19 — cannot be signed without a measurable objective', async () => {
    await patch({ objectives: [] });
    const res = await sign('employee');
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('OBJECTIVES_REQUIRED');
    await patch({ objectives: [OBJECTIVE] });
  });
});

describe('art. 6.4, 8.1 — signatures and start', () => {
  it('lets only the parties sign, each once, in any order', async () => {
    expect((await sign('colleague')).statusCode).toBe(403);
    expect((await sign('manager')).statusCode).toBe(403);
    const first = await sign('director');
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'awaiting_signatures', signatures: [expect.objectContaining({ role: 'director', name: 'Marco Bianchi' })] });
    expect((await sign('director')).statusCode).toBe(403);
    expect((await patch({ otherTerms: 'y' })).json().code).toBe('INVALID_STATE');
  });

  it('art. 6.4 — after the last signature it is signed and starts on the first day of the next month', async () => {
    expect((await sign('employee')).json().status).toBe('awaiting_signatures');
    const done = await sign('hr');
    expect(done.json()).toMatchObject({ status: 'signed', startDate: '2026-12-01' });
    const detail = (await w.as('employee', { url: `/api/v1/agreements/${id}` })).json();
    expect(detail.timeline.map((t: { action: string }) => t.action)).toEqual(['agreement.created', 'agreement.updated', 'agreement.updated', 'agreement.updated', 'agreement.updated', 'agreement.updated', 'agreement.signature', 'agreement.signature', 'agreement.signed']);
  });

  it('produces the PDF with the employee’s name, every term and both annexes', async () => {
    const res = await w.as('employee', { url: `/api/v1/agreements/${id}/document.pdf` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('accordo-lavoro-agile-esposito-luca.pdf');
    const pdf = res.rawPayload.toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toContain('Esposito Luca');
    expect((pdf.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect((await w.as('employee-b', { url: `/api/v1/agreements/${id}/document.pdf` })).statusCode).toBe(403);
  });

  it('art. 6.4 — is active from the first day of the next month', async () => {
    w.setNow('2026-11-30T18:00:00+01:00');
    expect((await w.as('employee', { url: `/api/v1/agreements/${id}` })).json().status).toBe('signed');
    w.setNow('2026-12-01T08:00:00+01:00');
    const detail = (await w.as('employee', { url: `/api/v1/agreements/${id}` })).json();
    expect(detail.status).toBe('active');
    expect(detail.timeline.at(-1)).toMatchObject({ action: 'agreement.active', actor: 'system:calendar' });
  });
});

describe('art. 9 — how an agreement ends', () => {
  it('art. 9.1 — the employee’s withdrawal needs 30 days’ notice: 29 fail, 30 pass', async () => {
    const short = await w.as('employee', { method: 'POST', url: `/api/v1/agreements/${id}/withdrawal`, payload: { effectiveDate: '2026-12-30', reason: 'Cambio di esigenze familiari' } });
    expect(short.statusCode).toBe(422);
    expect(short.json()).toMatchObject({ code: 'NOTICE_TOO_SHORT', earliestEffectiveDate: '2026-12-31' });
    const noReason = await w.as('employee', { method: 'POST', url: `/api/v1/agreements/${id}/withdrawal`, payload: { effectiveDate: '2026-12-31', reason: ' ' } });
    expect(noReason.json().code).toBe('REASON_REQUIRED');
    const ok = await w.as('employee', { method: 'POST', url: `/api/v1/agreements/${id}/withdrawal`, payload: { effectiveDate: '2026-12-31', reason: 'Cambio di esigenze familiari' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'active', termination: { kind: 'withdrawn', date: '2026-12-31' } });
    w.setNow('2026-12-31T09:00:00+01:00');
    expect((await w.as('employee', { url: `/api/v1/agreements/${id}` })).json().status).toBe('withdrawn');
  });

  it('art. 9.2 — the employer gives a worker with disability 90 days: 89 fail, 90 pass; nobody else may withdraw', async () => {
    w.setNow('2026-11-23T10:00:00+01:00');
    const other = await aDraftAgreement(w, 'colleague', 'colleagueA1');
    await signAll(w, other, ['colleague', 'director', 'hr']);
    w.setNow('2027-01-04T10:00:00+01:00');
    await w.as('hr', { method: 'PUT', url: `/api/v1/employees/${w.people.colleagueA1}/circumstances`, payload: { disability: true, law104: false, caregiver: false, childrenBirthDates: [] } });
    expect((await w.as('manager', { method: 'POST', url: `/api/v1/agreements/${other}/withdrawal`, payload: { effectiveDate: '2027-06-01', reason: 'x' } })).statusCode).toBe(403);
    const short = await w.as('director', { method: 'POST', url: `/api/v1/agreements/${other}/withdrawal`, payload: { effectiveDate: '2027-04-03', reason: 'Riorganizzazione del servizio' } });
    expect(short.json()).toMatchObject({ code: 'NOTICE_TOO_SHORT', earliestEffectiveDate: '2027-04-04' });
    expect(short.json().detail).not.toMatch(/disabil/i);
    const ok = await w.as('director', { method: 'POST', url: `/api/v1/agreements/${other}/withdrawal`, payload: { effectiveDate: '2027-04-04', reason: 'Riorganizzazione del servizio' } });
    expect(ok.statusCode).toBe(200);
    const notes = (await w.as('colleague', { url: '/api/v1/notifications' })).json();
    expect(notes[0]).toMatchObject({ kind: 'agreement.withdrawal', title: 'Recesso dall’accordo di lavoro agile' });
    const audit = (await w.as('hr', { url: `/api/v1/audit?entity=employee_circumstances&entityId=${w.people.colleagueA1}` })).json().items;
    expect(audit.some((e: { action: string; reason: string }) => e.action === 'circumstances.read' && e.reason === 'art. 9.2 preavviso di recesso')).toBe(true);
  });
});
