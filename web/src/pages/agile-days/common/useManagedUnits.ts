import { api } from '../../../api/client';
import type { Directorate, Me, Unit } from '../../../api/types';
import { useAsync } from '../../../hooks/useAsync';

export interface ManagedUnits {
  units: Unit[];
  directorates: Directorate[];
  /** Directorates the person heads (director) — all of them for HR. */
  headed: Directorate[];
}

/**
 * The units whose calendar the person reads (art. 10): the units they manage, every unit of the
 * directorates they head, and for HR every unit. The API checks the same.
 */
export function useManagedUnits(me: Me) {
  return useAsync(async (): Promise<ManagedUnits> => {
    const [directorates, units] = await Promise.all([api.directorates.list(), api.units.list()]);
    const hr = me.user.roles.includes('hr');
    const own = me.user.employeeId;
    const headed = hr ? directorates : directorates.filter((d) => own && d.headEmployeeId === own);
    const headedIds = new Set(headed.map((d) => d.id));
    const mine = units.filter((u) => headedIds.has(u.directorateId) || (own && u.managerEmployeeId === own));
    return { units: mine, directorates, headed };
  }, [me.user.id]);
}
