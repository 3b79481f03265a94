import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World, anEmployee } from '../../fixtures/world.js';

let w: World;
beforeAll(async () => {
  w = await World.create();
});
afterAll(() => w.close());

const names = (res: { json(): { items: { lastName: string }[] } }) => res.json().items.map((e) => e.lastName).sort();

describe('employee register: who sees whom', () => {
  it('shows HR every employee, sorted by surname, paginated', async () => {
    const res = await w.as('hr', { url: '/api/v1/employees?pageSize=3&page=1' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 7, page: 1, pageSize: 3 });
    expect(body.items.map((e: { lastName: string }) => e.lastName)).toEqual(['Bianchi', 'Colombo', 'Esposito']);
    const last = (await w.as('hr', { url: '/api/v1/employees?pageSize=3&page=3' })).json();
    expect(last.items.map((e: { lastName: string }) => e.lastName)).toEqual(['Verdi']);
  });

  it('shows a director their directorate, a manager their units, an employee only themselves', async () => {
    expect(names(await w.as('director', { url: '/api/v1/employees' }))).toEqual(['Bianchi', 'Colombo', 'Esposito', 'Romano', 'Verdi']);
    expect(names(await w.as('manager', { url: '/api/v1/employees' }))).toEqual(['Bianchi', 'Esposito', 'Romano', 'Verdi']);
    expect(names(await w.as('employee', { url: '/api/v1/employees' }))).toEqual(['Esposito']);
  });

  it('gives the evaluation body no individual data', async () => {
    const res = await w.as('evaluator', { url: '/api/v1/employees' });
    expect(res.statusCode).toBe(403);
    expect(res.json().items).toBeUndefined();
    expect((await w.as('evaluator', { url: `/api/v1/employees/${w.people.employeeA1}` })).statusCode).toBe(403);
  });

  it('lets an employee read themselves but not a colleague (403, no data)', async () => {
    const own = await w.as('employee', { url: `/api/v1/employees/${w.people.employeeA1}` });
    expect(own.json()).toMatchObject({ lastName: 'Esposito', unitName: 'Unità A1', directorateName: 'Direzione A', contract: { type: 'permanent' } });
    const other = await w.as('employee', { url: `/api/v1/employees/${w.people.colleagueA1}` });
    expect(other.statusCode).toBe(403);
    expect(other.json()).not.toHaveProperty('lastName');
  });

  it('stops a manager at the edge of their units', async () => {
    expect((await w.as('manager', { url: `/api/v1/employees/${w.people.colleagueA1}` })).statusCode).toBe(200);
    expect((await w.as('manager', { url: `/api/v1/employees/${w.people.employeeA2}` })).statusCode).toBe(403);
    expect((await w.as('director', { url: `/api/v1/employees/${w.people.employeeA2}` })).statusCode).toBe(200);
    expect((await w.as('director', { url: `/api/v1/employees/${w.people.employeeB1}` })).statusCode).toBe(403);
  });
});

