import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

export const PAGE_SIZE = 25;

export interface EmployeeSearch {
  q: string;
  directorateId: string;
  unitId: string;
  page: number;
}

/** The list's filters live in the address bar, so a filtered page can be bookmarked and the back button works. */
export function useEmployeeSearch(): [EmployeeSearch, (change: Partial<EmployeeSearch>) => void] {
  const [params, setParams] = useSearchParams();
  const search: EmployeeSearch = {
    q: params.get('q') ?? '',
    directorateId: params.get('directorateId') ?? '',
    unitId: params.get('unitId') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  const update = useCallback(
    (change: Partial<EmployeeSearch>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(change)) {
            if (value === '' || value === undefined || (key === 'page' && value === 1)) next.delete(key);
            else next.set(key, String(value));
          }
          // Any change of filter starts again from the first page.
          if (change.page === undefined) next.delete('page');
          return next;
        },
        { replace: change.page === undefined },
      );
    },
    [setParams],
  );
  return [search, update];
}
