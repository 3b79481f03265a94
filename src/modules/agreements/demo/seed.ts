import { systemActor } from '../../../platform/actor.js';
import { auditMany, type AuditEntry } from '../../../platform/audit.js';
import type { Clock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { addDays, addMonths } from '../../../platform/dates.js';
import type { Engine } from '../../../platform/db/engine.js';
import { Random } from '../../../platform/random.js';
import { MILAN_REGULATION } from '../../organization/domain/regulation.js';
import { DEMO_DIRECTORATES } from '../../organization/demo/directorates.js';
import { employeeRoster } from '../../organization/services/employees.js';
import { employeeIdsOfUsernames } from '../../organization/services/users.js';
import { defaultBand, latestEndDate, requiredSigners, startDateAfter } from '../domain/agreement.js';
import { proposedQuota } from '../domain/quota.js';
import { isRemotable } from '../domain/remotability.js';
import { insertActivities, insertEmployeeActivities, type ActivityValues } from '../repositories/activities.js';
import { insertAgreements, insertSignatures, type AgreementValues } from '../repositories/agreements.js';
import { insertApplications, linkApplicationsToAgreements, type ApplicationValues } from '../repositories/applications.js';
import { DEFAULT_OPERATIONAL_MODE } from '../services/applications.js';
import { DEMO_OBJECTIVES, ON_SITE_ACTIVITIES, REFUSAL_REASONS, REMOTABLE_ACTIVITIES, WITHDRAWAL_REASONS, onSiteChecklist, remotableChecklist } from './catalogue.js';

const FULL_SIZE = 14_000;
const SHARES = [30, 40, 50, 60, 60, 70, 80, 80, 100, 100];
type Fate = 'submitted' | 'refused' | 'draft' | 'awaiting_signatures' | 'signed' | 'active' | 'withdrawn' | 'lapsed' | 'revoked' | 'expired';
/** How a few hundred demo applications end up: every state, most agreements active. */
const FATES: [Fate, number][] = [['active', 40], ['submitted', 10], ['refused', 5], ['draft', 5], ['awaiting_signatures', 5], ['signed', 6], ['withdrawn', 4], ['lapsed', 3], ['revoked', 3], ['expired', 4]];

/**
 * The agreements part of "Comune di Milano (demo)": a remotable-activity mapping for the current
 * and the previous year whose contingents match Tabella B directorate by directorate (scaled
 * with the demo's size), and applications and agreements in every state.
 */
export async function seedAgreementsDemo(engine: Engine, clock: Clock, organizationId: string): Promise<{ activities: number; potential: number; agreements: number; applications: number }> {
  const random = new Random(20211);
  const today = clock.today();
  const year = Number(today.slice(0, 4));
  const ctx: Ctx = { organizationId, actor: systemActor(organizationId, 'demo'), clock, engine };
  const result = await engine.db.transaction(async (tx) => {
    const people = await employeeRoster(tx, ctx);
    const scale = Math.min(1, people.length / FULL_SIZE);
    const accounts = await employeeIdsOfUsernames(tx, organizationId, ['hr', ...DEMO_DIRECTORATES.flatMap((_d, i) => { const nn = String(i + 1).padStart(2, '0'); return [`director${nn}`, `manager${nn}`, `employee${nn}a`, `employee${nn}b`]; })]);
    const keep = new Set(accounts.values());
    const freeToApply = new Set(DEMO_DIRECTORATES.map((_d, i) => accounts.get(`employee${String(i + 1).padStart(2, '0')}a`)).filter(Boolean));

    const units = [...new Set(people.map((p) => p.unitId))];
    const activityValues: ActivityValues[] = [];
    for (const y of [year - 1, year]) {
      units.forEach((unitId, i) => {
        for (const name of [REMOTABLE_ACTIVITIES[i % REMOTABLE_ACTIVITIES.length]!, REMOTABLE_ACTIVITIES[(i + 3) % REMOTABLE_ACTIVITIES.length]!]) {
          const checklist = remotableChecklist();
          activityValues.push({ unitId, year: y, name, description: '', ...checklist, overrideRemotable: null, overrideReason: null, remotable: isRemotable({ ...checklist, override: null }) });
        }
        const onSite = ON_SITE_ACTIVITIES[i % ON_SITE_ACTIVITIES.length]!;
        const checklist = onSiteChecklist(onSite.exclusion);
        activityValues.push({ unitId, year: y, name: onSite.name, description: '', ...checklist, overrideRemotable: null, overrideReason: null, remotable: false });
      });
    }
    const activities = await insertActivities(tx, organizationId, activityValues);
    const byUnit = (y: number, unitId: string) => activities.filter((a) => a.year === y && a.unitId === unitId);

    const shares: { employeeId: string; activityId: string; share: number }[] = [];
    const potential = new Map<string, { share: number; activityId: string }>();
    for (const d of DEMO_DIRECTORATES) {
      const staff = people.filter((p) => p.directorateCode === d.code);
      const wanted = Math.min(staff.length, Math.round(d.potentialAgileWorkers * scale));
      const ordered = [...staff.filter((p) => keep.has(p.id)), ...random.shuffle(staff.filter((p) => !keep.has(p.id)))];
      ordered.forEach((p, i) => {
        for (const y of [year - 1, year]) {
          const [remoteA, remoteB, onSite] = byUnit(y, p.unitId);
          // Last year's mapping had slightly fewer potential agile workers: the plan's annual update grew it.
          const isPotential = y === year ? i < wanted : i < Math.round(wanted * 0.94);
          if (!isPotential) {
            shares.push({ employeeId: p.id, activityId: onSite!.id, share: 100 });
            continue;
          }
          const share = SHARES[(i + y) % SHARES.length]!;
          const main = i % 3 === 0 ? remoteB! : remoteA!;
          shares.push({ employeeId: p.id, activityId: main.id, share });
          if (share < 100) shares.push({ employeeId: p.id, activityId: onSite!.id, share: 100 - share });
          if (y === year) potential.set(p.id, { share, activityId: main.id });
        }
      });
    }
    await insertEmployeeActivities(tx, organizationId, shares);

    const candidates = people.filter((p) => potential.has(p.id) && !freeToApply.has(p.id) && p.role !== 'director' && (p.contractType === 'permanent' ? !p.probationEnd || p.probationEnd < today : Boolean(p.contractEnd && p.contractEnd > addMonths(today, 6))));
    const total = Math.max(FATES.length * 2, Math.round(600 * scale));
    const weights = FATES.reduce((s, [, w]) => s + w, 0);
    const showcase = new Set([...accounts.entries()].filter(([u]) => /^employee\d{2}b$/.test(u)).map(([, id]) => id));
    const chosen = [...candidates.filter((p) => showcase.has(p.id)), ...random.shuffle(candidates.filter((p) => !showcase.has(p.id)))].slice(0, total);
    const fates: Fate[] = chosen.map((_p, i) => {
      let x = ((i * 7919) % weights) + 0;
      for (const [fate, w] of FATES) { if (x < w) return fate; x -= w; }
      return 'active';
    });
    // The second demo employee of each directorate has an active agreement to show.
    for (const [i, p] of chosen.entries()) if (showcase.has(p.id)) fates[i] = 'active';

    const applications: ApplicationValues[] = chosen.map((p, i) => {
      const fate = fates[i]!;
      const mapped = potential.get(p.id)!;
      const submittedOn = fate === 'submitted' ? addDays(today, -random.int(0, 20)) : signingDate(fate, today, random);
      const decided = fate !== 'submitted';
      const quota = Math.max(1, proposedQuota(MILAN_REGULATION, mapped.share));
      return {
        employeeId: p.id, directorateId: p.directorateId, year, activityIds: [mapped.activityId], plan: 'Svolgimento da remoto delle attività istruttorie e di redazione degli atti assegnati, con verifica mensile dei risultati.',
        objectives: [DEMO_OBJECTIVES[i % DEMO_OBJECTIVES.length]!], requestedDaysPerMonth: Math.min(10, quota + random.int(0, 2)), remotableShare: mapped.share, proposedQuota: proposedQuota(MILAN_REGULATION, mapped.share),
        status: fate === 'submitted' ? 'submitted' : fate === 'refused' ? 'refused' : 'approved', managerOpinion: decided || random.chance(0.5) ? (fate === 'refused' ? 'unfavourable' : 'favourable') : null,
        managerOpinionNote: null, managerOpinionBy: null, decidedBy: null, decidedAt: decided ? new Date(`${addDays(submittedOn, 5)}T10:00:00Z`) : null,
        decisionReason: fate === 'refused' ? REFUSAL_REASONS[i % REFUSAL_REASONS.length]! : null, monthlyQuota: decided && fate !== 'refused' ? quota : null, agreementId: null,
        submittedAt: new Date(`${addDays(submittedOn, -10)}T09:00:00Z`),
      };
    });
    const savedApplications = await insertApplications(tx, organizationId, applications);

    const agreementRows: { value: AgreementValues; signedOn: string | null; index: number }[] = [];
    chosen.forEach((p, i) => {
      const fate = fates[i]!;
      if (fate === 'submitted' || fate === 'refused') return;
      const signedOn = fate === 'draft' || fate === 'awaiting_signatures' ? null : signingDate(fate, today, random);
      const startDate = signedOn ? startDateAfter(signedOn) : null;
      const endDate = latestEndDate(signedOn ?? today, MILAN_REGULATION);
      const band = defaultBand(p.role === 'senior_officer', MILAN_REGULATION);
      const ended = fate === 'withdrawn' || fate === 'lapsed' || fate === 'revoked';
      const terminationDate = ended && startDate ? (fate === 'revoked' ? addMonths(startDate, 7) : addDays(startDate, random.int(40, 200))) : null;
      agreementRows.push({
        index: i,
        signedOn,
        value: {
          employeeId: p.id, directorateId: p.directorateId, applicationId: savedApplications[i]!.id, previousAgreementId: null, applicantRole: p.role,
          status: fate, monthlyQuota: applications[i]!.monthlyQuota ?? 4, bandStart: band.start, bandEnd: band.end, operationalMode: DEFAULT_OPERATIONAL_MODE,
          equipment: { ownDevices: i % 5 === 0, supplied: i % 5 === 0 ? [] : ['Notebook', 'Licenza desktop virtuale'], notes: '' },
          objectives: applications[i]!.objectives, otherTerms: '', endDate, startDate, lastSignedOn: signedOn, requiredSigners: requiredSigners(p.role),
          terminationKind: ended ? fate : null, terminationDate: terminationDate && terminationDate < today ? terminationDate : ended ? addDays(today, -1) : null,
          terminationReason: fate === 'withdrawn' ? WITHDRAWAL_REASONS[i % 2]! : fate === 'lapsed' ? 'Trasferimento ad altra Direzione (art. 9.3)' : fate === 'revoked' ? 'Nessuna giornata richiesta per 6 mesi (art. 9.4)' : null,
          terminatedBy: fate === 'withdrawn' ? (i % 2 ? 'employer' : 'employee') : ended ? 'system' : null,
        },
      });
    });
    const saved = await insertAgreements(tx, organizationId, agreementRows.map((r) => r.value));
    await linkApplicationsToAgreements(tx, organizationId);
    const signatures = saved.flatMap((a, k) => {
      const row = agreementRows[k]!;
      const signers = a.status === 'draft' ? [] : a.status === 'awaiting_signatures' ? (a.requiredSigners as string[]).slice(0, 1 + (k % 2)) : (a.requiredSigners as string[]);
      const on = row.signedOn ?? addDays(today, -2);
      return signers.map((role, n) => ({ agreementId: a.id, signerRole: role, userId: null, signerName: role === 'employee' ? 'Firma del lavoratore' : role === 'director' ? 'Direttore di Direzione' : 'Direzione Organizzazione e Risorse Umane', signedAt: new Date(`${addDays(on, n - signers.length + 1)}T11:00:00Z`) }));
    });
    await insertSignatures(tx, organizationId, signatures);
    const entries: AuditEntry[] = saved.flatMap((a) => [
      { action: 'agreement.created', entity: 'agreement', entityId: a.id, after: { status: 'draft' } },
      ...(a.lastSignedOn ? [{ action: 'agreement.signed', entity: 'agreement', entityId: a.id, after: { status: 'signed', startDate: a.startDate } }] : []),
      ...(a.terminationKind ? [{ action: `agreement.${a.terminationKind}`, entity: 'agreement', entityId: a.id, after: { status: a.terminationKind }, reason: a.terminationReason }] : []),
    ]);
    await auditMany(tx, ctx, entries);
    return { activities: activities.length, potential: potential.size, agreements: saved.length, applications: savedApplications.length };
  });
  await engine.exec('ANALYZE');
  return result;
}

/** When the last signature of a demo agreement was given, by the state it is in today. */
function signingDate(fate: Fate, today: string, random: Random): string {
  const monthStart = `${today.slice(0, 7)}-01`;
  switch (fate) {
    case 'signed':
      return addDays(monthStart, random.int(0, Math.max(0, Number(today.slice(8, 10)) - 1)));
    case 'expired':
      return addDays(addMonths(today, -36), -random.int(10, 200));
    case 'revoked':
      return addDays(addMonths(today, -9), -random.int(0, 120));
    default:
      return addDays(addMonths(monthStart, -1), -random.int(0, 700));
  }
}
