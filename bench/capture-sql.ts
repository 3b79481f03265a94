import type { PGlite, Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import type { Engine } from '../src/platform/db/engine.js';

/** One SQL statement exactly as the app handed it to the driver. */
export interface Statement {
  text: string;
  params: unknown[];
}

export interface CapturedStatement extends Statement {
  /** Order marks: a statement issued before an earlier one settled ran concurrently with it. */
  issued: number;
  settled: number;
  /** performance.now() when handed to the driver and when the driver answered. */
  startedAt: number;
  endedAt: number;
  /** What the driver answered (arrays when drizzle asked for rowMode "array"). */
  rows: unknown[];
  /** The answer's column names, in order (what tells an array row's values apart). */
  fields: string[];
  failed: boolean;
  /**
   * Which transaction the statement ran in (one number per transaction), or null outside any.
   * On PostgreSQL the transaction's own BEGIN and COMMIT/ROLLBACK are captured too and carry it.
   */
  transaction: number | null;
}

let tick = 0;
let transactions = 0;

/** The PGlite client or pg pool under an engine (drizzle keeps it as `$client`). */
export function driverOf(engine: Engine): unknown {
  return (engine.db as unknown as { $client: unknown }).$client;
}

type QueryFn = (...args: unknown[]) => unknown;

function record(into: CapturedStatement[], text: string, params: unknown[], transaction: number | null = null): CapturedStatement {
  const entry: CapturedStatement = {
    text, params: [...params], issued: ++tick, settled: Number.POSITIVE_INFINITY, startedAt: performance.now(), endedAt: Number.NaN, rows: [], fields: [], failed: false, transaction,
  };
  into.push(entry);
  return entry;
}

function settle(entry: CapturedStatement, result: unknown, failed = false) {
  entry.settled = ++tick;
  entry.endedAt = performance.now();
  entry.failed = failed;
  const rows = (result as { rows?: unknown[] } | undefined)?.rows;
  entry.rows = Array.isArray(rows) ? rows : [];
  const fields = (result as { fields?: { name: string }[] } | undefined)?.fields;
  entry.fields = Array.isArray(fields) ? fields.map((f) => f.name) : [];
}

const BEGIN = /^\s*(begin|start\s+transaction)\b/i;
const END = /^\s*(commit|rollback|end)\s*;?\s*$/i;

/**
 * Every `pg.Client#query` (pool queries and transaction clients alike) records its text and
 * parameters while capturing; both the promise and the callback forms pass through untouched.
 * A client between BEGIN and COMMIT/ROLLBACK marks its statements with that transaction.
 */
function patchPg(into: CapturedStatement[]): () => void {
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  const open = new WeakMap<object, number>();
  proto.query = function capturing(this: object, ...args: unknown[]) {
    const [config, values] = args;
    const text = typeof config === 'string' ? config : String((config as { text?: string }).text ?? '');
    const params = Array.isArray(values) ? values : ((config as { values?: unknown[] }).values ?? []);
    if (BEGIN.test(text)) open.set(this, ++transactions);
    const entry = record(into, text, params, open.get(this) ?? null);
    if (END.test(text)) open.delete(this);
    const callbackAt = args.findIndex((a) => typeof a === 'function');
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (err: unknown, res: unknown) => void;
      args[callbackAt] = (err: unknown, res: unknown) => {
        settle(entry, res, Boolean(err));
        callback(err, res);
      };
      return original.apply(this, args);
    }
    const out = original.apply(this, args) as Promise<unknown>;
    return out.then(
      (res) => {
        settle(entry, res);
        return res;
      },
      (err: unknown) => {
        settle(entry, undefined, true);
        throw err;
      },
    );
  };
  return () => {
    proto.query = original;
  };
}