describe('employee search and filters', () => {
  it('finds by surname, name, matricola or e-mail, ignoring case and accents', async () => {
    expect(names(await w.as('hr', { url: '/api/v1/employees?q=esposito' }))).toEqual(['Esposito']);
    expect(names(await w.as('hr', { url: '/api/v1/employees?q=LUCA%20espo' }))).toEqual(['Esposito']);
    const one = (await w.as('hr', { url: `/api/v1/employees/${w.people.employeeB1}` })).json();
    expect(names(await w.as('hr', { url: `/api/v1/employees?q=${one.matricola}` }))).toEqual(['Ricci']);
    expect(names(await w.as('hr', { url: '/api/v1/employees?q=%C3%A9lena' }))).toEqual(['Ricci']);
    expect((await w.as('hr', { url: '/api/v1/employees?q=%25' })).json().total).toBe(0);
  });

  it('filters by directorate and by unit', async () => {
    expect(names(await w.as('hr', { url: `/api/v1/employees?directorateId=${w.directorateB}` }))).toEqual(['Marino', 'Ricci']);
    expect(names(await w.as('hr', { url: `/api/v1/employees?unitId=${w.unitA2}` }))).toEqual(['Colombo']);
  });

  it('rejects a bad page size or an unknown filter with the parameter named', async () => {
    const res = await w.as('hr', { url: '/api/v1/employees?pageSize=5000' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('querystring.pageSize');
    const unknown = await w.as('hr', { url: '/api/v1/employees?colore=blu' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].field).toBe('querystring.colore');
  });
});

describe('creating and changing employees', () => {
  const body = () => {
    const e = anEmployee(w.unitA2, { lastName: 'Gallo', firstName: 'Irene' });
    return { ...e, contract: { type: 'fixed_term', start: '2026-01-01', end: '2027-06-30' }, workPattern: { type: 'part_time_vertical', weekdays: [1, 2, 3] } };
  };

  it('lets HR create an employee with the full contract, pattern and commute', async () => {
    const res = await w.as('hr', { method: 'POST', url: '/api/v1/employees', payload: body() });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      lastName: 'Gallo', unitName: 'Unità A2', contract: { type: 'fixed_term', end: '2027-06-30', probationEnd: null },
      workPattern: { type: 'part_time_vertical', weekdays: [1, 2, 3], percent: null }, commute: { homeMunicipality: 'Monza', km: 21, mode: 'train' },
    });
    const history = (await w.as('hr', { url: `/api/v1/employees/${res.json().id}/unit-history` })).json();
    expect(history).toEqual([expect.objectContaining({ unitName: 'Unità A2', from: '2026-11-23', to: null })]);
  });

  it('refuses a matricola already registered with 409', async () => {
    const first = body();
    await w.as('hr', { method: 'POST', url: '/api/v1/employees', payload: first });
    const again = await w.as('hr', { method: 'POST', url: '/api/v1/employees', payload: { ...body(), matricola: first.matricola } });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'DUPLICATE_MATRICOLA', field: 'matricola' });
  });

  it('refuses an incoherent contract, naming the field in Italian', async () => {
    const res = await w.as('hr', { method: 'POST', url: '/api/v1/employees', payload: { ...body(), contract: { type: 'fixed_term', start: '2026-01-01' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'contract.end', detail: 'Un contratto a tempo determinato deve avere una data di fine' }] });
  });

  it('answers wrong types, missing fields, unknown fields and impossible dates with 400 and each field', async () => {
    const res = await w.as('hr', {
      method: 'POST',
      url: '/api/v1/employees',
      payload: { ...body(), firstName: 42, email: 'non-una-mail', extra: true, contract: { type: 'permanent', start: '2026-02-30' } },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['firstName', 'email', 'extra', 'contract.start']));
    expect(res.json().detail).toMatch(/^Dati non validi/);
    expect(res.body).not.toMatch(/at .*\.ts/);
  });

  it('answers a body that is not JSON with 400 and an oversized body with 413', async () => {
    const broken = await w.as('hr', { method: 'POST', url: '/api/v1/employees', headers: { 'content-type': 'application/json' }, payload: '{"matricola":' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('BAD_REQUEST');
    const huge = await w.as('hr', { method: 'POST', url: '/api/v1/employees', payload: { ...body(), lastName: 'x'.repeat(400_000) } });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('moves an employee to another unit and keeps the dated history', async () => {
    const created = (await w.as('hr', { method: 'POST', url: '/api/v1/employees', payload: body() })).json();
    const moved = await w.as('hr', { method: 'PATCH', url: `/api/v1/employees/${created.id}`, payload: { unitId: w.unitB1 } });
    expect(moved.json()).toMatchObject({ unitName: 'Unità B1', directorateName: 'Direzione B' });
    const history = (await w.as('hr', { url: `/api/v1/employees/${created.id}/unit-history` })).json();
    expect(history).toEqual([expect.objectContaining({ unitName: 'Unità B1', directorateName: 'Direzione B', from: '2026-11-23', to: null })]);
  });

  it('closes the previous assignment the day before a later move', async () => {
    const id = w.people.employeeA2;
    await w.as('hr', { method: 'PATCH', url: `/api/v1/employees/${id}`, payload: { unitId: w.unitA1 } });
    const history = (await w.as('hr', { url: `/api/v1/employees/${id}/unit-history` })).json();
    expect(history).toEqual([
      expect.objectContaining({ unitName: 'Unità A2', from: '2020-01-01', to: '2026-11-22' }),
      expect.objectContaining({ unitName: 'Unità A1', from: '2026-11-23', to: null }),
    ]);
  });

  it('forbids anyone but HR and admin to create or change employees', async () => {
    for (const who of ['employee', 'manager', 'director', 'evaluator', 'it', 'facilities']) {
      expect((await w.as(who, { method: 'POST', url: '/api/v1/employees', payload: body() })).statusCode, who).toBe(403);
      expect((await w.as(who, { method: 'PATCH', url: `/api/v1/employees/${w.people.employeeA1}`, payload: { firstName: 'X' } })).statusCode, who).toBe(403);
    }
  });

  it('records the before and after of a change in the audit log', async () => {
    await w.as('admin', { method: 'PATCH', url: `/api/v1/employees/${w.people.colleagueA1}`, payload: { commute: { homeMunicipality: 'Pavia', km: 38, mode: 'train' } } });
    const [entry] = (await w.as('hr', { url: `/api/v1/audit?entity=employee&entityId=${w.people.colleagueA1}` })).json().items;
    expect(entry).toMatchObject({ actor: 'admin', action: 'employee.updated', before: { commute: { homeMunicipality: 'Monza' } }, after: { commute: { homeMunicipality: 'Pavia' } } });
  });
});
