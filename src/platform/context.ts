import type { Actor } from './actor.js';
import type { Clock } from './clock.js';
import type { Db, Engine } from './db/engine.js';

/** What a use case needs: the tenant, who acts, the clock and the database. */
export interface Ctx {
  organizationId: string;
  actor: Actor;
  clock: Clock;
  engine: Engine;
  requestId?: string;
}

export function transaction<T>(ctx: Ctx, fn: (tx: Db) => Promise<T>): Promise<T> {
  return ctx.engine.db.transaction(fn);
}
