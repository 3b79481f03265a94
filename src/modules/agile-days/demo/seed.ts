import crypto from 'node:crypto';
import { systemActor } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { isoWeekday } from '../../../platform/calendar.js';
import { romeLocalToInstant, type Clock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { addDays, addMonths, daysBetween, firstOfMonth, lastOfMonth, monthOf } from '../../../platform/dates.js';
import type { Db, Engine } from '../../../platform/db/engine.js';
import type { Regulation } from '../../organization/domain/regulation.js';
import { Random } from '../../../platform/random.js';
import { coversDate, type AgreementStatus } from '../../agreements/domain/agreement.js';
import type { WorkPattern } from '../../organization/domain/employee.js';
import { regulationFor } from '../../organization/services/settings.js';
import type { PriorityCriterion } from '../domain/bank.js';
import { isEmployeeWorkingDay } from '../domain/day-request.js';
import { nextAllowedMoment } from '../domain/disconnection.js';
import { coversMonth } from '../domain/extension.js';
import { baseQuota } from '../domain/quota.js';
import { agreementsThatRan, insertBankMonth, insertDays, insertExtensions, insertNotifications, setUnitLimits, type DemoDay, type RanAgreementRow } from '../repositories/demo.js';

const ACTIVITIES = [
  'Istruttoria delle pratiche di contributo assegnate',
  'Redazione di determinazioni dirigenziali e atti di liquidazione',
  'Verifica della documentazione dei bandi in corso',
  'Aggiornamento del registro dei contratti',
  'Analisi dei dati di spesa e report mensile per la Direzione',
  'Risposte alle istanze dei cittadini pervenute via PEC',
  'Studio della normativa e parere istruttorio',
  'Controllo delle rendicontazioni dei progetti PNRR',
  'Aggiornamento della sezione Amministrazione trasparente',
  'Riunioni di coordinamento in videoconferenza e verbali',
  'Revisione dei capitolati e della documentazione di gara',
  'Protocollazione e smistamento della corrispondenza digitale',
];
const REJECTIONS = [
  'Presenza necessaria allo sportello al pubblico in quella data',
  'Riunione in presenza con l’Assessore già convocata',
  'Chiusura dell’assestamento di bilancio: serve la presenza in ufficio',
  'Copertura del servizio insufficiente in quella data',
  'Formazione obbligatoria in aula sulla sicurezza',
];
const REVOCATIONS = [
  'Sopralluogo urgente nel cantiere di competenza',
  'Convocazione straordinaria della Commissione consiliare',
  'Sostituzione di un collega assente allo sportello',
  'Ispezione programmata dell’ufficio',
];
const EXCEPTIONAL = [
  'Sciopero dei mezzi pubblici ATM',
  'Chiusura straordinaria della scuola del figlio',
  'Interruzione della linea ferroviaria per guasto',
  'Visita medica programmata vicino a casa nel primo pomeriggio',
];
const PARTLY = ['Istruttoria avviata, da completare in sede', 'Parte delle pratiche rinviata per documenti mancanti', 'Connessione VPN non disponibile per metà mattina'];
const NOT_DONE = ['Attività non svolta: rientro in sede per un’urgenza', 'Pratiche non lavorate, da riprogrammare'];

const BANK_CRITERIA: PriorityCriterion[] = ['care', 'parenting', 'commute', 'disability'];

/** Art. 11.4 — more people ask for Mondays and Fridays than for the middle of the week. */
const WEEKDAY_WEIGHT = [0, 1, 0.35, 0.3, 0.35, 1];

const EXTENSIONS: { criterion: PriorityCriterion; specialSituation?: string; continuous?: boolean; extra?: number; byHr?: boolean; note: string }[] = [
  { criterion: 'special_situation', specialSituation: 'pregnancy', continuous: true, note: 'Gravidanza certificata dal medico competente, periodo fino al congedo di maternità' },
  { criterion: 'disability', extra: 2, note: 'Disabilità grave riconosciuta (L. 104/1992, art. 3 c. 3), verbale INPS agli atti' },
  { criterion: 'care', extra: 2, note: 'Assistenza al padre convivente con disabilità grave (L. 104/1992)' },
  { criterion: 'parenting', extra: 2, note: 'Figlio di 2 anni, rientro dal congedo parentale' },
  { criterion: 'commute', extra: 1, note: 'Pendolare da Pavia: 48 km e circa 1 h 40 min di viaggio per tratta' },
  { criterion: 'organizational_efficiency', extra: 2, byHr: true, note: 'Lavori nella sede di via Larga: postazioni ridotte fino alla fine del cantiere' },
  { criterion: 'special_situation', specialSituation: 'return_after_illness', extra: 3, note: 'Rientro dopo un lungo periodo di malattia, su indicazione del medico competente' },
  { criterion: 'parenting', extra: 1, note: 'Due figli sotto i 6 anni, uno dei quali con frequenza al nido a tempo ridotto' },
  { criterion: 'care', extra: 1, note: 'Assistenza alla madre non autosufficiente, residente nello stesso comune' },
  { criterion: 'commute', extra: 2, note: 'Residenza a Lodi: 38 km, due cambi di mezzo pubblico' },
  { criterion: 'special_situation', specialSituation: 'lifesaving_therapy', continuous: true, note: 'Terapia salvavita con cicli settimanali presso l’ospedale di zona' },
  { criterion: 'disability', extra: 1, note: 'Invalidità civile al 75 %, difficoltà di deambulazione' },
];

export interface AgileDaysDemoResult {
  days: number;
  extensions: number;
  bankReleases: number;
  bankRequests: number;
  notifications: number;
  limitedUnits: number;
}

interface Plan {
  a: RanAgreementRow;
  pattern: WorkPattern;
  showcase: boolean;
  /** Habit: the share of the quota this person usually takes. */
  usage: number;
}

interface ExtensionPlan {
  employeeId: string;
  from: string;
  to: string;
  extra: number;
  continuous: boolean;
  approved: boolean;
}

/**
 * A year of agile days for the demo's agreements: for each agreement that ran, each month of the
 * last twelve it covered, the current month and the next, days on the holder's working days
 * (more Mondays and Fridays), never above the month's quota; past days mostly approved and
 * verified, future ones pending or approved; a few extensions, the current month's day bank, a
 * rotation limit on a few units, and notifications for the demo accounts. Deterministic.
 */
export async function seedAgileDaysDemo(engine: Engine, clock: Clock, organizationId: string): Promise<AgileDaysDemoResult> {
  const random = new Random(20_260_701);
  const today = clock.today();
  const now = clock.now();
  const thisMonth = monthOf(today);
  const firstMonth = monthOf(addMonths(today, -11));
  const lastMonth = monthOf(addMonths(today, 1));
  const months: string[] = [];
  for (let m = firstMonth; m <= lastMonth; m = monthOf(addMonths(firstOfMonth(m), 1))) months.push(m);
  const ctx: Ctx = { organizationId, actor: systemActor(organizationId, 'demo'), clock, engine };
  // Rome's offset per date, found once (Intl is slow and ~20,000 days need several instants each); hours 07–21 never cross a DST change.
  const offsets = new Map<string, number>();
  const at = (date: string, hhmm: string) => {
    let offset = offsets.get(date);
    if (offset === undefined) offsets.set(date, (offset = Date.parse(`${date}T12:00:00Z`) - romeLocalToInstant(date, '12:00').getTime()));
    return new Date(Date.parse(`${date}T${hhmm}:00Z`) - offset);
  };
  const notAfterNow = (d: Date) => (d.getTime() > now.getTime() ? new Date(now.getTime() - 60_000 * random.int(5, 90)) : d);
  const hhmm = (from: number, to: number) => `${String(random.int(from, to)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;

  const result = await engine.db.transaction(async (tx) => {
    const { regulation, patronDay } = await regulationFor(tx, organizationId);
    const notice = regulation.dayRequestNoticeDays;
    const rows = await agreementsThatRan(tx, organizationId);
    const plans: Plan[] = rows.map((a) => ({
      a,
      pattern: { type: a.work_pattern_type, weekdays: a.weekdays, fullTimeMonths: a.full_time_months } as WorkPattern,
      showcase: /^employee\d{2}b$/.test(a.username ?? ''),
      usage: 0.55 + random.next() * 0.45,
    }));

    // Art. 9.4 — a handful of active agreements that started at least six months ago and have had no
    // day asked for in the last six months (one never had any): HR's list of agreements to revoke.
    const dormant = dormantPlans(plans, today);

    // Extensions (art. 7.2–7.3): a dozen holders of active agreements, none of the demo accounts.
    const activeHolders = random.shuffle(plans.filter((p) => p.a.status === 'active' && !p.showcase && p.a.end_date > addMonths(today, 3))).filter((p) => !dormant.has(p));
    const extensionRows: Parameters<typeof insertExtensions>[2] = [];
    const extensionPlans: ExtensionPlan[] = [];
    EXTENSIONS.forEach((spec, i) => {
      const p = activeHolders[i];
      if (!p) return;
      const status = i % 4 === 3 ? 'requested' : i === 10 ? 'refused' : 'approved';
      const from = spec.continuous ? firstOfMonth(thisMonth) : status === 'requested' ? firstOfMonth(lastMonth) : firstOfMonth(monthOf(addMonths(today, -random.int(1, 6))));
      const to = spec.continuous ? lastOfMonth(lastMonth) : lastOfMonth(monthOf(addMonths(today, random.int(2, 8))));
      const requestedAt = at(addDays(from, -random.int(12, 30)), hhmm(9, 16));
      extensionRows.push({
        employeeId: p.a.employee_id, directorateId: p.a.directorate_id, criterion: spec.criterion, specialSituation: spec.specialSituation ?? null, fromDate: from, toDate: to,
        extraDaysPerMonth: spec.continuous ? null : spec.extra!, continuous: Boolean(spec.continuous), note: spec.note, status, proposedByHr: Boolean(spec.byHr),
        requestedAt: notAfterNow(requestedAt), requestedBy: spec.byHr ? null : p.a.user_id,
        decidedAt: status === 'requested' ? null : notAfterNow(new Date(requestedAt.getTime() + 86_400_000 * random.int(2, 6))), decidedBy: null,
        decisionReason: status === 'refused' ? 'Documentazione sanitaria non allegata: ripresentare la domanda con il certificato' : null,
      });
      if (status === 'approved') extensionPlans.push({ employeeId: p.a.employee_id, from, to, extra: spec.extra ?? 0, continuous: Boolean(spec.continuous), approved: true });
    });
    await insertExtensions(tx, organizationId, extensionRows);

    // The current month's day bank (art. 7.8): releases by a few, requests by others, in four directorates.
    const bankDirectorates = [...new Set(activeHolders.map((p) => p.a.directorate_id))].slice(0, 4);
    const released = new Map<string, number>();
    const bankReleases: Parameters<typeof insertBankMonth>[3] = [];
    const bankRequests: Parameters<typeof insertBankMonth>[4] = [];
    const banks: Parameters<typeof insertBankMonth>[2] = [];
    const usedForBank = new Set(extensionPlans.map((e) => e.employeeId));
    const grantedTo: { employeeId: string; days: number; requestId: number }[] = [];
    for (const directorateId of bankDirectorates) {
      const staff = activeHolders.filter((p) => p.a.directorate_id === directorateId && !usedForBank.has(p.a.employee_id) && baseQuota(p.a.monthly_quota, p.pattern, thisMonth) >= 4);
      const givers = staff.slice(0, 3);
      const askers = staff.slice(3, 6);
      let inBank = 0;
      for (const p of givers) {
        const days = random.int(1, 2);
        released.set(p.a.employee_id, days);
        usedForBank.add(p.a.employee_id);
        inBank += days;
        bankReleases.push({ employeeId: p.a.employee_id, directorateId, month: thisMonth, days, automatic: false, releasedAt: notAfterNow(at(addDays(today, -random.int(1, 12)), hhmm(9, 17))) });
      }
      let granted = 0;
      askers.forEach((p, k) => {
        usedForBank.add(p.a.employee_id);
        const days = random.int(1, 2);
        const grant = k === 0 && inBank - granted >= days;
        const requestedAt = notAfterNow(at(addDays(today, -random.int(1, 6)), hhmm(9, 17)));
        if (grant) {
          granted += days;
          grantedTo.push({ employeeId: p.a.employee_id, days, requestId: bankRequests.length });
        }
        bankRequests.push({
          id: crypto.randomUUID(), employeeId: p.a.employee_id, directorateId, month: thisMonth, days, criterion: BANK_CRITERIA[(k + banks.length) % BANK_CRITERIA.length]!,
          status: grant ? 'granted' : 'requested', grantedDays: grant ? days : 0, requestedAt,
          decidedAt: grant ? notAfterNow(new Date(requestedAt.getTime() + 86_400_000)) : null, decidedBy: null, decisionReason: null,
        });
      });
      if (inBank) banks.push({ directorateId, month: thisMonth, released: inBank, granted, autoReleasedAt: null });
    }
    await insertBankMonth(tx, organizationId, banks, bankReleases, bankRequests);

    // The days.
    const days: DemoDay[] = [];
    const taken = new Map<string, Set<string>>();
    for (const plan of plans) {
      const { a, pattern } = plan;
      const dates = { status: a.status as AgreementStatus, startDate: a.start_date, endDate: a.end_date, terminationKind: a.termination_kind as 'revoked' | null, terminationDate: a.termination_date };
      // Art. 9.4 — an agreement revoked for inactivity had no request in its last six months.
      const lastUsable = a.termination_kind === 'revoked' && a.termination_date ? addDays(addMonths(a.termination_date, -6), -1) : (dormant.get(plan) ?? '9999-12-31');
      const own = taken.get(a.employee_id) ?? new Set<string>();
      taken.set(a.employee_id, own);
      const activities = random.pick(ACTIVITIES);
      for (const month of months) {
        const eligible: string[] = [];
        for (let d = firstOfMonth(month), end = lastOfMonth(month); d <= end; d = addDays(d, 1))
          if (d <= lastUsable && !own.has(d) && coversDate(dates, d) && isEmployeeWorkingDay(d, pattern, patronDay)) eligible.push(d);
        const base = baseQuota(a.monthly_quota, pattern, month);
        if (!eligible.length || base === 0) continue;
        const extra = extensionPlans.filter((e) => e.employeeId === a.employee_id && !e.continuous && coversMonth(e.from, e.to, month)).reduce((s, e) => s + e.extra, 0);
        const continuous = extensionPlans.find((e) => e.employeeId === a.employee_id && e.continuous && coversMonth(e.from, e.to, month));
        let quota = base + extra - (month === thisMonth ? (released.get(a.employee_id) ?? 0) : 0);
        let pool = eligible;
        if (plan.showcase && month >= thisMonth) {
          // The demo accounts keep requestable days: nothing from the notice date on in this month, half the quota next month.
          pool = month === thisMonth ? eligible.filter((d) => daysBetween(today, d) < notice) : eligible;
          quota = month === thisMonth ? Math.min(quota, base - 2) : Math.floor(quota / 2);
        }
        const usage = month === lastMonth ? plan.usage * 0.6 : plan.usage;
        let wanted = Math.max(0, Math.min(quota, Math.round(quota * usage + (random.next() - 0.5))));
        // Art. 7.3 — inside a continuous period most working days are agile and outside the quota.
        const inPeriod = continuous ? pool.filter((d) => d >= continuous.from && d <= continuous.to) : [];
        const chosenFree = inPeriod.filter(() => random.chance(0.7));
        const rest = pool.filter((d) => !inPeriod.includes(d));
        wanted = Math.min(wanted, rest.length);
        const chosen = weightedSample(random, rest, wanted);
        const live = new Set([...chosen, ...chosenFree]);
        for (const d of live) {
          own.add(d);
          days.push(dayOf(d, 'live', !chosenFree.includes(d)));
        }
        // Requests that ended otherwise: rejected, revoked, cancelled (not counted, or given back within the month).
        const others = random.shuffle(pool.filter((d) => !live.has(d)));
        const extraStatuses: ('rejected' | 'revoked' | 'cancelled')[] = [];
        if (random.chance(0.22)) extraStatuses.push('rejected');
        if (random.chance(0.09)) extraStatuses.push('revoked');
        if (random.chance(0.14)) extraStatuses.push('cancelled');
        for (const status of extraStatuses) {
          const d = others.pop();
          if (!d) continue;
          if (plan.showcase && month === thisMonth && daysBetween(today, d) >= notice) continue;
          own.add(d);
          days.push(dayOf(d, status, true));
        }
      }

      function dayOf(d: string, kind: 'live' | 'rejected' | 'revoked' | 'cancelled', counts: boolean): DemoDay {
        const ahead = daysBetween(today, d);
        const exceptional = kind === 'live' && ahead < 0 && random.chance(0.03);
        const lead = exceptional ? 1 : random.int(notice, notice + 14);
        const signed = a.last_signed_on ?? addDays(a.start_date, -20);
        let requestedOn = addDays(d, -lead);
        if (requestedOn < signed && !exceptional) requestedOn = signed < addDays(d, -notice) ? signed : addDays(d, -notice);
        if (requestedOn > today) requestedOn = addDays(today, -random.int(0, 4));
        const requestedAt = notAfterNow(at(requestedOn, hhmm(8, 18)));
        const decidedAt = notAfterNow(new Date(Math.min(requestedAt.getTime() + 3_600_000 * (kind === 'revoked' ? 2 : random.int(2, 40)), at(d, '08:00').getTime())));
        const before = (from: Date, hhmm: string) => notAfterNow(new Date((from.getTime() + Math.max(from.getTime(), at(addDays(d, -1), hhmm).getTime())) / 2));
        let status: DemoDay['status'] = kind === 'live' ? 'approved' : kind;
        if (kind === 'live' && ahead > 0) status = random.chance(ahead <= 7 ? 0.2 : monthOf(d) === lastMonth ? 0.7 : 0.55) ? 'pending' : 'approved';
        if (status === 'pending' && ahead <= 0) status = 'approved';
        const decided = status === 'approved' || status === 'rejected' || status === 'revoked';
        let verification: DemoDay['verificationOutcome'] = null;
        if (status === 'approved' && ahead < 0 && random.chance(ahead < -7 ? 0.93 : 0.3)) {
          const x = random.next();
          verification = x < 0.85 ? 'done' : x < 0.96 ? 'partly' : 'not_done';
        }
        const verifiedAt = verification ? notAfterNow(at(addDays(d, random.int(1, 5)), hhmm(9, 17))) : null;
        return {
          id: crypto.randomUUID(), employeeId: a.employee_id, agreementId: a.id, unitId: a.unit_id, directorateId: a.directorate_id, date: d, status,
          activities: random.chance(0.7) ? activities : random.pick(ACTIVITIES), exceptional, reason: exceptional ? random.pick(EXCEPTIONAL) : null,
          explicitApproval: exceptional, countsAgainstQuota: counts, requestedAt, requestedBy: a.user_id,
          decidedAt: decided ? decidedAt : null, decidedBy: decided ? a.manager_user_id : null, decisionReason: status === 'rejected' ? random.pick(REJECTIONS) : null,
          revokedAt: status === 'revoked' ? before(decidedAt, '17:00') : null, revokedBy: status === 'revoked' ? a.manager_user_id : null,
          revocationReason: status === 'revoked' ? random.pick(REVOCATIONS) : null,
          cancelledAt: status === 'cancelled' ? before(requestedAt, '20:00') : null,
          verificationOutcome: verification, verificationNote: verification === 'partly' ? random.pick(PARTLY) : verification === 'not_done' ? random.pick(NOT_DONE) : null,
          verifiedAt, verifiedBy: verification ? a.manager_user_id : null,
        };
      }
    }
    await insertDays(tx, organizationId, days, now);

    // Art. 7.4 — a rotation limit on the five units with most agreements: the busiest day they have had.
    const perUnitDay = new Map<string, Map<string, number>>();
    for (const d of days) {
      if (d.status !== 'pending' && d.status !== 'approved') continue;
      const unit = perUnitDay.get(d.unitId) ?? new Map<string, number>();
      perUnitDay.set(d.unitId, unit.set(d.date, (unit.get(d.date) ?? 0) + 1));
    }
    const holders = new Map<string, number>();
    for (const p of plans) if (p.a.status === 'active') holders.set(p.a.unit_id, (holders.get(p.a.unit_id) ?? 0) + 1);
    const limits = new Map(
      [...holders].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 5).map(([unitId]) => [unitId, Math.max(2, ...(perUnitDay.get(unitId)?.values() ?? []))] as const),
    );
    await setUnitLimits(tx, organizationId, limits, now);

    const notifications = await seedNotifications(tx, ctx, regulation, patronDay, days, plans, grantedTo.map((g) => { const r = bankRequests[g.requestId]!; return { employeeId: g.employeeId, days: g.days, directorateId: r.directorateId, requestId: r.id!, decidedAt: r.decidedAt }; }));
    await audit(tx, ctx, {
      action: 'demo.agile_days_generated', entity: 'organization', entityId: organizationId,
      after: { days: days.length, extensions: extensionRows.length, bankReleases: bankReleases.length, bankRequests: bankRequests.length, limitedUnits: limits.size },
    });
    return { days: days.length, extensions: extensionRows.length, bankReleases: bankReleases.length, bankRequests: bankRequests.length, notifications, limitedUnits: limits.size };
  });
  // PGlite has no autovacuum: without statistics the quota of the month would be planned blind.
  await engine.exec('ANALYZE agile_days, extensions, day_banks, bank_releases, bank_requests, notifications');
  return result;
}

/**
 * Art. 9.4 — about one active agreement in seventy (at least 3, at most 8) among those that
 * started at least six months before `today`, none of the demo accounts, spread over the list,
 * each with the last date it may have days on: the first never had any, the others stopped
 * between six and nine months ago (a request comes before its day, so none falls in the last six
 * months). Deterministic: chosen by position, not drawn.
 */
function dormantPlans(plans: Plan[], today: string): Map<Plan, string> {
  const sixMonthsAgo = addMonths(today, -6);
  const active = plans.filter((p) => p.a.status === 'active');
  const eligible = active.filter((p) => !p.showcase && p.a.start_date <= sixMonthsAgo && p.a.end_date > addMonths(today, 2));
  const n = Math.min(eligible.length, 8, Math.max(3, Math.round(active.length / 70)));
  const chosen = new Map<Plan, string>();
  for (let k = 0; k < n; k++) {
    const plan = eligible[Math.floor(((k + 0.5) * eligible.length) / n)]!;
    chosen.set(plan, k === 0 ? '0000-01-01' : addDays(addMonths(sixMonthsAgo, -(k % 4)), -1 - 7 * k));
  }
  return chosen;
}

/** `n` of `items` without replacement, each as likely as its weekday's weight (Efraimidis–Spirakis keys). */
function weightedSample(random: Random, items: string[], n: number): string[] {
  if (n <= 0) return [];
  return items
    .map((d) => ({ d, key: Math.log(1 - random.next()) / WEEKDAY_WEIGHT[isoWeekday(d)]! }))
    .sort((x, y) => y.key - x.key)
    .slice(0, n)
    .map((x) => x.d)
    .sort();
}

const itDate = (d: string) => d.split('-').reverse().join('/');

/**
 * What the demo accounts find in their inbox: the decisions on their recent and coming days, the
 * managers' requests to decide, a bank grant; each sent at the moment of its event (art. 13 holds
 * what falls outside the working window).
 */
async function seedNotifications(
  tx: Db, ctx: Ctx, regulation: Regulation, patronDay: string | null, days: DemoDay[], plans: Plan[],
  grants: { employeeId: string; days: number; directorateId: string; requestId: string; decidedAt?: Date | null }[],
): Promise<number> {
  const today = ctx.clock.today();
  const since = addDays(today, -14);
  const showcase = new Map(plans.filter((p) => p.showcase).map((p) => [p.a.employee_id, p]));
  const now = ctx.clock.now();
  const rows: Parameters<typeof insertNotifications>[2] = [];
  const add = (when: Date | null | undefined, m: { employeeId: string; directorateId: string; kind: string; entity: string; entityId: string; title: string; body: string }) => {
    if (!when) return;
    // Art. 13 — what falls outside the working window waits for the next allowed moment.
    const deliverAt = nextAllowedMoment(when, regulation, patronDay);
    rows.push({ ...m, createdAt: when, deliverAt, held: deliverAt.getTime() > when.getTime(), urgent: false, senderLabel: 'system:demo', emailStatus: 'none', readAt: deliverAt < new Date(now.getTime() - 3 * 86_400_000) ? deliverAt : null });
  };
  for (const d of days) {
    const p = showcase.get(d.employeeId);
    if (!p || d.date < since) continue;
    const when = itDate(d.date);
    if (d.status === 'approved') add(d.decidedAt, { employeeId: d.employeeId, directorateId: d.directorateId, kind: 'agile_day.approved', entity: 'agile_day', entityId: d.id, title: `Lavoro agile autorizzato il ${when}`, body: `La giornata del ${when} è autorizzata.` });
    if (d.status === 'rejected')
      add(d.decidedAt, { employeeId: d.employeeId, directorateId: d.directorateId, kind: 'agile_day.rejected', entity: 'agile_day', entityId: d.id, title: `Lavoro agile non autorizzato il ${when}`, body: `La giornata del ${when} è stata respinta: ${d.decisionReason}` });
    if (d.status === 'revoked')
      add(d.revokedAt, { employeeId: d.employeeId, directorateId: d.directorateId, kind: 'agile_day.revoked', entity: 'agile_day', entityId: d.id, title: `Lavoro agile revocato il ${when}`, body: `La giornata del ${when} è revocata: ${d.revocationReason}. Puoi recuperarla con un’altra data dello stesso mese (art. 10.2).` });
    if (d.status === 'pending' && p.a.manager_employee_id)
      add(d.requestedAt, { employeeId: p.a.manager_employee_id, directorateId: d.directorateId, kind: 'agile_day.requested', entity: 'agile_day', entityId: d.id, title: 'Nuova richiesta di lavoro agile', body: `${p.a.last_name} ${p.a.first_name} chiede il ${when} in lavoro agile.` });
  }
  for (const g of grants)
    add(g.decidedAt, { employeeId: g.employeeId, directorateId: g.directorateId, kind: 'bank.granted', entity: 'bank_request', entityId: g.requestId, title: 'Giornate aggiuntive dalla Banca', body: `Ti sono state assegnate ${g.days} giornate dalla Banca per questo mese (art. 7.8).` });
  await insertNotifications(tx, ctx.organizationId, rows);
  return rows.length;
}
