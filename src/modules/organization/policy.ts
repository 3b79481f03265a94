import { hasRole, type Actor } from '../../platform/actor.js';

/**
 * Who may do what in the organization module, as data (DESIGN.md "Policies as data").
 * Employees are visible by scope: HR/admin everything; IT and facilities the register (they
 * assign equipment and desks); a director their directorate; a manager their units; anyone
 * themselves. The evaluation body sees aggregates only, never a person.
 */
export type EmployeeScope = 'all' | 'directorate' | 'units' | 'self' | 'none';

export function employeeScope(actor: Actor): EmployeeScope {
  if (hasRole(actor, 'hr', 'admin', 'it', 'facilities')) return 'all';
  if (hasRole(actor, 'director') && actor.employeeId) return 'directorate';
  if (hasRole(actor, 'manager') && actor.employeeId) return 'units';
  if (actor.employeeId) return 'self';
  return 'none';
}

export type OrganizationAction =
  | 'structure.read'
  | 'structure.write'
  | 'employee.write'
  | 'employee.import'
  | 'circumstances.read'
  | 'circumstances.write'
  | 'audit.read'
  | 'settings.read'
  | 'settings.write'
  | 'users.read'
  | 'users.write'
  | 'users.grantAdmin';

export const ORGANIZATION_POLICY: Record<OrganizationAction, readonly string[]> = {
  'structure.read': ['employee', 'manager', 'director', 'hr', 'facilities', 'it', 'evaluator', 'admin'],
  'structure.write': ['hr', 'admin'],
  'employee.write': ['hr', 'admin'],
  'employee.import': ['hr', 'admin'],
  // GDPR art. 9 data: HR only, not even the administrator of the installation.
  'circumstances.read': ['hr'],
  'circumstances.write': ['hr'],
  'audit.read': ['hr', 'admin'],
  'settings.read': ['employee', 'manager', 'director', 'hr', 'facilities', 'it', 'evaluator', 'admin'],
  'settings.write': ['hr', 'admin'],
  'users.read': ['hr', 'admin'],
  'users.write': ['hr', 'admin'],
  'users.grantAdmin': ['admin'],
};

export function can(actor: Actor, action: OrganizationAction): boolean {
  return actor.roles.some((role) => ORGANIZATION_POLICY[action].includes(role));
}
