import type { FieldError } from '../../../platform/errors.js';
import type { EmployeeData } from './employee.js';

/**
 * The employee CSV exported by an HR system (README "Importazione dipendenti"): Italian or
 * English headers, `,` or `;` separators, dates as AAAA-MM-GG or GG/MM/AAAA, decimal comma.
 */
export const CSV_COLUMNS = {
  matricola: ['matricola', 'staff_number'],
  firstName: ['nome', 'first_name', 'firstname'],
  lastName: ['cognome', 'last_name', 'lastname'],
  email: ['email', 'e-mail', 'posta_elettronica'],
  unitCode: ['codice_unita', 'unita', 'unit_code', 'unit'],
  role: ['ruolo', 'role'],
  contractType: ['tipo_contratto', 'contratto', 'contract_type'],
  contractStart: ['inizio_contratto', 'data_assunzione', 'contract_start'],
  contractEnd: ['fine_contratto', 'contract_end'],
  probationEnd: ['fine_prova', 'fine_periodo_prova', 'probation_end'],
  workPattern: ['orario', 'tipo_orario', 'work_pattern'],
  partTimePercent: ['percentuale_part_time', 'percentuale_pt', 'part_time_percent'],
  weekdays: ['giorni_lavorativi', 'weekdays'],
  fullTimeMonths: ['mesi_tempo_pieno', 'full_time_months'],
  homeMunicipality: ['comune_residenza', 'comune_domicilio', 'home_municipality'],
  commuteKm: ['km_casa_lavoro', 'distanza_km', 'commute_km'],
  commuteMode: ['mezzo', 'mezzo_trasporto', 'commute_mode'],
} as const;

export type CsvField = keyof typeof CSV_COLUMNS;
const REQUIRED: CsvField[] = ['matricola', 'firstName', 'lastName', 'email', 'unitCode', 'role', 'contractType', 'contractStart', 'workPattern', 'homeMunicipality', 'commuteKm', 'commuteMode'];

const normalise = (h: string) => h.trim().toLowerCase().replace(/^\uFEFF/, '').replace(/[àá]/g, 'a').replace(/[èé]/g, 'e').replace(/[\s-]+/g, '_');

export interface HeaderMap {
  columns: Partial<Record<CsvField, number>>;
  names: string[];
  problems: FieldError[];
}

export function mapHeader(header: string[]): HeaderMap {
  const columns: Partial<Record<CsvField, number>> = {};
  const normalised = header.map(normalise);
  for (const [field, aliases] of Object.entries(CSV_COLUMNS) as [CsvField, readonly string[]][]) {
    const index = normalised.findIndex((h) => aliases.some((a) => normalise(a) === h) || h === field.toLowerCase());
    if (index >= 0) columns[field] = index;
  }
  const problems = REQUIRED.filter((f) => columns[f] === undefined).map((f) => ({
    row: 1,
    field: CSV_COLUMNS[f][0],
    detail: `Colonna obbligatoria mancante: "${CSV_COLUMNS[f][0]}"`,
  }));
  return { columns, names: header, problems };
}

const ROLE_WORDS: Record<string, EmployeeData['role']> = {
  dipendente: 'employee', employee: 'employee', impiegato: 'employee',
  po: 'senior_officer', ap: 'senior_officer', 'po/ap': 'senior_officer', posizione_organizzativa: 'senior_officer', alta_professionalita: 'senior_officer', senior_officer: 'senior_officer',
  dirigente: 'manager', responsabile: 'manager', manager: 'manager',
  direttore: 'director', director: 'director',
};
const CONTRACT_WORDS: Record<string, EmployeeData['contract']['type']> = {
  indeterminato: 'permanent', tempo_indeterminato: 'permanent', permanent: 'permanent',
  determinato: 'fixed_term', tempo_determinato: 'fixed_term', fixed_term: 'fixed_term',
};
const PATTERN_WORDS: Record<string, EmployeeData['workPattern']['type']> = {
  tempo_pieno: 'full_time', full_time: 'full_time', pieno: 'full_time',
  pt_orizzontale: 'part_time_horizontal', part_time_orizzontale: 'part_time_horizontal', orizzontale: 'part_time_horizontal', part_time_horizontal: 'part_time_horizontal',
  pt_verticale: 'part_time_vertical', part_time_verticale: 'part_time_vertical', verticale: 'part_time_vertical', part_time_vertical: 'part_time_vertical',
  pt_ciclico: 'part_time_cyclic', part_time_ciclico: 'part_time_cyclic', ciclico: 'part_time_cyclic', part_time_cyclic: 'part_time_cyclic',
};
const MODE_WORDS: Record<string, EmployeeData['commute']['mode']> = {
  auto: 'car', automobile: 'car', car: 'car', moto: 'motorbike', motorbike: 'motorbike', scooter: 'motorbike',
  bus: 'bus', autobus: 'bus', metro: 'metro', metropolitana: 'metro', tram: 'tram', treno: 'train', train: 'train',
  bici: 'bike', bicicletta: 'bike', bike: 'bike', piedi: 'walk', a_piedi: 'walk', walk: 'walk',
};
const WEEKDAY_WORDS: Record<string, number> = { lun: 1, mar: 2, mer: 3, gio: 4, ven: 5, lunedi: 1, martedi: 2, mercoledi: 3, giovedi: 4, venerdi: 5 };

