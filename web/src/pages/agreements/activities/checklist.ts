import { CHARACTERISTICS, EXCLUSIONS, type Characteristic, type Exclusion } from '../../../api/enums';
import type { Activity } from '../../../api/types';

export type Characteristics = Record<Characteristic, boolean>;
export type Exclusions = Record<Exclusion, boolean>;

/** A new activity starts with nothing ticked: the mapper states each characteristic. */
export const noCharacteristics = (): Characteristics => Object.fromEntries(CHARACTERISTICS.map((c) => [c, false])) as Characteristics;
export const noExclusions = (): Exclusions => Object.fromEntries(EXCLUSIONS.map((e) => [e, false])) as Exclusions;

export const characteristicsOf = (a: Activity): Characteristics => ({ ...noCharacteristics(), ...(a.characteristics as Partial<Characteristics>) });
export const exclusionsOf = (a: Activity): Exclusions => ({ ...noExclusions(), ...(a.exclusions as Partial<Exclusions>) });

/** Why the checklist says "not remotable": the art. 3.2 characteristics missing and the art. 3.3 exclusions present. */
export function checklistGaps(a: Activity): { missing: Characteristic[]; excluded: Exclusion[] } {
  const c = characteristicsOf(a);
  const e = exclusionsOf(a);
  return { missing: CHARACTERISTICS.filter((k) => !c[k]), excluded: EXCLUSIONS.filter((k) => e[k]) };
}
