import type { Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/engine.js';
import { forbidden } from '../../../platform/errors.js';
import { employeeScope } from '../policy.js';
import { directorateIdsHeadedBy, unitIdsDirectedBy, unitIdsManagedBy } from '../repositories/structure.js';
import type { EmployeeFilter } from '../repositories/employees.js';

/** The employees the actor may see, as a filter every employee query adds to its own. */
export async function visibleEmployees(db: Db, ctx: Ctx): Promise<Pick<EmployeeFilter, 'onlyUnitIds' | 'onlyEmployeeId'> | 'all'> {
  const { actor } = ctx;
  switch (employeeScope(actor)) {
    case 'all':
      return 'all';
    case 'directorate':
      return { onlyUnitIds: await unitIdsDirectedBy(db, ctx.organizationId, actor.employeeId!) };
    case 'units':
      return { onlyUnitIds: await unitIdsManagedBy(db, ctx.organizationId, actor.employeeId!) };
    case 'self':
      return { onlyEmployeeId: actor.employeeId! };
    case 'none':
      throw forbidden('Il tuo ruolo non consente di consultare i dati dei dipendenti');
  }
}

/** FORBIDDEN unless the actor may see this employee (themselves always). */
export async function assertCanSeeEmployee(db: Db, ctx: Ctx, employee: { id: string; unitId: string }): Promise<void> {
  if (ctx.actor.employeeId === employee.id) return;
  const scope = await visibleEmployees(db, ctx);
  if (scope === 'all') return;
  if (scope.onlyUnitIds?.includes(employee.unitId)) return;
  throw forbidden('Non puoi consultare i dati di questo dipendente');
}

/** Where the actor stands in the organization chart: the directorates they head, the units they manage. */
export interface Positions {
  directorateIds: string[];
  managedUnitIds: string[];
}

export async function positionsOf(db: Db, ctx: Ctx): Promise<Positions> {
  if (!ctx.actor.employeeId) return { directorateIds: [], managedUnitIds: [] };
  const [directorateIds, managedUnitIds] = await Promise.all([
    directorateIdsHeadedBy(db, ctx.organizationId, ctx.actor.employeeId),
    unitIdsManagedBy(db, ctx.organizationId, ctx.actor.employeeId),
  ]);
  return { directorateIds, managedUnitIds };
}
