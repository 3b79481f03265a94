import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../../fixtures/world.js';

let w: World;
beforeAll(async () => {
  w = await World.create();
});
afterAll(() => w.close());

const HEADER = 'matricola;nome;cognome;email;codice_unita;ruolo;tipo_contratto;inizio_contratto;fine_contratto;fine_prova;orario;percentuale_pt;giorni_lavorativi;mesi_tempo_pieno;comune_residenza;km_casa_lavoro;mezzo';
const row = (m: string, over: Partial<Record<'unit' | 'start' | 'pattern' | 'weekdays' | 'end' | 'contract' | 'surname' | 'km', string>> = {}) =>
  [m, 'Franco', over.surname ?? `Import${m}`, `${m.toLowerCase()}@ente.example.it`, over.unit ?? 'A1', 'dipendente', over.contract ?? 'indeterminato', over.start ?? '01/02/2010', over.end ?? '', '', over.pattern ?? 'tempo_pieno', '', over.weekdays ?? '', '', 'Lodi', over.km ?? '33,5', 'treno'].join(';');
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const post = (body: string, who = 'hr', query = '') =>
  w.as(who, { method: 'POST', url: `/api/v1/imports/employees${query}`, headers: { 'content-type': 'text/csv' }, payload: body });
const total = async () => (await w.as('hr', { url: '/api/v1/employees?pageSize=1' })).json().total as number;

describe('employee import from an HR system CSV', () => {
  it('imports a valid file with Italian headers, dates and decimal comma', async () => {
    const before = await total();
    const res = await post(csv(row('I001'), row('I002', { unit: 'b1', pattern: 'pt_verticale', weekdays: 'lun mar mer' })));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 2, created: 2, updated: 0, errors: [] });
    expect(await total()).toBe(before + 2);
    const found = (await w.as('hr', { url: '/api/v1/employees?q=I001' })).json().items[0];
    expect(found).toMatchObject({ contract: { start: '2010-02-01' }, commute: { km: 33.5, mode: 'train', homeMunicipality: 'Lodi' }, unitName: 'Unità A1' });
    const vertical = (await w.as('hr', { url: '/api/v1/employees?q=I002' })).json().items[0];
    expect(vertical).toMatchObject({ unitName: 'Unità B1', workPattern: { type: 'part_time_vertical', weekdays: [1, 2, 3] } });
  });

  it('imports nothing when one row is wrong, and names row and column in Italian', async () => {
    const before = await total();
    const res = await post(csv(row('I101'), row('I102', { unit: 'ZZ9' }), row('I103', { start: '31/02/2020' })));
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'IMPORT_INVALID' });
    expect(res.json().errors).toEqual([
      { row: 3, field: 'codice_unita', detail: 'Unità organizzativa sconosciuta: "ZZ9"' },
      { row: 4, field: 'inizio_contratto', detail: 'Data non valida: "31/02/2020" (usa AAAA-MM-GG o GG/MM/AAAA)' },
    ]);
    expect(await total()).toBe(before);
  });

  it('reports a fixed-term row without an end date against the end-date column', async () => {
    const res = await post(csv(row('I201', { contract: 'determinato' })));
    expect(res.json().errors).toEqual([{ row: 2, field: 'fine_contratto', detail: 'Un contratto a tempo determinato deve avere una data di fine' }]);
  });

  it('reports a matricola repeated inside the file', async () => {
    const res = await post(csv(row('I301'), row('I301')));
    expect(res.json().errors).toEqual([{ row: 3, field: 'matricola', detail: 'Matricola I301 ripetuta (già alla riga 2)' }]);
  });

  it('reports missing required columns before reading any row', async () => {
    const res = await post('matricola;nome\nX1;Mario');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['cognome', 'email', 'codice_unita']));
  });

  it('writes only the valid rows when partial is asked for', async () => {
    const before = await total();
    const res = await post(csv(row('I401'), row('I402', { km: 'tanti' })), 'hr', '?partial=true');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ partial: true, created: 1, skipped: 1, errors: [{ row: 3, field: 'km_casa_lavoro' }] });
    expect(await total()).toBe(before + 1);
  });

  it('validates without writing on a dry run', async () => {
    const before = await total();
    const res = await post(csv(row('I501')), 'hr', '?dryRun=true');
    expect(res.json()).toMatchObject({ dryRun: true, created: 1 });
    expect(await total()).toBe(before);
  });

  it('updates by matricola on re-import, leaves unchanged rows alone, and records the move', async () => {
    await post(csv(row('I601'), row('I602')));
    const res = await post(csv(row('I601', { surname: 'Cambiato', unit: 'B1' }), row('I602')));
    expect(res.json()).toMatchObject({ created: 0, updated: 1, skipped: 1 });
    const e = (await w.as('hr', { url: '/api/v1/employees?q=I601' })).json().items[0];
    expect(e).toMatchObject({ lastName: 'Cambiato', unitName: 'Unità B1' });
    const history = (await w.as('hr', { url: `/api/v1/employees/${e.id}/unit-history` })).json();
    expect(history.at(-1)).toMatchObject({ unitName: 'Unità B1', to: null });
    const audit = (await w.as('hr', { url: `/api/v1/audit?entity=employee&entityId=${e.id}` })).json().items;
    expect(audit[0]).toMatchObject({ action: 'employee.imported', before: { lastName: 'ImportI601' }, after: { lastName: 'Cambiato' } });
  });

  it('accepts comma-separated files with English headers', async () => {
    const body = 'staff_number,first_name,last_name,email,unit_code,role,contract_type,contract_start,work_pattern,part_time_percent,home_municipality,commute_km,commute_mode\nE001,Ann,Smith,ann.smith@ente.example.it,A2,employee,permanent,2019-05-01,part_time_horizontal,50,Milano,4,metro';
    const res = await post(body);
    expect(res.json()).toMatchObject({ created: 1 });
  });

  it('refuses an empty file, a JSON body and a caller who is not HR', async () => {
    expect((await post('')).statusCode).toBe(422);
    const json = await w.as('hr', { method: 'POST', url: '/api/v1/imports/employees', payload: { rows: [] } });
    expect(json.statusCode).toBe(415);
    expect(json.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    for (const who of ['manager', 'director', 'employee', 'evaluator']) expect((await post(csv(row('I701')), who)).statusCode, who).toBe(403);
  });
});
