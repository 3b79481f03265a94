import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Rotation } from '../../../api/types';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';

/** Art. 7.4 — the director (or HR) sets how many people of the unit may be agile on the same day; empty means no limit. */
export function RotationForm({ unitId, current, onSaved }: { unitId: string; current: number | null; onSaved(r: Rotation): void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(current === null ? '' : String(current));
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(submit.error, form);

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = await submit.run(() => api.agileDays.setRotation(unitId, value.trim() === '' ? null : Number(value)));
    if (saved) onSaved(saved);
  }

  return (
    <form ref={form} onSubmit={save} noValidate className="rotation-form">
      <ProblemAlert error={submit.error} shownAt={['maxAgilePerDay']} />
      <div className="row align-items-end">
        <div className="col-12 col-sm-6 col-lg-4">
          <TextField
            id="rotation-limit"
            type="number"
            min={0}
            inputMode="numeric"
            label={t('unitCalendar.rotation.label')}
            hint={t('unitCalendar.rotation.hint')}
            value={value}
            onChange={setValue}
            error={submit.fieldError('maxAgilePerDay')}
          />
        </div>
        <div className="col-12 col-sm-6 col-lg-4 mb-4">
          <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
            {t('unitCalendar.rotation.save')}
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}
