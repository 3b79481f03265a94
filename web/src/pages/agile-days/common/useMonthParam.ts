import { useSearchParams } from 'react-router-dom';
import { monthParam } from './month';

/** The month a page shows, kept in the address (?mese=YYYY-MM) so it can be bookmarked and the back button works. */
export function useMonthParam(): [month: string | undefined, setMonth: (month: string) => void] {
  const [params, setParams] = useSearchParams();
  const month = monthParam(params.get('mese'));
  const setMonth = (next: string) =>
    setParams((current) => {
      const out = new URLSearchParams(current);
      out.set('mese', next);
      return out;
    });
  return [month, setMonth];
}
