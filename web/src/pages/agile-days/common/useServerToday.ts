import { api } from '../../../api/client';
import type { Me } from '../../../api/types';
import { useAsync } from '../../../hooks/useAsync';

const browserToday = () => new Date().toISOString().slice(0, 10);

/**
 * The server's "today" (its clock decides what can still be revoked), read from the person's own
 * month when they have an employee record; otherwise the browser's day. The unit calendar does
 * not carry it.
 */
export function useServerToday(me: Me): string | undefined {
  const employeeId = me.user.employeeId;
  const today = useAsync(async () => (employeeId ? (await api.agileDays.myMonth(employeeId, undefined)).today : browserToday()), [employeeId]);
  return today.data ?? (today.error ? browserToday() : undefined);
}
