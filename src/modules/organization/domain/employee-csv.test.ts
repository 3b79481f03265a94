import { describe, expect, it } from 'vitest';
import { mapHeader, parseRow } from './employee-csv.js';

const header = mapHeader(['Matricola', 'Nome', 'Cognome', 'E-mail', 'Codice unità', 'Ruolo', 'Tipo contratto', 'Inizio contratto', 'Fine contratto', 'Fine prova', 'Orario', 'Percentuale PT', 'Giorni lavorativi', 'Mesi tempo pieno', 'Comune residenza', 'Km casa lavoro', 'Mezzo']);
const cells = (over: Record<number, string> = {}) => {
  const row = ['M1', 'Anna', 'Neri', 'Anna.Neri@Ente.it', 'U1', 'PO', 'determinato', '1/9/2025', '31/08/2027', '', 'pt_ciclico', '', '', '1;2;3;9', 'Pavia', '38,2', 'Treno'];
  for (const [i, v] of Object.entries(over)) row[Number(i)] = v;
  return row;
};

describe('employee CSV rows', () => {
  it('understands Italian headers written with capitals, spaces and accents', () => {
    expect(header.problems).toEqual([]);
  });

  it('reads Italian words, dates GG/MM/AAAA and decimal commas into employee data', () => {
    const { parsed, errors } = parseRow(cells(), header, 2);
    expect(errors).toEqual([]);
    expect(parsed!.data).toEqual({
      matricola: 'M1', firstName: 'Anna', lastName: 'Neri', email: 'anna.neri@ente.it', unitCode: 'U1', role: 'senior_officer',
      contract: { type: 'fixed_term', start: '2025-09-01', end: '2027-08-31', probationEnd: null },
      workPattern: { type: 'part_time_cyclic', percent: null, weekdays: null, fullTimeMonths: [1, 2, 3, 9] },
      commute: { homeMunicipality: 'Pavia', km: 38.2, mode: 'train' },
    });
  });

  it('reads weekday names for vertical part time', () => {
    const { parsed } = parseRow(cells({ 10: 'PT verticale', 12: 'lun mer ven', 13: '' }), header, 2);
    expect(parsed!.data.workPattern).toEqual({ type: 'part_time_vertical', percent: null, weekdays: [1, 3, 5], fullTimeMonths: null });
  });

  it('names row and column of each problem, in Italian', () => {
    const { errors } = parseRow(cells({ 5: 'sindaco', 7: '2025-13-01', 15: '-3', 16: 'elicottero' }), header, 7);
    expect(errors).toEqual([
      { row: 7, field: 'Ruolo', detail: expect.stringContaining('Ruolo non riconosciuto: "sindaco"') },
      { row: 7, field: 'Inizio contratto', detail: 'Data non valida: "2025-13-01" (usa AAAA-MM-GG o GG/MM/AAAA)' },
      { row: 7, field: 'Km casa lavoro', detail: 'Distanza non valida: "-3" (km tra 0 e 1000)' },
      { row: 7, field: 'Mezzo', detail: expect.stringContaining('Mezzo di trasporto non riconosciuto') },
    ]);
  });

  it('lists the required columns a header lacks', () => {
    expect(mapHeader(['matricola']).problems.map((p) => p.field)).toEqual(expect.arrayContaining(['nome', 'cognome', 'email', 'codice_unita', 'mezzo']));
  });
});
