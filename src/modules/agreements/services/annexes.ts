import { audit } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { forbidden } from '../../../platform/errors.js';
import { DEFAULT_ANNEXES, type AnnexKind } from '../domain/annexes.js';
import { can } from '../policy.js';
import * as repo from '../repositories/agreements.js';

/** The two annexes of art. 8.1 as the organization wrote them, or the defaults. */
export async function annexTexts(db: Db, organizationId: string) {
  const stored = await repo.annexesOf(db, organizationId);
  return (Object.keys(DEFAULT_ANNEXES) as AnnexKind[]).map((kind) => {
    const own = stored.find((s) => s.kind === kind);
    return { kind, title: own?.title ?? DEFAULT_ANNEXES[kind].title, body: own?.body ?? DEFAULT_ANNEXES[kind].body, custom: Boolean(own) };
  });
}

export async function listAnnexes(ctx: Ctx) {
  return annexTexts(ctx.engine.db, ctx.organizationId);
}

export async function updateAnnex(ctx: Ctx, kind: AnnexKind, input: { title: string; body: string }) {
  if (!can(ctx.actor, 'annexes.write')) throw forbidden();
  return transaction(ctx, async (tx) => {
    const before = (await annexTexts(tx, ctx.organizationId)).find((a) => a.kind === kind);
    await repo.upsertAnnex(tx, ctx.organizationId, kind, input.title, input.body, ctx.clock.now());
    await audit(tx, ctx, { action: 'annex.updated', entity: 'agreement_annex', entityId: kind, before, after: input });
    return annexTexts(tx, ctx.organizationId);
  });
}
