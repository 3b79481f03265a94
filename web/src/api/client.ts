import { request } from './http';
import { uploadText, type UploadPhase } from './upload';
import type {
  AuditEntry,
  Circumstances,
  Directorate,
  DirectorateCreate,
  Employee,
  EmployeePage,
  EmployeePatch,
  EmployeeQuery,
  ImportOptions,
  ImportResult,
  Me,
  Organization,
  OrganizationPatch,
  Providers,
  Unit,
  UnitAssignment,
  UnitCreate,
  User,
  UserCreate,
  UserPage,
  UserPatch,
} from './types';

/** Typed calls to /api/v1, one function per endpoint. */
export const api = {
  auth: {
    providers: () => request<Providers>('GET', '/auth/providers'),
    login: (username: string, password: string) => request<Me>('POST', '/auth/login', { body: { username, password } }),
    logout: () => request<{ ok: true }>('POST', '/auth/logout'),
    me: () => request<Me>('GET', '/me'),
  },
  organization: {
    get: () => request<Organization>('GET', '/organization'),
    update: (patch: OrganizationPatch) => request<Organization>('PATCH', '/organization', { body: patch }),
  },
  directorates: {
    list: () => request<Directorate[]>('GET', '/directorates'),
    create: (input: DirectorateCreate) => request<Directorate>('POST', '/directorates', { body: input }),
    update: (id: string, patch: Partial<DirectorateCreate>) => request<Directorate>('PATCH', `/directorates/${id}`, { body: patch }),
  },
  units: {
    list: (directorateId?: string) => request<Unit[]>('GET', '/units', { query: { directorateId } }),
    create: (input: UnitCreate) => request<Unit>('POST', '/units', { body: input }),
    update: (id: string, patch: Partial<UnitCreate>) => request<Unit>('PATCH', `/units/${id}`, { body: patch }),
  },
  employees: {
    list: (query: EmployeeQuery, signal?: AbortSignal) => request<EmployeePage>('GET', '/employees', { query, signal }),
    get: (id: string) => request<Employee>('GET', `/employees/${id}`),
    update: (id: string, patch: EmployeePatch) => request<Employee>('PATCH', `/employees/${id}`, { body: patch }),
    unitHistory: (id: string) => request<UnitAssignment[]>('GET', `/employees/${id}/unit-history`),
    circumstances: (id: string) => request<Circumstances>('GET', `/employees/${id}/circumstances`),
    saveCircumstances: (id: string, input: Circumstances) => request<Circumstances>('PUT', `/employees/${id}/circumstances`, { body: input }),
  },
  imports: {
    employees: (csv: string, options: ImportOptions, onProgress: (p: UploadPhase) => void) =>
      uploadText<ImportResult>('/imports/employees', csv, 'text/csv; charset=utf-8', { dryRun: options.dryRun, partial: options.partial }, onProgress),
  },
  users: {
    list: (query: { q?: string; page?: number; pageSize?: number }) => request<UserPage>('GET', '/users', { query }),
    create: (input: UserCreate) => request<User>('POST', '/users', { body: input }),
    update: (id: string, patch: UserPatch) => request<User>('PATCH', `/users/${id}`, { body: patch }),
  },
  audit: {
    list: (query: { entity?: string; entityId?: string; limit?: number }) => request<{ items: AuditEntry[] }>('GET', '/audit', { query }),
  },
};
