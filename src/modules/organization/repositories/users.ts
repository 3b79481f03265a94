import { and, asc, count, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/engine.js';
import { employees, users } from '../../../db/schema/index.js';

export type UserRow = typeof users.$inferSelect;

export async function findUsersByUsername(db: Db, username: string): Promise<UserRow[]> {
  return db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`);
}

export async function getUser(db: Db, organizationId: string, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(and(eq(users.organizationId, organizationId), eq(users.id, id)));
  return row ?? null;
}

export async function usernameTaken(db: Db, organizationId: string, username: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), sql`lower(${users.username}) = lower(${username})`));
  return Boolean(row);
}

export async function listUsers(db: Db, organizationId: string, q: string | undefined, page: number, pageSize: number) {
  const condition = and(eq(users.organizationId, organizationId), q ? like(sql`lower(${users.username})`, `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select({ u: users, employeeName: sql<string | null>`${employees.lastName} || ' ' || ${employees.firstName}` })
      .from(users)
      .leftJoin(employees, and(eq(employees.organizationId, users.organizationId), eq(employees.id, users.employeeId)))
      .where(condition)
      .orderBy(asc(users.username))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(users).where(condition),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function insertUser(db: Db, organizationId: string, v: { username: string; passwordHash: string | null; employeeId: string | null; roles: string[] }) {
  const [row] = await db.insert(users).values({ organizationId, ...v }).returning();
  return row!;
}

export async function insertUsers(db: Db, organizationId: string, list: { username: string; passwordHash: string | null; employeeId: string | null; roles: string[] }[]) {
  for (let i = 0; i < list.length; i += 500) {
    await db.insert(users).values(list.slice(i, i + 500).map((v) => ({ organizationId, ...v })));
  }
}

export async function updateUser(db: Db, organizationId: string, id: string, v: Partial<Pick<UserRow, 'passwordHash' | 'employeeId' | 'roles' | 'active' | 'lastLoginAt'>>, now: Date) {
  const [row] = await db.update(users).set({ ...v, updatedAt: now }).where(and(eq(users.organizationId, organizationId), eq(users.id, id))).returning();
  return row!;
}
