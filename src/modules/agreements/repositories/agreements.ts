import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../../platform/db/engine.js';
import { agreementAnnexes, agreementSignatures, agreements } from '../../../db/schema/index.js';

export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementValues = Omit<AgreementRow, 'organizationId' | 'id' | 'createdAt' | 'updatedAt'>;
export type SignatureRow = typeof agreementSignatures.$inferSelect;

export async function insertAgreement(db: Db, organizationId: string, v: AgreementValues) {
  const [row] = await db.insert(agreements).values({ organizationId, ...v }).returning();
  return row!;
}

export async function getAgreement(db: Db, organizationId: string, id: string, forUpdate = false): Promise<AgreementRow | null> {
  const q = db.select().from(agreements).where(and(eq(agreements.organizationId, organizationId), eq(agreements.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function updateAgreement(db: Db, organizationId: string, id: string, v: Partial<AgreementValues>, now: Date) {
  const [row] = await db.update(agreements).set({ ...v, updatedAt: now }).where(and(eq(agreements.organizationId, organizationId), eq(agreements.id, id))).returning();
  return row!;
}

export interface AgreementFilter {
  statuses?: string[];
  employeeId?: string;
  employeeIds?: string[];
  directorateIds?: string[];
  endingBy?: string;
  startedBy?: string;
  inactiveSinceBy?: string;
}

export async function listAgreements(db: Db, organizationId: string, f: AgreementFilter, limit: number, offset: number) {
  const parts: SQL[] = [eq(agreements.organizationId, organizationId)];
  if (f.statuses) parts.push(inArray(agreements.status, f.statuses));
  if (f.employeeId) parts.push(eq(agreements.employeeId, f.employeeId));
  if (f.employeeIds) parts.push(f.employeeIds.length ? inArray(agreements.employeeId, f.employeeIds) : sql`false`);
  if (f.directorateIds) parts.push(f.directorateIds.length ? inArray(agreements.directorateId, f.directorateIds) : sql`false`);
  if (f.endingBy) parts.push(sql`${agreements.endDate} <= ${f.endingBy}`);
  if (f.startedBy) parts.push(sql`${agreements.startDate} <= ${f.startedBy}`);
  // Art. 9.4 — and no agile day asked for since then.
  if (f.inactiveSinceBy)
    parts.push(sql`NOT EXISTS (SELECT 1 FROM agile_days d WHERE d.organization_id = ${agreements.organizationId} AND d.agreement_id = ${agreements.id}
      AND (d.requested_at AT TIME ZONE 'Europe/Rome')::date > ${f.inactiveSinceBy})`);
  const where = and(...parts);
  const [rows, [count]] = await Promise.all([
    db.select().from(agreements).where(where).orderBy(f.endingBy ? asc(agreements.endDate) : desc(agreements.updatedAt)).limit(limit).offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(agreements).where(where),
  ]);
  return { rows, total: Number(count?.n ?? 0) };
}

/** Agreements of an employee that still run on `date` (signed or active, not yet ended). */
export async function runningAgreementsOf(db: Db, organizationId: string, employeeId: string) {
  return db
    .select()
    .from(agreements)
    .where(and(eq(agreements.organizationId, organizationId), eq(agreements.employeeId, employeeId), inArray(agreements.status, ['draft', 'awaiting_signatures', 'signed', 'active'])))
    .for('update');
}

export async function signaturesOf(db: Db, organizationId: string, agreementId: string): Promise<SignatureRow[]> {
  return db.select().from(agreementSignatures).where(and(eq(agreementSignatures.organizationId, organizationId), eq(agreementSignatures.agreementId, agreementId))).orderBy(asc(agreementSignatures.signedAt));
}

export async function insertSignature(db: Db, organizationId: string, v: Omit<SignatureRow, 'organizationId'>) {
  await db.insert(agreementSignatures).values({ organizationId, ...v });
}

export async function annexesOf(db: Db, organizationId: string) {
  return db.select().from(agreementAnnexes).where(eq(agreementAnnexes.organizationId, organizationId));
}

export async function upsertAnnex(db: Db, organizationId: string, kind: string, title: string, body: string, now: Date) {
  await db
    .insert(agreementAnnexes)
    .values({ organizationId, kind, title, body, updatedAt: now })
    .onConflictDoUpdate({ target: [agreementAnnexes.organizationId, agreementAnnexes.kind], set: { title, body, updatedAt: now } });
}

/** Art. 9.4 — the date of the last agile day asked for under each agreement (any outcome). */
export async function lastRequestDates(db: Db, organizationId: string, agreementIds: string[]): Promise<Map<string, string>> {
  if (!agreementIds.length) return new Map();
  const rows = await rowsOf<{ agreement_id: string; last: string }>(db, sql`
    SELECT agreement_id, max((requested_at AT TIME ZONE 'Europe/Rome')::date)::text AS last FROM agile_days
    WHERE organization_id = ${organizationId} AND agreement_id = ANY(${sql.param(agreementIds)}::uuid[]) GROUP BY agreement_id`);
  return new Map(rows.map((r) => [r.agreement_id, r.last]));
}

/** Running agreements whose status may have moved by `today`: started, expired, or terminated. */
export async function dueForStatusChange(db: Db, organizationId: string, today: string): Promise<AgreementRow[]> {
  return db
    .select()
    .from(agreements)
    .where(
      and(
        eq(agreements.organizationId, organizationId),
        inArray(agreements.status, ['signed', 'active']),
        sql`((${agreements.status} = 'signed' AND ${agreements.startDate} <= ${today}) OR ${agreements.endDate} < ${today} OR ${agreements.terminationDate} <= ${today})`,
      ),
    );
}

export async function insertAgreements(db: Db, organizationId: string, list: AgreementValues[]) {
  const out: AgreementRow[] = [];
  for (let i = 0; i < list.length; i += 300) out.push(...(await db.insert(agreements).values(list.slice(i, i + 300).map((v) => ({ organizationId, ...v }))).returning()));
  return out;
}

export async function insertSignatures(db: Db, organizationId: string, rows: Omit<SignatureRow, 'organizationId'>[]) {
  for (let i = 0; i < rows.length; i += 1000) await db.insert(agreementSignatures).values(rows.slice(i, i + 1000).map((r) => ({ organizationId, ...r })));
}
