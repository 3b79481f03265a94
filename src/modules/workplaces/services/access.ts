import { hasRole } from '../../../platform/actor.js';
import type { Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { forbidden } from '../../../platform/errors.js';
import { isDirectorOf } from '../../agreements/policy.js';
import { positionsOf } from '../../organization/services/scope.js';
import { regulationFor } from '../../organization/services/settings.js';
import { findDirectorateByCode } from '../../organization/services/structure.js';
import type { SiteKind } from '../domain/site.js';

/**
 * POLA § 4.2 — Facilities (Demanio) manage the municipal sites (actions 2.1.x); HR and the
 * economic-development directorate the participated, private and coworking ones (actions 2.2.x).
 */
export async function canManageSites(db: Db, ctx: Ctx, kind: SiteKind): Promise<boolean> {
  if (kind === 'municipal') return hasRole(ctx.actor, 'facilities');
  if (hasRole(ctx.actor, 'hr')) return true;
  const { regulation } = await regulationFor(db, ctx.organizationId);
  if (!regulation.economicDevelopmentDirectorateCode || !hasRole(ctx.actor, 'director')) return false;
  const directorate = await findDirectorateByCode(db, ctx, regulation.economicDevelopmentDirectorateCode);
  return Boolean(directorate && isDirectorOf(ctx.actor, await positionsOf(db, ctx), directorate.id));
}

export async function assertManagesSites(db: Db, ctx: Ctx, kind: SiteKind) {
  if (!(await canManageSites(db, ctx, kind)))
    throw forbidden(kind === 'municipal' ? 'Le sedi comunali le gestisce la Direzione Demanio (Facilities)' : 'Le sedi non comunali le gestiscono le Risorse umane e lo Sviluppo economico');
}

/** Art. 14 — the register of equipment is IT's. */
export function assertIt(ctx: Ctx) {
  if (!hasRole(ctx.actor, 'it')) throw forbidden('Il registro delle dotazioni è dei Sistemi informativi');
}

export function assertEmployee(ctx: Ctx): string {
  if (!ctx.actor.employeeId) throw forbidden('Operazione riservata ai dipendenti');
  return ctx.actor.employeeId;
}
