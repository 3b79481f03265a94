import type { Actor } from '../../../platform/actor.js';
import { systemActor } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { dummyHash, verifyPassword } from '../../../platform/auth/passwords.js';
import { closeSession, openSession, type OpenedSession } from '../../../platform/auth/sessions.js';
import type { Clock } from '../../../platform/clock.js';
import type { Engine } from '../../../platform/db/engine.js';
import { DomainError } from '../../../platform/errors.js';
import { getEmployee } from '../repositories/employees.js';
import { getOrganization, listOrganizations } from '../repositories/organizations.js';
import { findUsersByUsername, updateUser, type UserRow } from '../repositories/users.js';

export interface AuthDeps {
  engine: Engine;
  clock: Clock;
  sessionTtlMinutes: number;
}

const badCredentials = () => new DomainError('INVALID_CREDENTIALS', 'Nome utente o password non corretti');

/** Picks the account: usernames are unique within an organization, so several tenants may share one. */
async function pickUser(deps: AuthDeps, username: string, organization?: string): Promise<UserRow | null> {
  const candidates = (await findUsersByUsername(deps.engine.db, username)).filter((u) => u.active);
  if (!organization) {
    if (candidates.length > 1)
      throw new DomainError('ORGANIZATION_REQUIRED', 'Questo nome utente esiste in più enti: indica il codice fiscale dell’ente', 'organization');
    return candidates[0] ?? null;
  }
  const orgs = await listOrganizations(deps.engine.db);
  const org = orgs.find((o) => o.fiscalCode === organization || o.organizationId === organization);
  return candidates.find((u) => u.organizationId === org?.organizationId) ?? null;
}

export async function login(deps: AuthDeps, input: { username: string; password: string; organization?: string }, requestId: string): Promise<OpenedSession & { user: UserRow }> {
  const user = await pickUser(deps, input.username, input.organization);
  if (!user || !user.passwordHash) {
    await verifyPassword(await dummyHash(), input.password);
    throw badCredentials();
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) throw badCredentials();
  return { ...(await signIn(deps, user, requestId, null)), user };
}

/** Opens the session, stamps the last sign-in and records it, in one transaction. */
function signIn(deps: AuthDeps, user: UserRow, requestId: string, via: string | null): Promise<OpenedSession> {
  return deps.engine.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const session = await openSession(tx, user.organizationId, user.id, now, deps.sessionTtlMinutes);
    await updateUser(tx, user.organizationId, user.id, { lastLoginAt: now }, now);
    const actor: Actor = { ...systemActor(user.organizationId, via ?? 'auth'), userId: user.id, username: user.username };
    await audit(tx, { organizationId: user.organizationId, actor, clock: deps.clock, engine: deps.engine, requestId }, {
      action: 'user.signed_in', entity: 'user', entityId: user.id, reason: via,
    });
    return session;
  });
}

export async function logout(deps: AuthDeps, cookieValue: string | undefined): Promise<void> {
  if (cookieValue) await closeSession(deps.engine.db, cookieValue);
}

export async function whoAmI(deps: AuthDeps, actor: Actor, csrfToken: string) {
  const [organization, employee] = await Promise.all([
    getOrganization(deps.engine.db, actor.organizationId),
    actor.employeeId ? getEmployee(deps.engine.db, actor.organizationId, actor.employeeId) : null,
  ]);
  return {
    user: { id: actor.userId!, username: actor.username, roles: [...actor.roles], employeeId: actor.employeeId },
    employee: employee ? { id: employee.id, firstName: employee.firstName, lastName: employee.lastName, unitId: employee.unitId, unitName: employee.unitName, directorateId: employee.directorateId, directorateName: employee.directorateName } : null,
    organization: { id: actor.organizationId, name: organization?.name ?? '' },
    csrfToken,
    today: deps.clock.today(),
  };
}

/**
 * Single sign-on: the identity provider has proved who the person is; the active local account
 * with that username (in OIDC_ORGANIZATION when set) says what they may do.
 */
export async function loginWithOidc(deps: AuthDeps, username: string, organizationFiscalCode: string | undefined, requestId: string): Promise<OpenedSession> {
  const organizations = await listOrganizations(deps.engine.db);
  const candidates = (await findUsersByUsername(deps.engine.db, username)).filter(
    (u) => u.active && (!organizationFiscalCode || organizations.some((o) => o.organizationId === u.organizationId && o.fiscalCode === organizationFiscalCode)),
  );
  if (candidates.length !== 1) throw new DomainError('FORBIDDEN', `Nessun account Agile PA abilitato per "${username}"`);
  return signIn(deps, candidates[0]!, requestId, 'oidc');
}

/** The organization's name for the sign-in page, when the installation serves only one. */
export async function soleOrganizationName(engine: Engine): Promise<string | null> {
  const organizations = await listOrganizations(engine.db);
  return organizations.length === 1 ? organizations[0]!.name : null;
}
