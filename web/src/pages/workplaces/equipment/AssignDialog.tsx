import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Equipment } from '../../../api/types';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { TextField } from '../../../components/form/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAsync } from '../../../hooks/useAsync';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useSubmit } from '../../../hooks/useSubmit';
import { useMe } from '../../../session/SessionContext';

/** Art. 14.1 — delivering an item to an employee from a date; the receipt is then ready for them to acknowledge. */
export function AssignDialog({ item, onClose, onDone }: { item: Equipment; onClose(): void; onDone(e: Equipment): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [q, setQ] = useState('');
  const [employeeId, setEmployeeId] = useState('');
  const [from, setFrom] = useState(me.today);
  const typed = useDebouncedValue(q.trim(), 250);
  const people = useAsync((signal) => (typed.length >= 2 ? api.employees.list({ q: typed, pageSize: 8 }, signal) : Promise.resolve(undefined)), [typed]);
  const submit = useSubmit();

  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.equipment.assign(item.id, { employeeId, from }));
    if (done) onDone(done);
  }

  return (
    <Dialog
      title={t('equipment.assign.title', { item: item.assetTag })}
      onClose={onClose}
      onSubmit={save}
      actions={<DialogActions busy={submit.busy} label={t('equipment.assign.submit')} onCancel={onClose} />}
    >
      <ProblemAlert error={submit.error} />
      <TextField id="assign-search" type="search" label={t('equipment.assign.search')} hint={t('equipment.assign.searchHint')} value={q} onChange={setQ} autoComplete="off" />
      {people.data && (
        <fieldset className="mb-3">
          <legend className="h6">{t('equipment.assign.employee')}</legend>
          {people.data.items.length === 0 && <p>{t('equipment.assign.nobody')}</p>}
          {people.data.items.map((p) => (
            <div key={p.id} className="form-check">
              <input id={`assign-${p.id}`} type="radio" name="employee" checked={employeeId === p.id} onChange={() => setEmployeeId(p.id)} />
              <label htmlFor={`assign-${p.id}`}>
                {p.lastName} {p.firstName} <small className="text-muted">· {p.matricola} · {p.unitName}</small>
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <TextField id="assign-from" type="date" label={t('equipment.assign.from')} value={from} onChange={setFrom} required error={submit.fieldError('from')} />
    </Dialog>
  );
}
