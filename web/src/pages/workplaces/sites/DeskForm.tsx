import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Desk } from '../../../api/types';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSubmit } from '../../../hooks/useSubmit';

/** A new desk, or the changes to one: label, floor and room, what is on it (comma separated), whether it can be booked. */
export function DeskForm({ siteId, desk, onSaved, onCancel }: { siteId: string; desk?: Desk; onSaved(desk: Desk): void; onCancel?(): void }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(desk?.label ?? '');
  const [floor, setFloor] = useState(desk?.floor ?? '');
  const [room, setRoom] = useState(desk?.room ?? '');
  const [equipment, setEquipment] = useState(desk?.equipment.join(', ') ?? '');
  const [bookable, setBookable] = useState(desk?.bookable ?? true);
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(submit.error, form);
  const prefix = desk ? `desk-${desk.id}` : 'desk-new';

  async function save(event: FormEvent) {
    event.preventDefault();
    const body = { label, floor, room, equipment: equipment.split(',').map((e) => e.trim()).filter(Boolean), bookable };
    const saved = await submit.run(() => (desk ? api.sites.updateDesk(desk.id, body) : api.sites.addDesk(siteId, body)));
    if (!saved) return;
    if (!desk) {
      setLabel('');
      setEquipment('');
    }
    onSaved(saved);
  }

  return (
    <form ref={form} onSubmit={save} noValidate>
      <ProblemAlert error={submit.error} shownAt={['label', 'floor', 'room', 'equipment', 'equipment.0']} />
      <div className="row">
        <div className="col-12 col-md-3">
          <TextField id={`${prefix}-label`} label={t('desks.label')} value={label} onChange={setLabel} required error={submit.fieldError('label')} />
        </div>
        <div className="col-6 col-md-2">
          <TextField id={`${prefix}-floor`} label={t('desks.floor')} value={floor} onChange={setFloor} error={submit.fieldError('floor')} />
        </div>
        <div className="col-6 col-md-3">
          <TextField id={`${prefix}-room`} label={t('desks.room')} value={room} onChange={setRoom} error={submit.fieldError('room')} />
        </div>
        <div className="col-12 col-md-4">
          <TextField id={`${prefix}-equipment`} label={t('desks.equipment')} hint={t('desks.equipmentHint')} value={equipment} onChange={setEquipment} error={submit.fieldError('equipment')} />
        </div>
      </div>
      <CheckboxField id={`${prefix}-bookable`} label={t('desks.bookable')} checked={bookable} onChange={setBookable} />
      <div className="d-flex gap-2 mt-2">
        {onCancel && (
          <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
          {desk ? t('common.save') : t('desks.add')}
        </SubmitButton>
      </div>
    </form>
  );
}
