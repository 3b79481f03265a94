import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { useFormat } from '../../../hooks/useFormat';
import { useSubmit } from '../../../hooks/useSubmit';

/** Art. 14.2 — working with one's own devices is declared by the employee, with the IT policy read (action 6.2.1). */
export function OwnDevicesForm({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const current = useAsync(() => api.equipment.ownDevices(employeeId), [employeeId]);
  const [uses, setUses] = useState(false);
  const [devices, setDevices] = useState('');
  const [policy, setPolicy] = useState(false);
  const [saved, setSaved] = useState('');
  const submit = useSubmit();

  useEffect(() => {
    if (!current.data) return;
    setUses(current.data.usesOwnDevices);
    setDevices(current.data.devices);
    setPolicy(!!current.data.policyAcknowledgedAt);
  }, [current.data]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const done = await submit.run(() => api.equipment.setOwnDevices(employeeId, { usesOwnDevices: uses, devices, policyAcknowledged: policy }));
    if (done) {
      current.set(done);
      setSaved(t('ownDevices.saved'));
    }
  }

  return (
    <form onSubmit={save} noValidate>
      <ProblemAlert error={current.error ?? submit.error} shownAt={['devices']} />
      <CheckboxField id="own-uses" label={t('ownDevices.uses')} checked={uses} onChange={setUses} />
      {uses && (
        <>
          <TextAreaField id="own-devices" label={t('ownDevices.devices')} hint={t('ownDevices.devicesHint')} value={devices} onChange={setDevices} rows={2} error={submit.fieldError('devices')} />
          <CheckboxField
            id="own-policy"
            label={t('ownDevices.policy')}
            hint={current.data?.policyAcknowledgedAt ? t('ownDevices.policyAt', { at: format.dateTime(current.data.policyAcknowledgedAt) }) : t('ownDevices.policyHint')}
            checked={policy}
            onChange={setPolicy}
            error={submit.fieldError('policyAcknowledged')}
          />
        </>
      )}
      <div className="mt-3">
        <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
          {t('common.save')}
        </SubmitButton>
      </div>
      <StatusMessage className="mt-2">{saved}</StatusMessage>
    </form>
  );
}
