import { systemActor } from '../../../platform/actor.js';
import { audit } from '../../../platform/audit.js';
import { hashPassword } from '../../../platform/auth/passwords.js';
import type { Clock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import type { Db, Engine } from '../../../platform/db/engine.js';
import { insertEmployees, openAssignments } from '../repositories/employees.js';
import { insertOrganization } from '../repositories/organizations.js';
import { insertDirectorate, insertUnit, updateDirectorate, updateUnit } from '../repositories/structure.js';
import { insertUsers } from '../repositories/users.js';
import { DEMO_PASSWORD, demoAccounts, type DemoAccount } from './accounts.js';
import { insertManyCircumstances } from '../repositories/circumstances.js';
import { generateDemo, type DemoPlan } from './generate.js';

export { demoAccounts, type DemoAccount };

export interface DemoResult {
  organizationId: string;
  accounts: DemoAccount[];
  employees: number;
}

export const DEMO_ORGANIZATION = {
  name: 'Comune di Milano (demo)',
  type: 'comune',
  fiscalCode: '01199250158',
  patronDay: '12-07',
  // Art. 20.2: HR's director signs managers' agreements; in the demo that is D11, Organizzazione e Risorse Umane.
  settings: { hrDirectorateCode: 'D11' },
} as const;

const BATCH = 500;
/** Unit assignments known to the system start no earlier than this. */
const ASSIGNMENTS_FROM = '2020-01-01';

/**
 * Builds "Comune di Milano (demo)" into an empty database (migrations already applied), in one transaction.
 * Fewer employees than 25 × MIN_PER_DIRECTORATE are raised to that floor; `employees` in the result is the real count.
 */
export async function seedDemo(
  engine: Engine,
  clock: Clock,
  options: { employees: number; onProgress?: (done: number, total: number) => void },
): Promise<DemoResult> {
  // argon2 hashes on a worker thread while the database work goes on; awaited later, so a failure before then is not "unhandled".
  const passwordHash = hashPassword(DEMO_PASSWORD);
  passwordHash.catch(() => undefined);
  const plan = generateDemo(options.employees, clock.today());
  const result = await engine.db.transaction(async (tx) => {
    const { organizationId } = await insertOrganization(tx, { ...DEMO_ORGANIZATION });
    const units = await insertStructure(tx, organizationId, plan);
    const ids = await insertPeople(tx, organizationId, plan, units, options.onProgress);
    await assignHeads(tx, organizationId, plan, units, ids, clock.now());
    await openAssignments(
      tx,
      organizationId,
      plan.people.map((p, i) => ({
        employeeId: ids[i]!,
        unitId: units.get(p.data.unitId)!.id,
        directorateId: units.get(p.data.unitId)!.directorateId,
        from: p.data.contract.start > ASSIGNMENTS_FROM ? p.data.contract.start : ASSIGNMENTS_FROM,
      })),
    );
    await insertManyCircumstances(
      tx,
      organizationId,
      plan.people.flatMap((p, i) => (p.circumstances ? [{ ...p.circumstances, employeeId: ids[i]! }] : [])),
    );
    const holders = new Map(plan.people.flatMap((p, i) => (p.username ? [[p.username, ids[i]!] as const] : [])));
    const accounts = demoAccounts();
    const hash = await passwordHash;
    await insertUsers(
      tx,
      organizationId,
      accounts.map((a) => ({ username: a.username, passwordHash: hash, employeeId: holders.get(a.username) ?? null, roles: a.roles })),
    );
    const ctx: Ctx = { organizationId, actor: systemActor(organizationId, 'demo'), clock, engine };
    await audit(tx, ctx, { action: 'demo.generated', entity: 'organization', entityId: organizationId, after: { employees: plan.people.length } });
    return { organizationId, accounts, employees: plan.people.length };
  });
  // PGlite has no autovacuum: without statistics the planner scans all 14,000 rows for a page.
  await engine.exec('ANALYZE');
  return result;
}

type UnitIds = Map<string, { id: string; directorateId: string }>;

async function insertStructure(tx: Db, organizationId: string, plan: DemoPlan): Promise<UnitIds> {
  const units: UnitIds = new Map();
  for (const d of plan.directorates) {
    const directorate = await insertDirectorate(tx, organizationId, { code: d.code, name: d.name });
    for (const u of d.units) {
      const unit = await insertUnit(tx, organizationId, { directorateId: directorate.id, code: u.code, name: u.name });
      units.set(u.code, { id: unit.id, directorateId: directorate.id });
    }
  }
  return units;
}

/** Inserts the employees in batches, reporting progress; returns their ids in the plan's order. */
async function insertPeople(tx: Db, organizationId: string, plan: DemoPlan, units: UnitIds, onProgress?: (done: number, total: number) => void): Promise<string[]> {
  const total = plan.people.length;
  const byMatricola = new Map<string, string>();
  onProgress?.(0, total);
  for (let i = 0; i < total; i += BATCH) {
    const batch = plan.people.slice(i, i + BATCH).map((p) => ({ ...p.data, unitId: units.get(p.data.unitId)!.id }));
    for (const row of await insertEmployees(tx, organizationId, batch)) byMatricola.set(row.matricola, row.id);
    onProgress?.(Math.min(i + BATCH, total), total);
  }
  return plan.people.map((p) => byMatricola.get(p.data.matricola)!);
}

async function assignHeads(tx: Db, organizationId: string, plan: DemoPlan, units: UnitIds, ids: string[], now: Date): Promise<void> {
  for (const d of plan.directorates) {
    await updateDirectorate(tx, organizationId, units.get(d.units[0]!.code)!.directorateId, { headEmployeeId: ids[d.head]! }, now);
    for (const u of d.units) await updateUnit(tx, organizationId, units.get(u.code)!.id, { managerEmployeeId: ids[u.manager]! }, now);
  }
}
