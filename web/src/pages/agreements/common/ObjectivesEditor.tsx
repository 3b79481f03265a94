import { useTranslation } from 'react-i18next';
import type { Objective } from '../../../api/types';
import { TextField } from '../../../components/form/TextField';

export const EMPTY_OBJECTIVE: Objective = { description: '', indicator: '', target: '' };

/** The objectives typed so far, without the rows left completely empty. */
export function filledObjectives(objectives: Objective[]): Objective[] {
  return objectives
    .map((o) => ({ description: o.description.trim(), indicator: o.indicator.trim(), target: o.target.trim() }))
    .filter((o) => o.description || o.indicator || o.target);
}

/**
 * Art. 19 — one or more objectives, each with its indicator and target. `fieldError` reads the
 * API's reasons by path ("objectives.0.indicator").
 */
export function ObjectivesEditor({ idPrefix, value, onChange, fieldError, legend, hint }: {
  idPrefix: string;
  value: Objective[];
  onChange(objectives: Objective[]): void;
  fieldError(path: string): string | undefined;
  legend: string;
  hint?: string;
}) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<Objective>) => onChange(value.map((o, i) => (i === index ? { ...o, ...patch } : o)));
  const listError = fieldError('objectives');
  return (
    <fieldset className="mb-3 objectives-editor" aria-describedby={listError ? `${idPrefix}-error` : hint ? `${idPrefix}-hint` : undefined}>
      <legend className="h6">{legend}</legend>
      {hint && (
        <small id={`${idPrefix}-hint`} className="form-text d-block mb-3">
          {hint}
        </small>
      )}
      {value.map((objective, index) => (
        <div key={index} className="objective-row">
          <p className="fw-semibold mb-2">{t('objectives.number', { n: index + 1 })}</p>
          <TextField
            id={`${idPrefix}-${index}-description`}
            label={t('objectives.description')}
            value={objective.description}
            onChange={(description) => change(index, { description })}
            error={fieldError(`objectives.${index}.description`)}
          />
          <div className="row">
            <div className="col-12 col-md-7">
              <TextField
                id={`${idPrefix}-${index}-indicator`}
                label={t('objectives.indicator')}
                value={objective.indicator}
                onChange={(indicator) => change(index, { indicator })}
                hint={index === 0 ? t('objectives.indicatorHint') : undefined}
                error={fieldError(`objectives.${index}.indicator`)}
              />
            </div>
            <div className="col-12 col-md-5">
              <TextField
                id={`${idPrefix}-${index}-target`}
                label={t('objectives.target')}
                value={objective.target}
                onChange={(target) => change(index, { target })}
                hint={index === 0 ? t('objectives.targetHint') : undefined}
                error={fieldError(`objectives.${index}.target`)}
              />
            </div>
          </div>
          {value.length > 1 && (
            <button type="button" className="btn btn-outline-danger btn-xs mb-3" onClick={() => onChange(value.filter((_, i) => i !== index))}>
              {t('objectives.remove', { n: index + 1 })}
            </button>
          )}
        </div>
      ))}
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => onChange([...value, { ...EMPTY_OBJECTIVE }])}>
        {t('objectives.add')}
      </button>
      {listError && (
        <div id={`${idPrefix}-error`} className="invalid-feedback d-block">
          {listError}
        </div>
      )}
    </fieldset>
  );
}
