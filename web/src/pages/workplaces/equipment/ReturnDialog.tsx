import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Equipment } from '../../../api/types';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';
import { useMe } from '../../../session/SessionContext';

type After = 'in_stock' | 'repair' | 'retired';

/** The item comes back (end of the agreement, replacement, fault): the date, and where it goes next. */
export function ReturnDialog({ item, onClose, onDone }: { item: Equipment; onClose(): void; onDone(e: Equipment): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [on, setOn] = useState(me.today);
  const [state, setState] = useState<After>('in_stock');
  const submit = useSubmit();

  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.equipment.giveBack(item.id, { on, state }));
    if (done) onDone(done);
  }

  return (
    <Dialog
      title={t('equipment.return.title', { item: item.assetTag, name: item.assignment?.employeeName ?? '' })}
      onClose={onClose}
      onSubmit={save}
      actions={<DialogActions busy={submit.busy} label={t('equipment.return.submit')} onCancel={onClose} />}
    >
      <ProblemAlert error={submit.error} shownAt={['on']} />
      <TextField id="return-on" type="date" label={t('equipment.return.on')} value={on} onChange={setOn} required error={submit.fieldError('on')} />
      <SelectField id="return-state" label={t('equipment.return.state')} value={state} onChange={(v) => setState(v as After)} options={(['in_stock', 'repair', 'retired'] as const).map((s) => ({ value: s, label: t(`equipmentStates.${s}`) }))} />
    </Dialog>
  );
}
