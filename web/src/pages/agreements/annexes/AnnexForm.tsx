import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Annex } from '../../../api/types';
import { SubmitButton } from '../../../components/form/SubmitButton';
import { TextAreaField } from '../../../components/form/TextAreaField';
import { TextField } from '../../../components/form/TextField';
import { useFocusInvalid } from '../../../components/form/useFocusInvalid';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { StatusMessage } from '../../../components/StatusMessage';
import { useSubmit } from '../../../hooks/useSubmit';

/** One annex (art. 8.1): title and text, paragraphs separated by an empty line as in the PDF. */
export function AnnexForm({ annex, number, onSaved }: { annex: Annex; number: number; onSaved(all: Annex[]): void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(annex.title);
  const [body, setBody] = useState(annex.body);
  const [saved, setSaved] = useState('');
  const submit = useSubmit();
  const form = useRef<HTMLFormElement>(null);
  useFocusInvalid(submit.error, form);
  const id = `annex-${annex.kind}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    const all = await submit.run(() => api.annexes.update(annex.kind, { title, body }));
    if (!all) return;
    setSaved(t('annexes.saved', { n: number }));
    onSaved(all);
  }

  return (
    <Section
      id={id}
      title={t(`annexes.kinds.${annex.kind}`, { n: number })}
      actions={<span className={`badge ${annex.custom ? 'bg-primary' : 'bg-secondary'}`}>{annex.custom ? t('annexes.custom') : t('annexes.default')}</span>}
    >
      <form ref={form} onSubmit={save} noValidate aria-labelledby={`${id}-title`}>
        <ProblemAlert error={submit.error} shownAt={['title', 'body']} />
        <TextField id={`${id}-name`} label={t('annexes.title')} value={title} onChange={setTitle} required error={submit.fieldError('title')} />
        <TextAreaField id={`${id}-body`} label={t('annexes.body')} hint={t('annexes.bodyHint')} value={body} onChange={setBody} rows={12} required error={submit.fieldError('body')} />
        <SubmitButton busy={submit.busy} busyLabel={t('common.saving')}>
          {t('annexes.save', { n: number })}
        </SubmitButton>
        <StatusMessage className="mt-2 text-success">{saved}</StatusMessage>
      </form>
    </Section>
  );
}
