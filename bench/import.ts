/**
 * Importing an employee CSV as big as the demo organization (every row a new matricola, so all
 * inserts) with `importEmployees`, against the same INSERT statements replayed through the bare
 * driver in one transaction.
 */
import { importEmployees } from '../src/modules/organization/services/import.js';
import type { Ctx } from '../src/platform/context.js';
import type { Engine } from '../src/platform/db/engine.js';
import { captureSql, kindOf, writesOf, type CapturedStatement } from './capture-sql.js';
import type { ResultRow } from './report.js';
import type { BenchSettings, BenchTarget, Benchmark } from './target.js';

const TARGET_SECONDS = 10;
/** New matricole: the demo's are M + 7 digits, so these never collide with them. */
const PREFIX = 'IMP';

interface DemoEmployeeRow {
  matricola: string;
  first_name: string;
  last_name: string;
  email: string;
  unit_code: string;
  role: string;
  contract_type: string;
  contract_start: string;
  contract_end: string | null;
  probation_end: string | null;
  work_pattern_type: string;
  part_time_percent: number | null;
  weekdays: number[] | null;
  full_time_months: number[] | null;
  home_municipality: string;
  commute_km: string | number;
  commute_mode: string;
}

// The words an HR system's export uses (README "Importazione dipendenti").
const ROLE = { employee: 'dipendente', senior_officer: 'PO', manager: 'dirigente', director: 'direttore' } as Record<string, string>;
const CONTRACT = { permanent: 'indeterminato', fixed_term: 'determinato' } as Record<string, string>;
const PATTERN = { full_time: 'tempo_pieno', part_time_horizontal: 'pt_orizzontale', part_time_vertical: 'pt_verticale', part_time_cyclic: 'pt_ciclico' } as Record<string, string>;
const MODE = { car: 'auto', motorbike: 'moto', bus: 'autobus', metro: 'metro', tram: 'tram', train: 'treno', bike: 'bici', walk: 'piedi' } as Record<string, string>;
const WEEKDAY = ['', 'lun', 'mar', 'mer', 'gio', 'ven'];
const HEADER = [
  'matricola', 'nome', 'cognome', 'email', 'codice_unita', 'ruolo', 'tipo_contratto', 'inizio_contratto', 'fine_contratto', 'fine_prova',
  'orario', 'percentuale_pt', 'giorni_lavorativi', 'mesi_tempo_pieno', 'comune_residenza', 'km_casa_lavoro', 'mezzo',
];

