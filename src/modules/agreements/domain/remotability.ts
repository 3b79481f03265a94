import type { FieldError } from '../../../platform/errors.js';

/** Art. 3.2 — the characteristics a remotable activity has, "di norma". */
export const CHARACTERISTICS = ['remoteTools', 'measurableOutput', 'noContinuousPresence', 'noDirectUserContact', 'digitalRelations'] as const;
/** Art. 3.3 — what excludes an activity, "salvo esigenze particolari". */
export const EXCLUSIONS = ['physicalUserContact', 'machinesOrEquipment', 'territorialPresence', 'paperArchives', 'drivingVehicles', 'receptionInformation', 'teamManagementOnSite'] as const;

export type Characteristic = (typeof CHARACTERISTICS)[number];
export type Exclusion = (typeof EXCLUSIONS)[number];

export interface ActivityProfile {
  characteristics: Record<Characteristic, boolean>;
  exclusions: Record<Exclusion, boolean>;
  /** Art. 3.3 "salvo esigenze particolari": HR's reasoned decision, when it departs from the checklist. */
  override: { remotable: boolean; reason: string } | null;
}

/** Art. 3.2–3.3 — remotable when every characteristic holds and no exclusion applies, unless HR decided otherwise. */
export function isRemotable(a: ActivityProfile): boolean {
  if (a.override) return a.override.remotable;
  return CHARACTERISTICS.every((c) => a.characteristics[c]) && !EXCLUSIONS.some((e) => a.exclusions[e]);
}

export interface ActivityShare {
  activityId: string;
  share: number;
  remotable: boolean;
}

/** POLA § 4.1 "prevalenza": the shares of an employee's activities add up to at most 100%. */
export function shareProblems(shares: { activityId: string; share: number }[]): FieldError[] {
  const problems: FieldError[] = [];
  shares.forEach((s, i) => {
    if (!Number.isInteger(s.share) || s.share < 1 || s.share > 100) problems.push({ field: `${i}.share`, detail: 'La quota di tempo deve essere un intero tra 1 e 100' });
  });
  if (new Set(shares.map((s) => s.activityId)).size !== shares.length) problems.push({ field: 'activityId', detail: 'Un’attività compare più volte' });
  const total = shares.reduce((sum, s) => sum + s.share, 0);
  if (total > 100) problems.push({ field: 'share', detail: `Le quote sommano al ${total}%: il massimo è 100%` });
  return problems;
}

/** POLA § 4.1 — the employee's remotable share: the sum of the shares of remotable activities (0–100). */
export function remotableShare(shares: ActivityShare[]): number {
  return shares.filter((s) => s.remotable).reduce((sum, s) => sum + s.share, 0);
}

/** POLA § 4.1 — a potential agile worker is one whose remotable share is above 0. */
export const isPotentialAgileWorker = (share: number) => share > 0;
