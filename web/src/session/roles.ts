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
  // Agreements (art. 3, 6, 8, 9): the API scopes each list to the person's units or directorate.
  activities: ['hr', 'director'],
  activityOverride: ['hr'],
  activityYears: ['hr'],
  employeeActivitiesWrite: ['hr', 'director'],
  transfer: ['hr'],
  applications: ['manager', 'director', 'hr'],
  opinion: ['manager'],
  decision: ['director'],
  // Art. 20.2: a director's own application is decided by HR.
  decisionForDirectors: ['hr'],
  agreementList: ['manager', 'director', 'hr'],
  agreementEdit: ['director', 'hr'],
  agreementWithdrawAsEmployer: ['director', 'hr'],
  agreementRevoke: ['hr'],
  agreementReactivate: ['director', 'hr'],
  agreementLists: ['hr'],
  contingents: ['hr', 'director', 'evaluator', 'admin'],
  annexes: ['hr'],
  // Agile days (art. 7, 10, 13): the API checks the unit or directorate of each one.
  unitCalendar: ['manager', 'director', 'hr'],
  rotation: ['director', 'hr'],
  extensionDecision: ['director', 'hr'],
  dayBank: ['director', 'hr'],
  disconnection: ['hr', 'evaluator', 'admin'],
  agileDaysExport: ['hr', 'it', 'admin'],
  webhooks: ['admin', 'it'],
  // Workplaces and equipment (POLA § 4.2, 4.6; art. 14, 15): the API tells municipal sites (Facilities) from the others (HR).
  sites: ['facilities', 'hr'],
  equipmentRegister: ['it'],
  workplacesReport: ['hr', 'evaluator', 'admin', 'facilities', 'it'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof ACCESS;

export function can(me: Me | null, capability: Capability): boolean {
  const allowed: readonly Role[] = ACCESS[capability];
  return !!me && me.user.roles.some((role) => allowed.includes(role));
}
