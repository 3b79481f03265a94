export const ROLES = ['employee', 'manager', 'director', 'hr', 'facilities', 'it', 'evaluator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: travels through every call (DESIGN.md "One Actor"). */
export interface Actor {
  userId: string | null;
  organizationId: string;
  username: string;
  roles: readonly Role[];
  employeeId: string | null;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((r) => actor.roles.includes(r));
}

/** The rules themselves when a job or a service applies them (e.g. reading protected data for a rule). */
export function systemActor(organizationId: string, purpose: string): Actor {
  return { userId: null, organizationId, username: `system:${purpose}`, roles: [], employeeId: null };
}