/** PGlite: the client's own `query`, and `query` on the transaction object its `transaction` hands out. */
function patchPglite(client: PGlite, into: CapturedStatement[]): () => void {
  const wrap = (query: Transaction['query'], self: unknown, transaction: number | null): Transaction['query'] =>
    (async (text: string, params?: unknown[], options?: unknown) => {
      const entry = record(into, text, params ?? [], transaction);
      try {
        const res = await (query as QueryFn).call(self, text, params, options);
        settle(entry, res);
        return res;
      } catch (error) {
        settle(entry, undefined, true);
        throw error;
      }
    }) as Transaction['query'];
  const mutable = client as unknown as { query: Transaction['query']; transaction: PGlite['transaction'] };
  const ownQuery = Object.hasOwn(client, 'query');
  const ownTransaction = Object.hasOwn(client, 'transaction');
  const originalQuery = mutable.query;
  const originalTransaction = mutable.transaction;
  mutable.query = wrap(originalQuery, client, null);
  mutable.transaction = ((callback: (tx: Transaction) => Promise<unknown>) =>
    originalTransaction.call(client, (tx) => {
      (tx as { query: Transaction['query'] }).query = wrap(tx.query, tx, ++transactions);
      return callback(tx);
    })) as PGlite['transaction'];
  return () => {
    if (ownQuery) mutable.query = originalQuery;
    else delete (mutable as Partial<typeof mutable>).query;
    if (ownTransaction) mutable.transaction = originalTransaction;
    else delete (mutable as Partial<typeof mutable>).transaction;
  };
}

/**
 * Runs `fn` while recording every statement the engine's driver receives, so a baseline can
 * replay the app's real SQL rather than a retyped copy. Nothing else may use the engine meanwhile.
 */
export async function captureSql<T>(engine: Engine, fn: () => Promise<T>): Promise<{ result: T; statements: CapturedStatement[] }> {
  const statements: CapturedStatement[] = [];
  const restore = engine.kind === 'postgres' ? patchPg(statements) : patchPglite(driverOf(engine) as PGlite, statements);
  try {
    const result = await fn();
    return { result, statements };
  } finally {
    restore();
  }
}

/**
 * Groups statements into steps run one after the other; the statements of one step were in
 * flight together (e.g. the list and count queries under Promise.all).
 */
export function concurrentSteps<S extends CapturedStatement>(statements: S[]): S[][] {
  const steps: S[][] = [];
  let lastSettled = Number.NEGATIVE_INFINITY;
  for (const s of [...statements].sort((a, b) => a.issued - b.issued)) {
    const current = steps.at(-1);
    if (current && s.issued < lastSettled) {
      current.push(s);
      lastSettled = Math.max(lastSettled, s.settled);
    } else {
      steps.push([s]);
      lastSettled = s.settled;
    }
  }
  return steps;
}

const isWrite = (text: string) => /^\s*(insert|update|delete)\b/i.test(text);
export const writesOf = <S extends Statement>(statements: S[]) => statements.filter((s) => isWrite(s.text));

/** The first words of a statement ("insert into employees"), to group statements by kind. */
export function kindOf(text: string): string {
  const words = text.replace(/"/g, '').replace(/\s+/g, ' ').trim().toLowerCase().split(' ');
  // The statement's own FROM, not one of a subquery in its select list.
  let depth = 0;
  const at = words[0] === 'select' ? words.findIndex((w) => (depth += (w.match(/\(/g)?.length ?? 0) - (w.match(/\)/g)?.length ?? 0)) === 0 && w === 'from') : -1;
  return at > 0 ? `select … from ${words[at + 1]}` : words.slice(0, 3).join(' ');
}

/** A one-line summary of a statement for notes and logs. */
export function brief(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One piece of a replay: statements run outside any transaction, or one whole transaction. */
export interface ReplayUnit<S extends Statement = Statement> {
  transaction: boolean;
  /** Run one after the other; the statements of a step together, as the app ran them. */
  steps: S[][];
}

/**
 * The statements of one request as units to replay in order: runs of statements outside any
 * transaction, and whole transactions — without their BEGIN and COMMIT, which the replaying
 * client (BareClient#transaction) issues itself.
 */
export function replayUnits<S extends CapturedStatement>(statements: S[]): ReplayUnit<S>[] {
  const groups: { transaction: number | null; statements: S[] }[] = [];
  for (const s of [...statements].sort((a, b) => a.issued - b.issued)) {
    const last = groups.at(-1);
    if (last && last.transaction === s.transaction) last.statements.push(s);
    else groups.push({ transaction: s.transaction, statements: [s] });
  }
  return groups.map((g) => ({
    transaction: g.transaction !== null,
    steps: concurrentSteps(g.transaction === null ? g.statements : g.statements.filter((s) => !BEGIN.test(s.text) && !END.test(s.text))),
  }));
}
