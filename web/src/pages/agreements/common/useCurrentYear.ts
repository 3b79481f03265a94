import { api } from '../../../api/client';
import { useAsync } from '../../../hooks/useAsync';
import { can } from '../../../session/roles';
import { useMe } from '../../../session/SessionContext';

/**
 * The year the server counts in (its clock may be set for a demonstration), read from an answer
 * that states it when no year is asked: the signed-in person's mapping, or the contingents report.
 * Until it arrives, and if neither can be read, the browser's year.
 */
export function useCurrentYear(): number {
  const me = useMe();
  const year = useAsync(async () => {
    if (me.user.employeeId) return (await api.employees.activities(me.user.employeeId)).year;
    if (can(me, 'contingents')) return (await api.reports.contingents({})).year;
    return new Date().getFullYear();
  }, [me.user.employeeId]);
  return year.data ?? new Date().getFullYear();
}
