import { api } from '../../../api/client';
import { TextField } from '../../../components/form/TextField';
import { useAsync } from '../../../hooks/useAsync';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';

/** A municipality typed by name, with suggestions from the ISTAT list as one types ("Samone (TO)" tells homonyms apart). */
export function MunicipalityField({ id, label, hint, value, onChange, error }: { id: string; label: string; hint?: string; value: string; onChange(value: string): void; error?: string }) {
  const typed = useDebouncedValue(value.trim(), 250);
  const suggestions = useAsync((signal) => (typed.length >= 2 ? api.sites.municipalities(typed, signal) : Promise.resolve([])), [typed]);
  const listId = `${id}-suggestions`;
  return (
    <>
      <TextField id={id} label={label} hint={hint} value={value} onChange={onChange} list={listId} autoComplete="off" error={error} />
      <datalist id={listId}>
        {(suggestions.data ?? []).map((m) => (
          <option key={m.istat} value={`${m.name} (${m.province})`} />
        ))}
      </datalist>
    </>
  );
}
