import type { z } from 'zod';
import type { userCreate, userPatch, userQuery } from '../../../contracts/organization.js';
import type { Role } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { hashPassword } from '../../../platform/auth/passwords.js';
import { closeSessionsOfUser } from '../../../platform/auth/sessions.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { DomainError, forbidden, notFound } from '../../../platform/errors.js';
import { can } from '../policy.js';
import * as repo from '../repositories/users.js';
import { employeeExists } from '../repositories/structure.js';
import { authorize } from './structure.js';

type UserOut = {
  id: string; username: string; employeeId: string | null; employeeName: string | null; roles: Role[]; active: boolean; lastLoginAt: string | null;
};

function toOut(u: repo.UserRow, employeeName: string | null): UserOut {
  return { id: u.id, username: u.username, employeeId: u.employeeId, employeeName, roles: u.roles as Role[], active: u.active, lastLoginAt: u.lastLoginAt?.toISOString() ?? null };
}

/** The audit log never holds a password hash. */
const redact = (u: repo.UserRow | null) => (u ? { ...u, passwordHash: u.passwordHash ? '***' : null } : null);

function assertMayGrant(ctx: Ctx, roles: readonly string[] | undefined, current: readonly string[] = []) {
  const touchesAdmin = roles && roles.includes('admin') !== current.includes('admin');
  if (touchesAdmin && !can(ctx.actor, 'users.grantAdmin')) throw forbidden('Solo un amministratore può assegnare o togliere il ruolo admin');
}

async function checkEmployee(tx: Db, ctx: Ctx, employeeId: string | null | undefined) {
  if (employeeId && !(await employeeExists(tx, ctx.organizationId, employeeId)))
    throw new DomainError('VALIDATION_FAILED', 'Dipendente non trovato', 'employeeId', [{ field: 'employeeId', detail: 'Dipendente non trovato' }]);
}

export async function listUsers(ctx: Ctx, q: z.infer<typeof userQuery>) {
  authorize(ctx, 'users.read');
  const { rows, total } = await repo.listUsers(ctx.engine.db, ctx.organizationId, q.q, q.page, q.pageSize);
  return { items: rows.map((r) => toOut(r.u, r.employeeName)), total, page: q.page, pageSize: q.pageSize };
}

export async function createUser(ctx: Ctx, input: z.infer<typeof userCreate>) {
  authorize(ctx, 'users.write');
  assertMayGrant(ctx, input.roles);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return transaction(ctx, async (tx) => {
    if (await repo.usernameTaken(tx, ctx.organizationId, input.username))
      throw new DomainError('DUPLICATE_USERNAME', `Il nome utente "${input.username}" è già in uso`, 'username');
    await checkEmployee(tx, ctx, input.employeeId);
    const row = await repo.insertUser(tx, ctx.organizationId, { username: input.username, passwordHash, employeeId: input.employeeId ?? null, roles: [...new Set(input.roles)] });
    await audit(tx, ctx, { action: 'user.created', entity: 'user', entityId: row.id, after: redact(row) });
    return toOut(row, null);
  });
}

export async function updateUser(ctx: Ctx, id: string, patch: z.infer<typeof userPatch>) {
  authorize(ctx, 'users.write');
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  return transaction(ctx, async (tx) => {
    const before = await repo.getUser(tx, ctx.organizationId, id);
    if (!before) throw notFound('Utente');
    assertMayGrant(ctx, patch.roles, before.roles);
    if (before.roles.includes('admin') && !can(ctx.actor, 'users.grantAdmin')) throw forbidden('Solo un amministratore può modificare un altro amministratore');
    await checkEmployee(tx, ctx, patch.employeeId);
    const after = await repo.updateUser(
      tx,
      ctx.organizationId,
      id,
      { employeeId: patch.employeeId, roles: patch.roles ? [...new Set(patch.roles)] : undefined, active: patch.active, passwordHash },
      ctx.clock.now(),
    );
    // A new password, new roles or a deactivation take effect at once: open sessions close.
    if (passwordHash || patch.roles || patch.active === false) await closeSessionsOfUser(tx, ctx.organizationId, id);
    await audit(tx, ctx, { action: 'user.updated', entity: 'user', entityId: id, before: redact(before), after: redact(after) });
    return toOut(after, null);
  });
}

/** The employees behind some accounts (demo data, notices). */
export async function employeeIdsOfUsernames(db: Db, organizationId: string, usernames: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const username of usernames) {
    const user = (await repo.findUsersByUsername(db, username)).find((u) => u.organizationId === organizationId);
    if (user?.employeeId) found.set(username, user.employeeId);
  }
  return found;
}
