import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { EQUIPMENT_TYPES } from '../../../api/enums';
import type { Equipment, EquipmentType } from '../../../api/types';
import { SelectField } from '../../../components/form/SelectField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAsync } from '../../../hooks/useAsync';
import { useSubmit } from '../../../hooks/useSubmit';

/** A new item of the register (art. 14, POLA § 4.6): type, model, serial, asset tag, the directorate that owns it. */
export function EquipmentForm({ onCreated }: { onCreated(e: Equipment): void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<EquipmentType>('laptop');
  const [model, setModel] = useState('');
  const [serial, setSerial] = useState('');
  const [assetTag, setAssetTag] = useState('');
  const [owner, setOwner] = useState('');
  const directorates = useAsync(() => api.directorates.list(), []);
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(submit.error, form);

  async function save(event: FormEvent) {
    event.preventDefault();
    const created = await submit.run(() => api.equipment.create({ type, model, serial: serial.trim() || null, assetTag, ownerDirectorateId: owner || null }));
    if (!created) return;
    setSerial('');
    setAssetTag('');
    onCreated(created);
  }

  return (
    <form ref={form} onSubmit={save} noValidate>
      <ProblemAlert error={submit.error} shownAt={['type', 'model', 'serial', 'assetTag']} />
      <div className="row">
        <div className="col-12 col-md-4">
          <SelectField id="equipment-type" label={t('equipment.type')} value={type} onChange={(v) => setType(v as EquipmentType)} options={EQUIPMENT_TYPES.map((k) => ({ value: k, label: t(`equipmentTypes.${k}`) }))} />
        </div>
        <div className="col-12 col-md-8">
          <TextField id="equipment-model" label={t('equipment.model')} value={model} onChange={setModel} error={submit.fieldError('model')} />
        </div>
        <div className="col-12 col-md-4">
          <TextField id="equipment-asset-tag" label={t('equipment.assetTag')} value={assetTag} onChange={setAssetTag} required error={submit.fieldError('assetTag')} />
        </div>
        <div className="col-12 col-md-4">
          <TextField id="equipment-serial" label={t('equipment.serial')} value={serial} onChange={setSerial} error={submit.fieldError('serial')} />
        </div>
        <div className="col-12 col-md-4">
          <SelectField id="equipment-owner" label={t('equipment.owner')} value={owner} onChange={setOwner} placeholder={t('equipment.noOwner')} options={(directorates.data ?? []).map((d) => ({ value: d.id, label: `${d.code} · ${d.name}` }))} />
        </div>
      </div>
      <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
        {t('equipment.create')}
      </SubmitButton>
    </form>
  );
}
