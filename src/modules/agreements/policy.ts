import { hasRole, type Actor } from '../../platform/actor.js';
import type { Positions } from '../organization/services/scope.js';

/**
 * Who may do what with activities, applications and agreements (art. 3, 6, 8, 9, 20), as data.
 * "Scope" rules (own, units, directorate) are checked by the services with the actor's positions.
 */
export type AgreementsAction =
  | 'activities.write'
  | 'activities.override'
  | 'activities.copyYear'
  | 'contingents.read'
  | 'annexes.write'
  | 'agreements.revoke'
  | 'agreements.transfer'
  | 'agreements.listAll';

export const AGREEMENTS_POLICY: Record<AgreementsAction, readonly string[]> = {
  'activities.write': ['hr', 'director'],
  'activities.override': ['hr'],
  'activities.copyYear': ['hr'],
  'contingents.read': ['hr', 'director', 'evaluator', 'admin'],
  'annexes.write': ['hr'],
  'agreements.revoke': ['hr'],
  'agreements.transfer': ['hr'],
  'agreements.listAll': ['hr'],
};

export function can(actor: Actor, action: AgreementsAction): boolean {
  return actor.roles.some((r) => AGREEMENTS_POLICY[action].includes(r));
}

/** The director who decides on and signs for a directorate (art. 6.2, 20.2). */
export const isDirectorOf = (actor: Actor, p: Positions, directorateId: string) => hasRole(actor, 'director') && p.directorateIds.includes(directorateId);
/** The manager whose opinion the director hears (art. 6.2a). */
export const isManagerOf = (actor: Actor, p: Positions, unitId: string) => hasRole(actor, 'manager') && p.managedUnitIds.includes(unitId);