export interface ParsedRow {
  row: number;
  data: Omit<EmployeeData, 'unitId'> & { unitCode: string };
}

/** Reads one data row (1-based `row`, counting the header as row 1) into employee data, or the reasons it cannot. */
export function parseRow(cells: string[], header: HeaderMap, row: number): { parsed?: ParsedRow; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const cell = (f: CsvField) => {
    const i = header.columns[f];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const column = (f: CsvField) => header.names[header.columns[f] ?? -1] ?? CSV_COLUMNS[f][0];
  const fail = (f: CsvField, detail: string) => {
    errors.push({ row, field: column(f), detail });
    return undefined;
  };
  const required = (f: CsvField) => cell(f) || fail(f, 'Valore obbligatorio mancante');
  const word = <T>(f: CsvField, table: Record<string, T>, what: string) => {
    const v = cell(f);
    if (!v) return fail(f, 'Valore obbligatorio mancante');
    return table[normalise(v)] ?? fail(f, `${what} non riconosciuto: "${v}" (valori ammessi: ${[...new Set(Object.keys(table))].slice(0, 6).join(', ')}…)`);
  };
  const date = (f: CsvField, mandatory: boolean) => {
    const v = cell(f);
    if (!v) return mandatory ? fail(f, 'Data obbligatoria mancante') : null;
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.test(v) ? v.replace(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, (_m, d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`) : null;
    const parsedDate = iso ? new Date(`${iso}T00:00:00Z`) : null;
    const valid = parsedDate && !Number.isNaN(parsedDate.getTime()) && parsedDate.toISOString().slice(0, 10) === iso;
    return valid ? iso : fail(f, `Data non valida: "${v}" (usa AAAA-MM-GG o GG/MM/AAAA)`);
  };
  const list = (f: CsvField, words: Record<string, number>, min: number, max: number) => {
    const v = cell(f);
    if (!v) return null;
    const items = v.split(/[;,|\s]+/).filter(Boolean).map((t) => words[normalise(t)] ?? Number(t));
    if (items.some((n) => !Number.isInteger(n) || n < min || n > max)) return fail(f, `Elenco non valido: "${v}" (numeri da ${min} a ${max} separati da ;)`);
    return items;
  };

  const matricola = required('matricola');
  if (matricola && !/^[A-Za-z0-9._-]{1,20}$/.test(matricola)) fail('matricola', `Matricola non valida: "${matricola}"`);
  const firstName = required('firstName');
  const lastName = required('lastName');
  const email = required('email');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail('email', `Indirizzo e-mail non valido: "${email}"`);
  const unitCode = required('unitCode');
  const role = word('role', ROLE_WORDS, 'Ruolo');
  const contractType = word('contractType', CONTRACT_WORDS, 'Tipo di contratto');
  const start = date('contractStart', true);
  const end = date('contractEnd', false);
  const probationEnd = date('probationEnd', false);
  const patternType = word('workPattern', PATTERN_WORDS, 'Tipo di orario');
  const percentText = cell('partTimePercent');
  const percent = percentText ? Number(percentText.replace('%', '').replace(',', '.')) : null;
  if (percentText && (!Number.isInteger(percent) || percent! < 1 || percent! > 99)) fail('partTimePercent', `Percentuale non valida: "${percentText}"`);
  const weekdays = list('weekdays', WEEKDAY_WORDS, 1, 5);
  const fullTimeMonths = list('fullTimeMonths', {}, 1, 12);
  const homeMunicipality = required('homeMunicipality');
  const kmText = cell('commuteKm');
  const km = Number(kmText.replace(',', '.'));
  if (!kmText || !Number.isFinite(km) || km < 0 || km > 1000) fail('commuteKm', `Distanza non valida: "${kmText}" (km tra 0 e 1000)`);
  const mode = word('commuteMode', MODE_WORDS, 'Mezzo di trasporto');

  if (errors.length) return { errors };
  return {
    errors,
    parsed: {
      row,
      data: {
        matricola: matricola!, firstName: firstName!, lastName: lastName!, email: email!.toLowerCase(), unitCode: unitCode!, role: role!,
        contract: { type: contractType!, start: start!, end, probationEnd },
        workPattern: { type: patternType!, percent: percent ?? null, weekdays: weekdays ?? null, fullTimeMonths: fullTimeMonths ?? null },
        commute: { homeMunicipality: homeMunicipality!, km, mode: mode! },
      },
    },
  };
}

/** Maps a domain field path (contract.end) back to the CSV column the user wrote. */
export function columnOfField(field: string, header: HeaderMap): string {
  const byField: Record<string, CsvField> = {
    'contract.end': 'contractEnd', 'contract.probationEnd': 'probationEnd', 'contract.start': 'contractStart',
    'workPattern.percent': 'partTimePercent', 'workPattern.weekdays': 'weekdays', 'workPattern.fullTimeMonths': 'fullTimeMonths',
  };
  const f = byField[field];
  return f ? (header.names[header.columns[f] ?? -1] ?? CSV_COLUMNS[f][0]) : field;
}
