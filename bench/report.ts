import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type EngineKind = 'pglite' | 'postgres';

/** One measured quantity, for the app ("ours") and for the plain baseline of the same path. */
export interface Metric {
  name: string;
  unit: string;
  ours: number;
  baseline: number;
  /** Latencies and durations: lower is better. Throughputs: higher is better. */
  better: 'lower' | 'higher';
}

/** An issue's target for one metric of ours (e.g. list p99 < 30 ms on PostgreSQL). */
export interface Target {
  metric: string;
  op: '<' | '>';
  value: number;
}

/** One line of the report: one benchmark case on one engine. */
export interface ResultRow {
  benchmark: string;
  engine: EngineKind;
  case: string;
  metrics: Metric[];
  target?: Target;
  notes?: string[];
}

export interface RunInfo {
  startedAt: string;
  finishedAt?: string;
  settings: Record<string, unknown>;
  /** Engine → "ok" or why it was skipped. */
  engines: Partial<Record<EngineKind, string>>;
  warnings: string[];
}

/** ours ÷ baseline: above 1 means the app takes longer (latency) or, for req/s, below 1 means it serves fewer. */
export const ratioOf = (m: Metric) => (m.baseline === 0 ? Number.NaN : m.ours / m.baseline);

export function targetMet(row: ResultRow): boolean | undefined {
  if (!row.target) return undefined;
  const metric = row.metrics.find((m) => m.name === row.target!.metric);
  if (!metric) return undefined;
  return row.target.op === '<' ? metric.ours < row.target.value : metric.ours > row.target.value;
}

function figure(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 1000) return value.toFixed(0);
  if (Math.abs(value) >= 100) return value.toFixed(1);
  return value.toFixed(2);
}

function pad(cells: string[][], align: ('l' | 'r')[]): string[] {
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r) => r.map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd());
}

/** The report as text lines: one line per metric, with ours, the baseline and their ratio side by side. */
export function formatTable(rows: ResultRow[]): string[] {
  const header = ['benchmark', 'engine', 'case', 'metric', 'ours', 'baseline', 'ratio', 'target'];
  const cells: string[][] = [header];
  for (const row of rows) {
    row.metrics.forEach((m, i) => {
      const isTarget = row.target?.metric === m.name;
      const target = isTarget ? `${row.target!.op} ${row.target!.value} ${m.unit} ${targetMet(row) ? 'met' : 'MISSED'}` : '';
      cells.push([
        i === 0 ? row.benchmark : '',
        i === 0 ? row.engine : '',
        i === 0 ? row.case : '',
        `${m.name} (${m.unit})`,
        figure(m.ours),
        figure(m.baseline),
        `${figure(ratioOf(m))}×`,
        target,
      ]);
    });
  }
  const lines = pad(cells, ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'l']);
  const rule = '─'.repeat(Math.max(...lines.map((l) => l.length)));
  return [rule, lines[0]!, rule, ...lines.slice(1), rule];
}

export function printReport(rows: ResultRow[], info: RunInfo): void {
  console.log('');
  console.log('Agile PA benchmarks — ratio = ours ÷ baseline (same SQL through the bare driver, same run, same machine)');
  for (const line of formatTable(rows)) console.log(line);
  for (const row of rows) for (const note of row.notes ?? []) console.log(`  · ${row.benchmark} ${row.engine} ${row.case}: ${note}`);
  for (const [engine, state] of Object.entries(info.engines)) if (state !== 'ok') console.log(`  ! ${engine}: ${state}`);
  for (const warning of info.warnings) console.log(`  ! ${warning}`);
}

export const RESULTS_FILE = path.join(import.meta.dirname, 'results', 'latest.json');

/** The same figures as the table, for machines: bench/results/latest.json (git-ignored). */
export function writeResults(rows: ResultRow[], info: RunInfo, file = RESULTS_FILE): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const json = {
    ...info,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    rows: rows.map((r) => ({
      ...r,
      metrics: r.metrics.map((m) => ({ ...m, ratio: ratioOf(m) })),
      targetMet: targetMet(r) ?? null,
    })),
  };
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
