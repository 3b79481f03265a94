import { request, withQuery } from './http';
import { uploadText, type UploadPhase } from './upload';
import type {
  Activity,
  ActivityCreate,
  ActivityPatch,
  ActivityShareInput,
  Agreement,
  AgreementDetail,
  AgreementPage,
  AgreementPatch,
  AgreementQuery,
  Annex,
  AnnexKind,
  Application,
  ApplicationCreate,
  ApplicationPage,
  ApplicationQuery,
  ApplicationSubmitted,
  AuditEntry,
  Circumstances,
  ContingentsReport,
  CopyYearResult,
  Decision,
  DecisionResult,
  Directorate,
  DirectorateCreate,
  Employee,
  EmployeeActivities,
  EmployeePage,
  EmployeePatch,
  EmployeeQuery,
  ImportOptions,
  ImportResult,
  Me,
  Notification,
  Opinion,
  Organization,
  OrganizationPatch,
  Providers,
  Transfer,
  TransferResult,
  Unit,
  UnitAssignment,
  UnitCreate,
  User,
  UserCreate,
  UserPage,
  UserPatch,
  Withdrawal,
} from './types';

/** Where a browser downloads a file the API writes (links, not fetch: the browser saves it). */
export const downloads = {
  agreementPdf: (id: string) => withQuery(`/agreements/${id}/document.pdf`),
  contingents: (query: { year: number; compareYear?: number; format: 'csv' | 'xlsx' }) => withQuery('/reports/contingents', query),
};

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
    activities: (id: string, year?: number) => request<EmployeeActivities>('GET', `/employees/${id}/activities`, { query: { year } }),
    saveActivities: (id: string, shares: ActivityShareInput[], year?: number) =>
      request<EmployeeActivities>('PUT', `/employees/${id}/activities`, { query: { year }, body: shares }),
    transfer: (id: string, input: Transfer) => request<TransferResult>('POST', `/employees/${id}/transfer`, { body: input }),
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
  activities: {
    list: (query: { unitId?: string; year?: number }) => request<Activity[]>('GET', '/activities', { query }),
    create: (input: ActivityCreate) => request<Activity>('POST', '/activities', { body: input }),
    update: (id: string, patch: ActivityPatch) => request<Activity>('PATCH', `/activities/${id}`, { body: patch }),
    copyYear: (from: number, to: number) => request<CopyYearResult>('POST', '/activity-years', { body: { from, to } }),
  },
  reports: {
    contingents: (query: { year?: number; compareYear?: number }, signal?: AbortSignal) => request<ContingentsReport>('GET', '/reports/contingents', { query, signal }),
  },
  applications: {
    list: (query: ApplicationQuery, signal?: AbortSignal) => request<ApplicationPage>('GET', '/applications', { query, signal }),
    get: (id: string) => request<Application>('GET', `/applications/${id}`),
    submit: (input: ApplicationCreate) => request<ApplicationSubmitted>('POST', '/applications', { body: input }),
    opinion: (id: string, input: Opinion) => request<Application>('POST', `/applications/${id}/opinion`, { body: input }),
    decide: (id: string, input: Decision) => request<DecisionResult>('POST', `/applications/${id}/decision`, { body: input }),
  },
  agreements: {
    list: (query: AgreementQuery, signal?: AbortSignal) => request<AgreementPage>('GET', '/agreements', { query, signal }),
    get: (id: string) => request<AgreementDetail>('GET', `/agreements/${id}`),
    update: (id: string, patch: AgreementPatch) => request<Agreement>('PATCH', `/agreements/${id}`, { body: patch }),
    sign: (id: string) => request<Agreement>('POST', `/agreements/${id}/signatures`),
    withdraw: (id: string, input: Withdrawal) => request<Agreement>('POST', `/agreements/${id}/withdrawal`, { body: input }),
    revoke: (id: string, reason: string) => request<Agreement>('POST', `/agreements/${id}/revocation`, { body: { reason } }),
    reactivate: (id: string) => request<Agreement>('POST', `/agreements/${id}/reactivation`),
  },
  annexes: {
    list: () => request<Annex[]>('GET', '/agreement-annexes'),
    update: (kind: AnnexKind, input: { title: string; body: string }) => request<Annex[]>('PUT', `/agreement-annexes/${kind}`, { body: input }),
  },
  notifications: {
    mine: () => request<Notification[]>('GET', '/notifications'),
  },
  audit: {
    list: (query: { entity?: string; entityId?: string; limit?: number }) => request<{ items: AuditEntry[] }>('GET', '/audit', { query }),
  },
};
