import { api } from '../../../api/client';
import type { Regulation } from '../../../api/types';
import { useAsync } from '../../../hooks/useAsync';

/** The organization's regulation in force (maximum days, notice, band…), for hints and limits in the forms. */
export function useRegulation(): Regulation | undefined {
  const organization = useAsync(() => api.organization.get(), []);
  return organization.data?.settings as Regulation | undefined;
}
