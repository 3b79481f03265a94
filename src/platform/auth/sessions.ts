import crypto from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { sessions } from '../../db/schema/index.js';
import type { Role } from '../actor.js';
import type { Actor } from '../actor.js';
import { rowsOf, type Db } from '../db/engine.js';

export const SESSION_COOKIE = 'agilepa_session';

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export interface OpenedSession {
  cookieValue: string;
  csrfToken: string;
  expiresAt: Date;
}

/** The cookie holds `<organization>.<secret>`; only the secret's hash is stored. */
export async function openSession(db: Db, organizationId: string, userId: string, now: Date, ttlMinutes: number): Promise<OpenedSession> {
  const secret = crypto.randomBytes(32).toString('base64url');
  const csrfToken = crypto.randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMinutes * 60_000);
  await db.insert(sessions).values({ organizationId, id: sha256(secret), userId, csrfToken, createdAt: now, expiresAt });
  // Expired sessions of the same user are swept here rather than by a separate job.
  await db.delete(sessions).where(and(eq(sessions.organizationId, organizationId), eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
  return { cookieValue: `${organizationId}.${secret}`, csrfToken, expiresAt };
}

function parseCookie(value: string): { organizationId: string; id: string } | null {
  const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,100})$/.exec(value);
  return m ? { organizationId: m[1]!, id: sha256(m[2]!) } : null;
}

export interface SessionActor {
  actor: Actor;
  csrfToken: string;
}

export async function actorOfSession(db: Db, cookieValue: string, now: Date): Promise<SessionActor | null> {
  const parsed = parseCookie(cookieValue);
  if (!parsed) return null;
  // Every request asks this: plain SQL, which drizzle builds about nine times faster than its query builder.
  const [row] = await rowsOf<{ csrf_token: string; user_id: string; username: string; roles: string[]; employee_id: string | null }>(
    db,
    sql`SELECT s.csrf_token, u.id AS user_id, u.username, u.roles, u.employee_id
        FROM sessions s JOIN users u ON u.organization_id = s.organization_id AND u.id = s.user_id
        WHERE s.organization_id = ${parsed.organizationId} AND s.id = ${parsed.id} AND s.expires_at > ${now.toISOString()}::timestamptz AND u.active`,
  );
  if (!row) return null;
  return {
    csrfToken: row.csrf_token,
    actor: {
      userId: row.user_id,
      organizationId: parsed.organizationId,
      username: row.username,
      roles: row.roles as Role[],
      employeeId: row.employee_id,
    },
  };
}

export async function closeSession(db: Db, cookieValue: string): Promise<void> {
  const parsed = parseCookie(cookieValue);
  if (parsed) await db.delete(sessions).where(and(eq(sessions.organizationId, parsed.organizationId), eq(sessions.id, parsed.id)));
}

export async function closeSessionsOfUser(db: Db, organizationId: string, userId: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.organizationId, organizationId), eq(sessions.userId, userId)));
}
