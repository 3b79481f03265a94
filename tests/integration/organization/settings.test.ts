import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../../fixtures/world.js';

let w: World;
beforeAll(async () => {
  w = await World.create();
});
afterAll(() => w.close());

describe('organization and its regulation settings', () => {
  it('shows every role the settings in force, Milan’s defaults, with the article of each', async () => {
    for (const who of ['employee', 'evaluator', 'hr']) {
      const res = await w.as(who, { url: '/api/v1/organization' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        name: 'Comune di Prova', type: 'comune', patronDay: '12-07',
        settings: { maxAgileDaysPerMonth: 10, dayRequestNoticeDays: 3, withdrawalNoticeDays: 30, disabledWorkerWithdrawalNoticeDays: 90, dailyMinutes: 432, workingWindowStart: '07:00', minimumRemotableShare: 15 },
        settingsArticles: { maxAgileDaysPerMonth: 'art. 7.1', dayRequestNoticeDays: 'art. 10.1', withdrawalNoticeDays: 'art. 9.1' },
      });
    }
  });

  it('lets HR change a setting and keeps the others, with the change audited', async () => {
    const res = await w.as('hr', { method: 'PATCH', url: '/api/v1/organization', payload: { settings: { maxAgileDaysPerMonth: 8 }, patronDay: '06-24' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ patronDay: '06-24', settings: { maxAgileDaysPerMonth: 8, dayRequestNoticeDays: 3 } });
    const [entry] = (await w.as('admin', { url: '/api/v1/audit?entity=organization' })).json().items;
    expect(entry).toMatchObject({ action: 'organization.updated', before: { patronDay: '12-07' }, after: { patronDay: '06-24', settings: { maxAgileDaysPerMonth: 8 } } });
  });

  it('refuses values out of range, unknown settings and an incoherent window, naming the field', async () => {
    const range = await w.as('hr', { method: 'PATCH', url: '/api/v1/organization', payload: { settings: { maxAgileDaysPerMonth: 0 } } });
    expect(range.statusCode).toBe(400);
    expect(range.json().errors[0].field).toBe('settings.maxAgileDaysPerMonth');
    const unknown = await w.as('hr', { method: 'PATCH', url: '/api/v1/organization', payload: { settings: { giorniLiberi: 3 } } });
    expect(unknown.json().errors[0].field).toBe('settings.giorniLiberi');
    const window = await w.as('hr', { method: 'PATCH', url: '/api/v1/organization', payload: { settings: { workingWindowStart: '22:00' } } });
    expect(window.statusCode).toBe(400);
    expect(window.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'settings.workingWindowEnd' }] });
    const disabled = await w.as('hr', { method: 'PATCH', url: '/api/v1/organization', payload: { settings: { disabledWorkerWithdrawalNoticeDays: 20 } } });
    expect(disabled.json().errors[0].field).toBe('settings.disabledWorkerWithdrawalNoticeDays');
    const time = await w.as('hr', { method: 'PATCH', url: '/api/v1/organization', payload: { settings: { dayCancellationCutoff: '7' } } });
    expect(time.json().errors[0]).toMatchObject({ field: 'settings.dayCancellationCutoff', detail: 'Orario non valido: usa il formato HH:MM' });
  });

  it('forbids the evaluation body, managers and employees to change settings', async () => {
    for (const who of ['evaluator', 'manager', 'director', 'employee']) {
      expect((await w.as(who, { method: 'PATCH', url: '/api/v1/organization', payload: { name: 'X' } })).statusCode, who).toBe(403);
    }
  });
});
