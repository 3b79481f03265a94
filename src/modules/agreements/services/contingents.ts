import ExcelJS from 'exceljs';
import type { Ctx } from '../../../platform/context.js';
import { forbidden } from '../../../platform/errors.js';
import { regulationFor } from '../../organization/services/settings.js';
import { contingentsReport, type ContingentsReport } from '../domain/contingents.js';
import { can } from '../policy.js';
import { contingentCounts } from '../repositories/activities.js';
import { currentYear } from './activities.js';

/** POLA § 4.1, Tabella B — potential agile workers per directorate, against the legal minimum. */
export async function contingents(ctx: Ctx, year?: number, compareYear?: number): Promise<ContingentsReport & { compareYear: number | null }> {
  if (!can(ctx.actor, 'contingents.read')) throw forbidden();
  const db = ctx.engine.db;
  const y = year ?? currentYear(ctx);
  const [{ regulation }, counts, previous] = await Promise.all([
    regulationFor(db, ctx.organizationId),
    contingentCounts(db, ctx.organizationId, y),
    compareYear ? contingentCounts(db, ctx.organizationId, compareYear) : Promise.resolve(null),
  ]);
  const report = contingentsReport(
    y,
    counts.map((c) => ({ directorateId: c.directorate_id, code: c.code, name: c.name, employees: Number(c.employees), potentialAgileWorkers: Number(c.potential) })),
    regulation,
    previous ? new Map(previous.map((p) => [p.directorate_id, Number(p.potential)])) : undefined,
  );
  return { ...report, compareYear: compareYear ?? null };
}

const HEAD = ['N.', 'Codice', 'Direzione', 'Dipendenti', 'Potenziali lavoratori agili', '% sui dipendenti'];

function table(r: Awaited<ReturnType<typeof contingents>>): (string | number)[][] {
  const extra = r.compareYear ? [`Potenziali ${r.compareYear}`, 'Variazione'] : [];
  const rows = r.rows.map((row, i) => [i + 1, row.code, row.name, row.employees, row.potentialAgileWorkers, row.share, ...(r.compareYear ? [row.previous ?? 0, row.change ?? 0] : [])]);
  const total = ['', '', 'TOTALE', r.total.employees, r.total.potentialAgileWorkers, r.total.share, ...(r.compareYear ? [r.total.previous ?? 0, r.total.change ?? 0] : [])];
  return [[...HEAD, ...extra], ...rows, total];
}

const csvCell = (v: string | number) => (typeof v === 'number' ? String(v).replace('.', ',') : /[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** CSV for Italian spreadsheets: `;` separator, decimal comma, BOM so Excel reads UTF-8. */
export function contingentsCsv(r: Awaited<ReturnType<typeof contingents>>): string {
  const lines = table(r).map((row) => row.map(csvCell).join(';'));
  lines.push('', `Quota minima di legge;${String(r.minimumShare).replace('.', ',')}%;Rispettata;${r.meetsMinimum ? 'sì' : 'no'}`);
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function contingentsXlsx(r: Awaited<ReturnType<typeof contingents>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Agile PA';
  const sheet = book.addWorksheet(`Tabella B ${r.year}`);
  sheet.addRow([`Contingenti di personale assegnato ad attività lavorabili da remoto — ${r.year}`]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const [head, ...body] = table(r);
  sheet.addRow(head!).font = { bold: true };
  for (const row of body) sheet.addRow(row);
  sheet.lastRow!.font = { bold: true };
  sheet.addRow([]);
  sheet.addRow(['', '', `Quota minima di legge ${r.minimumShare}%`, r.meetsMinimum ? 'rispettata' : 'NON rispettata']);
  sheet.columns.forEach((c, i) => (c.width = i === 2 ? 55 : 16));
  return Buffer.from(await book.xlsx.writeBuffer());
}