const cell = (v: string) => (/[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A `;`-separated CSV of the demo's employees under new matricole, as an Italian HR export would write it. */
export async function demoEmployeesCsv(engine: Engine, organizationId: string, limit?: number): Promise<{ csv: string; rows: number }> {
  const employees = await engine.query<DemoEmployeeRow>(
    `SELECT e.matricola, e.first_name, e.last_name, e.email, u.code AS unit_code, e.role, e.contract_type, e.contract_start::text AS contract_start,
            e.contract_end::text AS contract_end, e.probation_end::text AS probation_end, e.work_pattern_type, e.part_time_percent, e.weekdays,
            e.full_time_months, e.home_municipality, e.commute_km::text AS commute_km, e.commute_mode
       FROM employees e JOIN units u ON u.organization_id = e.organization_id AND u.id = e.unit_id
      WHERE e.organization_id = $1 AND e.matricola NOT LIKE '${PREFIX}%'
      ORDER BY e.matricola LIMIT $2`,
    [organizationId, limit ?? 1_000_000],
  );
  const lines = [HEADER.join(';')];
  employees.forEach((e, i) => {
    lines.push(
      [
        `${PREFIX}${String(i + 1).padStart(7, '0')}`,
        e.first_name,
        e.last_name,
        `imp.${e.email}`,
        e.unit_code,
        ROLE[e.role]!,
        CONTRACT[e.contract_type]!,
        e.contract_start,
        e.contract_end ?? '',
        e.probation_end ?? '',
        PATTERN[e.work_pattern_type]!,
        e.part_time_percent == null ? '' : String(e.part_time_percent),
        (e.weekdays ?? []).map((d) => WEEKDAY[d]).join(' '),
        (e.full_time_months ?? []).join(' '),
        e.home_municipality,
        String(e.commute_km).replace('.', ','),
        MODE[e.commute_mode]!,
      ]
        .map(cell)
        .join(';'),
    );
  });
  return { csv: `${lines.join('\r\n')}\r\n`, rows: employees.length };
}

/** Removes what an import of the generated CSV added (the audit log is append-only and keeps its rows), then vacuums. */
async function removeImported(target: BenchTarget) {
  const { engine, organizationId } = target;
  await engine.query(
    `DELETE FROM employee_unit_assignments a USING employees e
      WHERE a.organization_id = $1 AND e.organization_id = a.organization_id AND e.id = a.employee_id AND e.matricola LIKE '${PREFIX}%'`,
    [organizationId],
  );
  await engine.query(`DELETE FROM employees WHERE organization_id = $1 AND matricola LIKE '${PREFIX}%'`, [organizationId]);
  await settle(target);
}

/**
 * The same starting state for ours and the baseline: vacuumed tables (analyzed too when the
 * target's statistics are kept, see BENCH_ANALYZE), and a checkpoint on PostgreSQL when allowed.
 */
async function settle(target: BenchTarget) {
  const vacuum = target.analyzed ? 'VACUUM ANALYZE' : 'VACUUM';
  for (const table of ['employees', 'employee_unit_assignments', 'audit_log']) await target.engine.exec(`${vacuum} ${table}`);
  if (target.kind === 'postgres') await target.engine.exec('CHECKPOINT').catch(() => undefined);
}

async function countImported(target: BenchTarget): Promise<{ employees: number; assignments: number }> {
  const [row] = await target.engine.query<{ employees: number; assignments: number }>(
    `SELECT (SELECT count(*) FROM employees WHERE organization_id = $1 AND matricola LIKE '${PREFIX}%')::int AS employees,
            (SELECT count(*) FROM employee_unit_assignments a JOIN employees e ON e.organization_id = a.organization_id AND e.id = a.employee_id
              WHERE a.organization_id = $1 AND e.matricola LIKE '${PREFIX}%')::int AS assignments`,
    [target.organizationId],
  );
  return row!;
}

const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/;
const valuesOf = (row: unknown): unknown[] => (Array.isArray(row) ? row : Object.values(row as object));

/** A captured parameter, or how to rebuild it: a string split around the generated ids it contains (odd positions are ids), or an array of such. */
type Template = { constant: unknown } | { parts: string[] } | { items: Template[] };

function templateOf(p: unknown, generated: Set<string>): Template {
  // The bulk writes pass one array per column (INSERT … SELECT * FROM unnest($1::uuid[], …)).
  if (Array.isArray(p)) {
    const items = p.map((v) => templateOf(v, generated));
    return items.some((t) => !('constant' in t)) ? { items } : { constant: p };
  }
  if (typeof p !== 'string') return { constant: p };
  const parts = p.split(new RegExp(UUID.source, 'g'));
  return parts.some((part, k) => k % 2 === 1 && generated.has(part)) ? { parts } : { constant: p };
}

function fillTemplate(t: Template, ids: Map<string, string>): unknown {
  if ('constant' in t) return t.constant;
  if ('items' in t) return t.items.map((i) => fillTemplate(i, ids));
  return t.parts.map((part, k) => (k % 2 === 1 ? (ids.get(part) ?? part) : part)).join('');
}

/**
 * The captured writes, ready to replay: ids the database generated for ours (returned by an
 * INSERT … RETURNING) are swapped for the ids it generates for the baseline. Which parameters
 * carry such ids is worked out here, before the clock starts.
 */
function replayPlan(writes: CapturedStatement[]) {
  const generated = new Set<string>();
  for (const s of writes) for (const row of s.rows) for (const v of valuesOf(row)) if (typeof v === 'string' && UUID.test(v)) generated.add(v);
  return writes.map((s) => {
    const templates = s.params.map((p) => templateOf(p, generated));
    return { text: s.text, params: s.params, returned: s.rows.map(valuesOf), templates: templates.some((t) => !('constant' in t)) ? templates : null };
  });
}

async function run(target: BenchTarget, settings: BenchSettings): Promise<ResultRow[]> {
  const { log } = settings;
  const limit = process.env.BENCH_IMPORT_ROWS ? Number(process.env.BENCH_IMPORT_ROWS) : undefined;
  const { csv, rows } = await demoEmployeesCsv(target.engine, target.organizationId, limit);
  const ctx: Ctx = {
    organizationId: target.organizationId,
    actor: { userId: null, organizationId: target.organizationId, username: 'bench', roles: ['admin'], employeeId: null },
    clock: target.clock,
    engine: target.engine,
  };

  await settle(target);
  log(`  ${target.kind} import ${rows} rows (${(csv.length / 2 ** 20).toFixed(1)} MiB CSV): app…`);
  let validated = 0;
  const started = performance.now();
  const { result, statements } = await captureSql(target.engine, () =>
    importEmployees(ctx, csv, {
      onProgress: (phase, done, total) => {
        if (phase === 'validate' && done === total) validated = performance.now();
      },
    }),
  );
  const ours = (performance.now() - started) / 1000;
  if (result.created !== rows || result.errors.length) throw new Error(`import created ${result.created} of ${rows} rows, ${result.errors.length} errors: ${JSON.stringify(result.errors.slice(0, 3))}`);

  const writes = writesOf(statements);
  const plan = replayPlan(writes);
  await removeImported(target);
  const bare = await target.openBare();
  let baseline: number;
  let baselineDriver = new Map<string, number>();
  try {
    log(`  ${target.kind} import: baseline (${writes.length} INSERT statements)…`);
    const ids = new Map<string, string>();
    const driverTime = new Map<string, number>();
    const begun = performance.now();
    await bare.transaction(async (query) => {
      for (const s of plan) {
        const params = s.templates ? s.templates.map((t) => fillTemplate(t, ids)) : s.params;
        const sent = performance.now();
        const answer = await query(s.text, params);
        driverTime.set(kindOf(s.text), (driverTime.get(kindOf(s.text)) ?? 0) + performance.now() - sent);
        s.returned.forEach((old, i) => {
          const now = valuesOf(answer[i] ?? {});
          old.forEach((v, j) => {
            if (typeof v === 'string' && typeof now[j] === 'string' && UUID.test(v)) ids.set(v, now[j] as string);
          });
        });
      }
    });
    baseline = (performance.now() - begun) / 1000;
    baselineDriver = driverTime;
  } finally {
    await bare.close();
  }
  const replayed = await countImported(target);
  if (replayed.employees !== rows || replayed.assignments !== rows) throw new Error(`baseline replay left ${JSON.stringify(replayed)}, expected ${rows} of each`);
  await removeImported(target);

  // Where ours spends its time: waiting on the driver, by kind of statement, against the baseline's wait for the same writes.
  const kinds = new Map<string, { n: number; ms: number }>();
  for (const st of statements) {
    const k = kinds.get(kindOf(st.text)) ?? { n: 0, ms: 0 };
    kinds.set(kindOf(st.text), { n: k.n + 1, ms: k.ms + (st.endedAt - st.startedAt) });
  }
  const driverSeconds = [...kinds.values()].reduce((sum, k) => sum + k.ms, 0) / 1000;
  const validateSeconds = validated ? (validated - started) / 1000 : Number.NaN;
  const byKind = [...kinds]
    .map(([kind, k]) => `${k.n}× ${kind} ${(k.ms / 1000).toFixed(2)} s${baselineDriver.has(kind) ? ` (baseline ${(baselineDriver.get(kind)! / 1000).toFixed(2)} s)` : ''}`)
    .join('; ');
  return [
    {
      benchmark: 'employee-import',
      engine: target.kind,
      case: `CSV ${rows} new employees`,
      metrics: [
        { name: 'time', unit: 's', ours, baseline, better: 'lower' },
        { name: 'rows/s', unit: 'rows/s', ours: rows / ours, baseline: rows / baseline, better: 'higher' },
      ],
      target: { metric: 'time', op: '<', value: TARGET_SECONDS },
      notes: [
        `ours: ${validateSeconds.toFixed(2)} s reading and validating the CSV, ${(ours - validateSeconds).toFixed(2)} s writing; ${driverSeconds.toFixed(2)} s of the total waiting on the driver, ${(ours - driverSeconds).toFixed(2)} s in JavaScript`,
        `driver time by statement: ${byKind}; the baseline replays the ${writes.length} writes in one transaction`,
      ],
    },
  ];
}

export const employeeImport: Benchmark = { name: 'employee-import', run };
