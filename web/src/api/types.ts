import type { z } from 'zod';
import type * as days from '../../../src/contracts/agile-days';
import type * as agr from '../../../src/contracts/agreements';
import type * as auth from '../../../src/contracts/auth';
import type * as notif from '../../../src/contracts/notifications';
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

export type Activity = z.infer<typeof agr.activityOut>;
export type ActivityCreate = z.input<typeof agr.activityCreate>;
export type ActivityPatch = z.input<typeof agr.activityPatch>;
export type CopyYearResult = z.infer<typeof agr.copyYearOut>;
export type EmployeeActivities = z.infer<typeof agr.employeeActivitiesOut>;
export type ActivityShareInput = z.input<typeof agr.employeeActivitiesBody>[number];
export type ContingentsReport = z.infer<typeof agr.contingentsOut>;
export type ContingentRow = ContingentsReport['rows'][number];

export type Application = z.infer<typeof agr.applicationOut>;
export type ApplicationStatus = Application['status'];
export type ApplicationCreate = z.input<typeof agr.applicationCreate>;
export type ApplicationSubmitted = z.infer<typeof agr.applicationSubmitted>;
export type ApplicationPage = z.infer<typeof agr.applicationList>;
export type ApplicationQuery = { status?: ApplicationStatus; directorateId?: string; employeeId?: string; page?: number; pageSize?: number };
export type Objective = Application['objectives'][number];
export type Opinion = z.input<typeof agr.opinionBody>;
export type Decision = z.input<typeof agr.decisionBody>;
export type DecisionResult = z.infer<typeof agr.decisionOut>;

export type Agreement = z.infer<typeof agr.agreementOut>;
export type AgreementDetail = z.infer<typeof agr.agreementDetail>;
export type AgreementStatus = Agreement['status'];
export type SignerRole = Agreement['requiredSigners'][number];
export type AgreementPage = z.infer<typeof agr.agreementList>;
export type AgreementQuery = { status?: AgreementStatus; employeeId?: string; expiringWithinDays?: number; inactiveMonths?: number; page?: number; pageSize?: number };
export type AgreementPatch = z.input<typeof agr.agreementPatch>;
export type Withdrawal = z.input<typeof agr.withdrawalBody>;
export type Transfer = z.input<typeof agr.transferBody>;
export type TransferResult = z.infer<typeof agr.transferOut>;
export type Annex = z.infer<typeof agr.annexOut>[number];
export type AnnexKind = Annex['kind'];
export type Notification = z.infer<typeof notif.notificationsOut>[number];

export type Quota = z.infer<typeof days.quotaOut>;
export type MyMonth = z.infer<typeof days.myMonthOut>;
export type CalendarDay = MyMonth['days'][number];
export type AgileDay = z.infer<typeof days.dayOut>;
export type AgileDayStatus = AgileDay['status'];
export type AgileDayCreate = z.input<typeof days.dayCreate>;
export type AgileDayCreated = z.infer<typeof days.dayCreated>;
export type DayApproval = z.input<typeof days.approvalBody>;
export type BulkApproval = z.input<typeof days.bulkApprovalBody>;
export type BulkApprovalResult = z.infer<typeof days.bulkApprovalOut>;
export type Revocation = z.input<typeof days.revocationBody>;
export type Verification = z.input<typeof days.verificationBody>;
export type VerificationOutcome = Verification['outcome'];
export type UnitCalendar = z.infer<typeof days.unitCalendarOut>;
export type Rotation = z.infer<typeof days.rotationOut>;
export type Extension = z.infer<typeof days.extensionOut>;
export type ExtensionCreate = z.input<typeof days.extensionCreate>;
export type ExtensionDecision = z.input<typeof days.extensionDecisionBody>;
export type PriorityCriterion = Extension['criterion'];
export type SpecialSituation = NonNullable<Extension['specialSituation']>;
export type Bank = z.infer<typeof days.bankOut>;
export type BankRequest = z.infer<typeof days.bankRequestOut>;
export type BankRelease = z.input<typeof days.bankReleaseBody>;
export type BankReleased = z.infer<typeof days.bankReleaseOut>;
export type BankRequestCreate = z.input<typeof days.bankRequestBody>;
export type BankDecision = z.input<typeof days.bankDecisionBody>;
export type BankAllocation = z.infer<typeof days.bankAllocationOut>;
export type CalendarToken = z.infer<typeof days.calendarTokenOut>;
export type CalendarTokenInfo = { exists: boolean; createdAt: string | null };
export type Webhook = z.infer<typeof days.webhookOut>;
export type WebhookCreate = z.input<typeof days.webhookCreate>;
export type WebhookCreated = z.infer<typeof days.webhookCreated>;
export type DisconnectionReport = z.infer<typeof notif.disconnectionOut>;
