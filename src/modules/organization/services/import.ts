import { parse } from 'csv-parse/sync';
import { auditMany, type AuditEntry } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import { DomainError, type FieldError } from '../../../platform/errors.js';
import { employeeProblems, type EmployeeData } from '../domain/employee.js';
import { columnOfField, mapHeader, parseRow } from '../domain/employee-csv.js';
import * as repo from '../repositories/employees.js';
import { allUnits } from '../repositories/structure.js';
import { moveToUnit } from './employees.js';
import { authorize } from './structure.js';

export interface ImportOptions {
  partial?: boolean;
  dryRun?: boolean;
  onProgress?: (phase: 'validate' | 'write', done: number, total: number) => void;
}

export interface ImportResult {
  dryRun: boolean;
  partial: boolean;
  rows: number;
  created: number;
  updated: number;
  skipped: number;
  errors: { row: number; field: string; detail: string }[];
}

const MAX_ROWS = 100_000;

/** The separator is the one the header line uses most: Italian spreadsheets export `;`. */
export function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

function readCsv(text: string): string[][] {
  try {
    return parse(text, { delimiter: delimiterOf(text), bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (error) {
    throw new DomainError('IMPORT_INVALID', `Il file non è un CSV leggibile: ${(error as Error).message}`, 'file');
  }
}

const same = (a: EmployeeData, b: EmployeeData) =>
  JSON.stringify(repo.toRow('', a)) === JSON.stringify(repo.toRow('', b));

/**
 * Imports employees from an HR system's CSV. The whole file is validated first; unless
 * `partial`, nothing is written when any row is wrong. Re-importing updates by matricola.
 */
export async function importEmployees(ctx: Ctx, csvText: string, options: ImportOptions = {}): Promise<ImportResult> {
  authorize(ctx, 'employee.import');
  const records = readCsv(csvText);
  if (records.length < 2) throw new DomainError('IMPORT_INVALID', 'Il file è vuoto o contiene solo l’intestazione', 'file');
  if (records.length - 1 > MAX_ROWS) throw new DomainError('IMPORT_INVALID', `Il file supera il limite di ${MAX_ROWS} righe`, 'file');
  const header = mapHeader(records[0]!);
  if (header.problems.length) throw new DomainError('IMPORT_INVALID', header.problems.map((p) => p.detail).join('; '), 'file', header.problems);

  const unitsByCode = new Map((await allUnits(ctx.engine.db, ctx.organizationId)).map((u) => [u.code.toLowerCase(), u]));
  const errors: FieldError[] = [];
  const valid: { row: number; data: EmployeeData; directorateId: string }[] = [];
  const seen = new Map<string, number>();
  const total = records.length - 1;
  for (let i = 1; i < records.length; i++) {
    const row = i + 1;
    const { parsed, errors: rowErrors } = parseRow(records[i]!, header, row);
    errors.push(...rowErrors);
    if (!parsed) continue;
    const { unitCode, ...rest } = parsed.data;
    const unit = unitsByCode.get(unitCode.toLowerCase());
    if (!unit) {
      errors.push({ row, field: header.names[header.columns.unitCode!]!, detail: `Unità organizzativa sconosciuta: "${unitCode}"` });
      continue;
    }
    const data: EmployeeData = { ...rest, unitId: unit.id };
    const problems = employeeProblems(data).map((p) => ({ row, field: columnOfField(p.field, header), detail: p.detail }));
    const earlier = seen.get(data.matricola.toLowerCase());
    if (earlier) problems.push({ row, field: header.names[header.columns.matricola!]!, detail: `Matricola ${data.matricola} ripetuta (già alla riga ${earlier})` });
    seen.set(data.matricola.toLowerCase(), row);
    if (problems.length) errors.push(...problems);
    else valid.push({ row, data, directorateId: unit.directorateId });
    if (i % 500 === 0) options.onProgress?.('validate', i, total);
  }
  options.onProgress?.('validate', total, total);

  const result: ImportResult = { dryRun: Boolean(options.dryRun), partial: Boolean(options.partial), rows: total, created: 0, updated: 0, skipped: 0, errors: errors.map((e) => ({ row: e.row ?? 0, field: e.field, detail: e.detail })) };
  if (errors.length && !options.partial) {
    const rowsWithErrors = new Set(errors.map((e) => e.row)).size;
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    throw new DomainError('IMPORT_INVALID', `Il file contiene ${count(errors.length, 'errore', 'errori')} in ${count(rowsWithErrors, 'riga', 'righe')}: nessun dipendente è stato importato`, 'file', errors, { rows: total });
  }
  result.skipped = total - valid.length;
  if (options.dryRun) {
    const existing = await repo.findIdsByMatricola(ctx.engine.db, ctx.organizationId, valid.map((v) => v.data.matricola));
    result.updated = valid.filter((v) => existing.has(v.data.matricola)).length;
    result.created = valid.length - result.updated;
    return result;
  }

  await transaction(ctx, async (tx) => {
    const existing = await repo.findIdsByMatricola(tx, ctx.organizationId, valid.map((v) => v.data.matricola));
    const today = ctx.clock.today();
    const entries: AuditEntry[] = [];
    const toCreate = valid.filter((v) => !existing.has(v.data.matricola));
    const created = await repo.insertEmployees(tx, ctx.organizationId, toCreate.map((v) => v.data));
    const byMatricola = new Map(toCreate.map((v) => [v.data.matricola, v]));
    await repo.openAssignments(tx, ctx.organizationId, created.map((c) => ({ employeeId: c.id, unitId: byMatricola.get(c.matricola)!.data.unitId, directorateId: byMatricola.get(c.matricola)!.directorateId, from: today })));
    for (const c of created) entries.push({ action: 'employee.imported', entity: 'employee', entityId: c.id, after: { id: c.id, ...byMatricola.get(c.matricola)!.data } });
    result.created = created.length;
    options.onProgress?.('write', created.length, valid.length);

    let done = created.length;
    for (const v of valid.filter((x) => existing.has(x.data.matricola))) {
      const id = existing.get(v.data.matricola)!;
      const before = await repo.getEmployee(tx, ctx.organizationId, id);
      const beforeData = repo.toData(before!);
      if (same(beforeData, v.data)) {
        result.skipped++;
      } else {
        await repo.updateEmployee(tx, ctx.organizationId, id, v.data, ctx.clock.now());
        if (before!.unitId !== v.data.unitId) await moveToUnit(tx, ctx, id, v.data.unitId, today);
        entries.push({ action: 'employee.imported', entity: 'employee', entityId: id, before: beforeData, after: v.data });
        result.updated++;
      }
      if (++done % 200 === 0) options.onProgress?.('write', done, valid.length);
    }
    await auditMany(tx, ctx, entries);
    options.onProgress?.('write', valid.length, valid.length);
  });
  await repo.analyzeEmployees(ctx.engine.db);
  return result;
}
