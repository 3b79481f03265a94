import type { z } from 'zod';
import type { applicationCreate, applicationQuery, decisionBody, opinionBody } from '../../../contracts/agreements.js';
import { hasRole } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { transaction, type Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { DomainError, forbidden, notFound } from '../../../platform/errors.js';
import { loadEmployee } from '../../organization/services/employees.js';
import { positionsOf } from '../../organization/services/scope.js';
import { regulationFor } from '../../organization/services/settings.js';
import { defaultBand, latestEndDate, requiredSigners } from '../domain/agreement.js';
import { eligibility } from '../domain/eligibility.js';
import { assertQuota, proposedQuota } from '../domain/quota.js';
import { remotableShare } from '../domain/remotability.js';
import { isDirectorOf, isManagerOf } from '../policy.js';
import { employeeActivitiesOf, getActivities } from '../repositories/activities.js';
import * as agreementsRepo from '../repositories/agreements.js';
import * as repo from '../repositories/applications.js';
import { assertVisible, visibleScope } from './access.js';
import { currentYear } from './activities.js';

export const DEFAULT_OPERATIONAL_MODE =
  'Prestazione resa per giornate intere (art. 7.5), richieste di norma con almeno 3 giorni di anticipo al proprio responsabile (art. 10.1) e svolte nella fascia oraria 7–21 (art. 11.4), con la fascia di compresenza indicata; le attività della giornata sono concordate alla richiesta e verificate dal responsabile (art. 11.2, 19).';

async function toOut(db: Db, ctx: Ctx, a: repo.ApplicationRow) {
  const [employee, activities] = await Promise.all([loadEmployee(db, ctx, a.employeeId), getActivities(db, ctx.organizationId, a.activityIds)]);
  return {
    id: a.id, status: a.status as 'submitted', employeeId: a.employeeId, employeeName: `${employee.lastName} ${employee.firstName}`,
    directorateId: a.directorateId, year: a.year, activityIds: a.activityIds,
    activities: activities.map((x) => ({ id: x.id, name: x.name, remotable: x.remotable })),
    plan: a.plan, objectives: a.objectives, requestedDaysPerMonth: a.requestedDaysPerMonth, remotableShare: a.remotableShare, proposedQuota: a.proposedQuota,
    managerOpinion: a.managerOpinion ? { opinion: a.managerOpinion as 'favourable', note: a.managerOpinionNote } : null,
    decision: a.decidedAt ? { at: a.decidedAt.toISOString(), reason: a.decisionReason, monthlyQuota: a.monthlyQuota } : null,
    agreementId: a.agreementId, submittedAt: a.submittedAt.toISOString(),
  };
}

/** Art. 4, 6.1, 20 — an employee applies, voluntarily, citing remotable activities of their mapping. */
export async function submitApplication(ctx: Ctx, input: z.infer<typeof applicationCreate>) {
  if (ctx.actor.employeeId !== input.employeeId) throw forbidden('La richiesta di adesione è personale e volontaria: puoi presentarla solo per te (art. 6.1)');
  return transaction(ctx, async (tx) => {
    const employee = await loadEmployee(tx, ctx, input.employeeId);
    const { regulation } = await regulationFor(tx, ctx.organizationId);
    const today = ctx.clock.today();
    const verdict = eligibility(employee.contract, employee.role, today, regulation);
    if (!verdict.eligible) throw new DomainError('NOT_ELIGIBLE', verdict.reason, 'employeeId');
    const year = currentYear(ctx);
    const mapping = await employeeActivitiesOf(tx, ctx.organizationId, employee.id, year);
    const cited = mapping.filter((m) => input.activityIds.includes(m.activityId));
    // Art. 6.1 — the application must relate to remotable activities already mapped for the employee.
    if (!cited.some((c) => c.remotable) || cited.length !== new Set(input.activityIds).size)
      throw new DomainError('NO_REMOTABLE_ACTIVITY', 'Indica almeno un’attività lavorabile da remoto tra quelle che ti sono assegnate nella mappatura dell’anno (art. 6.1)', 'activityIds');
    const open = await repo.listApplications(tx, ctx.organizationId, { employeeId: employee.id, status: 'submitted' }, 1, 0);
    if (open.total) throw new DomainError('CONFLICT', 'Hai già una richiesta in attesa di decisione', 'employeeId');
    const running = await agreementsRepo.runningAgreementsOf(tx, ctx.organizationId, employee.id);
    if (running.some((r) => !r.terminationKind)) throw new DomainError('CONFLICT', 'Hai già un accordo di lavoro agile in corso', 'employeeId');
    const share = remotableShare(mapping);
    const row = await repo.insertApplication(tx, ctx.organizationId, {
      employeeId: employee.id, directorateId: employee.directorateId, year, activityIds: input.activityIds, plan: input.plan, objectives: input.objectives ?? [],
      requestedDaysPerMonth: input.requestedDaysPerMonth, remotableShare: share, proposedQuota: proposedQuota(regulation, share),
      status: 'submitted', managerOpinion: null, managerOpinionNote: null, managerOpinionBy: null, decidedBy: null, decidedAt: null,
      decisionReason: null, monthlyQuota: null, agreementId: null, submittedAt: ctx.clock.now(),
    });
    await audit(tx, ctx, { action: 'application.submitted', entity: 'application', entityId: row.id, after: row });
    return { id: row.id, status: 'submitted' as const, proposedQuota: row.proposedQuota, remotableShare: share };
  });
}

export async function listApplications(ctx: Ctx, q: z.infer<typeof applicationQuery>) {
  const db = ctx.engine.db;
  const scope = await visibleScope(db, ctx);
  const filter = { status: q.status, directorateId: q.directorateId, employeeId: q.employeeId, ...(scope === 'all' ? {} : scope) };
  const { rows, total } = await repo.listApplications(db, ctx.organizationId, filter, q.pageSize, (q.page - 1) * q.pageSize);
  return { items: await Promise.all(rows.map((r) => toOut(db, ctx, r))), total, page: q.page, pageSize: q.pageSize };
}

export async function getApplication(ctx: Ctx, id: string) {
  const db = ctx.engine.db;
  const row = await repo.getApplication(db, ctx.organizationId, id);
  if (!row) throw notFound('Richiesta di adesione');
  await assertVisible(db, ctx, row);
  return toOut(db, ctx, row);
}

/** Art. 6.2a — the employee's manager gives the director an opinion. */
export async function giveOpinion(ctx: Ctx, id: string, input: z.infer<typeof opinionBody>) {
  return transaction(ctx, async (tx) => {
    const row = await repo.getApplication(tx, ctx.organizationId, id, true);
    if (!row) throw notFound('Richiesta di adesione');
    const employee = await loadEmployee(tx, ctx, row.employeeId);
    if (!isManagerOf(ctx.actor, await positionsOf(tx, ctx), employee.unitId) || ctx.actor.employeeId === row.employeeId) throw forbidden('Il parere spetta al dirigente dell’unità del richiedente (art. 6.2)');
    if (row.status !== 'submitted') throw new DomainError('INVALID_STATE', 'La richiesta è già stata decisa', 'status');
    const after = await repo.updateApplication(tx, ctx.organizationId, id, { managerOpinion: input.opinion, managerOpinionNote: input.note ?? null, managerOpinionBy: ctx.actor.userId }, ctx.clock.now());
    await audit(tx, ctx, { action: 'application.opinion', entity: 'application', entityId: id, before: { managerOpinion: row.managerOpinion }, after: { managerOpinion: after.managerOpinion, note: after.managerOpinionNote } });
    return toOut(tx, ctx, after);
  });
}

/**
 * Art. 6.2–6.3, 20.2 — the director of the applicant's directorate decides (for a director,
 * HR); a refusal states its reason; on approval the director fixes the monthly quota within the
 * maximum, and the agreement draft is created.
 */
export async function decideApplication(ctx: Ctx, id: string, input: z.infer<typeof decisionBody>) {
  return transaction(ctx, async (tx) => {
    const row = await repo.getApplication(tx, ctx.organizationId, id, true);
    if (!row) throw notFound('Richiesta di adesione');
    const employee = await loadEmployee(tx, ctx, row.employeeId);
    const deciderIsHr = employee.role === 'director' && hasRole(ctx.actor, 'hr');
    if (ctx.actor.employeeId === row.employeeId || (!deciderIsHr && !isDirectorOf(ctx.actor, await positionsOf(tx, ctx), row.directorateId)))
      throw forbidden('Decide il Direttore della Direzione del richiedente (art. 6.2, 20.2)');
    if (row.status !== 'submitted') throw new DomainError('INVALID_STATE', 'La richiesta è già stata decisa', 'status', undefined, { status: row.status });
    const now = ctx.clock.now();
    if (input.decision === 'refuse') {
      if (!input.reason?.trim()) throw new DomainError('REASON_REQUIRED', 'Il diniego deve essere motivato (art. 6.3)', 'reason');
      const after = await repo.updateApplication(tx, ctx.organizationId, id, { status: 'refused', decidedBy: ctx.actor.userId, decidedAt: now, decisionReason: input.reason.trim() }, now);
      await audit(tx, ctx, { action: 'application.refused', entity: 'application', entityId: id, before: { status: row.status }, after: { status: after.status }, reason: after.decisionReason });
      return { id, status: 'refused' as const, agreementId: null };
    }
    const { regulation } = await regulationFor(tx, ctx.organizationId);
    const quota = input.monthlyQuota ?? row.proposedQuota;
    assertQuota(quota, regulation);
    const senior = employee.role === 'senior_officer';
    const agreement = await agreementsRepo.insertAgreement(tx, ctx.organizationId, {
      employeeId: row.employeeId, directorateId: row.directorateId, applicationId: row.id, previousAgreementId: null, applicantRole: employee.role,
      status: 'draft', monthlyQuota: quota, ...(() => { const b = defaultBand(senior, regulation); return { bandStart: b.start, bandEnd: b.end }; })(),
      operationalMode: DEFAULT_OPERATIONAL_MODE, equipment: { ownDevices: false, supplied: [], notes: '' },
      objectives: row.objectives, otherTerms: '', endDate: latestEndDate(ctx.clock.today(), regulation), startDate: null,
      lastSignedOn: null, requiredSigners: requiredSigners(employee.role), terminationKind: null, terminationDate: null, terminationReason: null, terminatedBy: null,
    });
    await repo.updateApplication(tx, ctx.organizationId, id, { status: 'approved', decidedBy: ctx.actor.userId, decidedAt: now, decisionReason: input.reason?.trim() || null, monthlyQuota: quota, agreementId: agreement.id }, now);
    await audit(tx, ctx, { action: 'application.approved', entity: 'application', entityId: id, before: { status: row.status }, after: { status: 'approved', monthlyQuota: quota, agreementId: agreement.id }, reason: input.reason });
    await audit(tx, ctx, { action: 'agreement.created', entity: 'agreement', entityId: agreement.id, after: agreement });
    return { id, status: 'approved' as const, agreementId: agreement.id };
  });
}
