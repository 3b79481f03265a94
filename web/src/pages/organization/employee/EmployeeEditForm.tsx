import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Employee } from '../../../api/types';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { useSubmit } from '../../../hooks/useSubmit';
import { CommuteFields, ContractFields, PersonFields, WorkPatternFields, type FieldsProps } from './editFields';
import { formOf, patchOf, type EmployeeForm } from './employeeForm';

/** HR and admin correct an employee's record; the API checks coherence and records the change. */
export function EmployeeEditForm({ employee, onSaved, onCancel }: { employee: Employee; onSaved(e: Employee): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<EmployeeForm>(() => formOf(employee));
  const submit = useSubmit();
  const fields: FieldsProps = { form, change: (patch) => setForm((f) => ({ ...f, ...patch })), fieldError: submit.fieldError };

  async function save(event: FormEvent) {
    event.preventDefault();
    const saved = await submit.run(() => api.employees.update(employee.id, patchOf(form)));
    if (saved) onSaved(saved);
  }

  return (
    <Section id="edit" title={t('employee.edit.title')}>
      <form onSubmit={save} noValidate>
        <ProblemAlert error={submit.error} />
        <PersonFields {...fields} />
        <ContractFields {...fields} />
        <WorkPatternFields {...fields} />
        <CommuteFields {...fields} />
        <div className="d-flex gap-2">
          <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
            {t('common.save')}
          </SubmitButton>
          <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Section>
  );
}
