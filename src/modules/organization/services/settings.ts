import type { z } from 'zod';
import type { organizationPatch } from '../../../contracts/organization.js';
import { audit } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { REGULATION_FIELDS, regulationOf, regulationProblems, type Regulation } from '../domain/regulation.js';
import * as repo from '../repositories/organizations.js';
import { authorize } from './structure.js';

const ARTICLES = Object.fromEntries(REGULATION_FIELDS.map((f) => [f.key, f.article]));

function toOut(row: repo.OrganizationRow) {
  return {
    id: row.organizationId,
    name: row.name,
    type: row.type as 'comune',
    fiscalCode: row.fiscalCode,
    patronDay: row.patronDay,
    settings: regulationOf(row.settings) as unknown as Record<string, unknown>,
    settingsArticles: ARTICLES,
  };
}

export async function getOrganization(ctx: Ctx) {
  authorize(ctx, 'settings.read');
  const row = await repo.getOrganization(ctx.engine.db, ctx.organizationId);
  if (!row) throw notFound('Ente');
  return toOut(row);
}

/** The organization's regulation in force, for the rules of every module. */
export async function regulationFor(db: Db, organizationId: string): Promise<{ regulation: Regulation; patronDay: string | null }> {
  const row = await repo.getOrganization(db, organizationId);
  if (!row) throw notFound('Ente');
  return { regulation: regulationOf(row.settings), patronDay: row.patronDay };
}

export async function updateOrganization(ctx: Ctx, patch: z.infer<typeof organizationPatch>) {
  authorize(ctx, 'settings.write');
  return transaction(ctx, async (tx) => {
    const before = await repo.getOrganization(tx, ctx.organizationId);
    if (!before) throw notFound('Ente');
    const settings = patch.settings ? { ...regulationOf(before.settings), ...patch.settings } : before.settings;
    const problems = regulationProblems(regulationOf(settings));
    if (problems.length)
      throw new DomainError('VALIDATION_FAILED', problems.map((p) => p.detail).join('; '), `settings.${problems[0]!.field}`,
        problems.map((p) => ({ field: `settings.${p.field}`, detail: p.detail })));
    const { settings: _ignored, ...rest } = patch;
    const after = await repo.updateOrganization(tx, ctx.organizationId, { ...rest, settings }, ctx.clock.now());
    await audit(tx, ctx, { action: 'organization.updated', entity: 'organization', entityId: ctx.organizationId, before, after });
    return toOut(after);
  });
}

/** Every tenant of the installation (for scheduled jobs). */
export async function allOrganizationIds(db: Db): Promise<string[]> {
  return (await repo.listOrganizations(db)).map((o) => o.organizationId);
}
