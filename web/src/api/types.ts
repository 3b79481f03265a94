import type { z } from 'zod';
import type * as auth from '../../../src/contracts/auth';
import type * as org from '../../../src/contracts/organization';
import type { Regulation } from '../../../src/modules/organization/domain/regulation';
import type { Role } from '../../../src/platform/actor';

/** Shapes of the API, inferred from the server's own contracts (types only: no zod in the bundle). */
export type { Regulation, Role };
export type Me = z.infer<typeof auth.meOut>;
export type Providers = { local: boolean; oidc: boolean; organizationName: string | null };

export type Organization = z.infer<typeof org.organizationOut>;
export type OrganizationPatch = z.input<typeof org.organizationPatch>;

export type Directorate = z.infer<typeof org.directorateOut>;
export type DirectorateCreate = z.input<typeof org.directorateCreate>;
export type Unit = z.infer<typeof org.unitOut>;
export type UnitCreate = z.input<typeof org.unitCreate>;

export type Employee = z.infer<typeof org.employeeOut>;
export type EmployeePatch = z.input<typeof org.employeePatch>;
export type EmployeePage = z.infer<typeof org.employeeList>;
export type EmployeeQuery = { q?: string; directorateId?: string; unitId?: string; page?: number; pageSize?: number };
export type UnitAssignment = z.infer<typeof org.unitHistoryOut>[number];
export type Circumstances = z.infer<typeof org.circumstances>;

export type User = z.infer<typeof org.userOut>;
export type UserPage = z.infer<typeof org.userList>;
export type UserCreate = z.input<typeof org.userCreate>;
export type UserPatch = z.input<typeof org.userPatch>;

export type AuditEntry = z.infer<typeof org.auditOut>['items'][number];
export type ImportResult = z.infer<typeof org.importResult>;
export type ImportOptions = { dryRun: boolean; partial: boolean };
