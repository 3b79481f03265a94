import type { Me, Role } from '../api/types';

/** Who sees which part of the interface. The API enforces the same rules; this only hides what would be refused. */
export const ACCESS = {
  employeeList: ['manager', 'director', 'hr', 'admin', 'it', 'facilities'],
  structure: ['hr', 'admin', 'it', 'facilities'],
  structureWrite: ['hr', 'admin'],
  employeeWrite: ['hr', 'admin'],
  import: ['hr', 'admin'],
  settingsWrite: ['hr', 'admin'],
  users: ['hr', 'admin'],
  audit: ['hr', 'admin'],
  circumstances: ['hr'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof ACCESS;

export function can(me: Me | null, capability: Capability): boolean {
  const allowed: readonly Role[] = ACCESS[capability];
  return !!me && me.user.roles.some((role) => allowed.includes(role));
}
