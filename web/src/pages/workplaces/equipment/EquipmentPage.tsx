import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, downloads } from '../../../api/client';
import { EQUIPMENT_STATES, EQUIPMENT_TYPES } from '../../../api/enums';
import type { Equipment } from '../../../api/types';
import { DataTable } from '../../../components/DataTable';
import { SelectField } from '../../../components/form/SelectField';
import { TextField } from '../../../components/form/TextField';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { Section } from '../../../components/Section';
import { StatusMessage } from '../../../components/StatusMessage';
import { useAsync } from '../../../hooks/useAsync';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useFormat } from '../../../hooks/useFormat';
import { useSubmit } from '../../../hooks/useSubmit';
import { AssignDialog } from './AssignDialog';
import { EquipmentForm } from './EquipmentForm';
import { ReturnDialog } from './ReturnDialog';
import { OutcomeAlert } from '../../../components/OutcomeAlert';

const LIMIT = 500;
const PAGE = 50;
type DialogState = { kind: 'assign' | 'return'; item: Equipment } | null;

/** IT's register of equipment (art. 14, POLA § 4.6): search, assign and take back, repair and retire, the delivery receipt. */
export function EquipmentPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [type, setType] = useState('');
  const [state, setState] = useState('');
  const [q, setQ] = useState('');
  const typed = useDebouncedValue(q.trim(), 300);
  const list = useAsync((signal) => api.equipment.list({ ...(type ? { type: type as Equipment['type'] } : {}), ...(state ? { state: state as Equipment['state'] } : {}), ...(typed ? { q: typed } : {}) }, signal), [type, state, typed]);
  const [shown, setShown] = useState(PAGE);
  useEffect(() => setShown(PAGE), [type, state, typed]);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [outcome, setOutcome] = useState('');
  const repair = useSubmit();

  const done = (message: string) => {
    setDialog(null);
    setOutcome(message);
    list.reload();
  };
  async function setItemState(item: Equipment, next: 'in_stock' | 'repair' | 'retired') {
    const saved = await repair.run(() => api.equipment.update(item.id, { state: next }));
    if (saved) done(t('equipment.stateSaved', { item: saved.assetTag, state: t(`equipmentStates.${next}`) }));
  }

  return (
    <Page title={t('equipment.title')} trail={[]} lead={t('equipment.lead')}>
      <OutcomeAlert text={outcome} />
      <Section id="equipment-list" title={t('equipment.listTitle')}>
        <div className="row">
          <div className="col-12 col-md-4">
            <TextField id="equipment-q" type="search" label={t('equipment.search')} hint={t('equipment.searchHint')} value={q} onChange={setQ} />
          </div>
          <div className="col-6 col-md-4">
            <SelectField id="equipment-filter-type" label={t('equipment.type')} value={type} onChange={setType} placeholder={t('equipment.allTypes')} options={EQUIPMENT_TYPES.map((k) => ({ value: k, label: t(`equipmentTypes.${k}`) }))} />
          </div>
          <div className="col-6 col-md-4">
            <SelectField id="equipment-filter-state" label={t('equipment.state')} value={state} onChange={setState} placeholder={t('equipment.allStates')} options={EQUIPMENT_STATES.map((k) => ({ value: k, label: t(`equipmentStates.${k}`) }))} />
          </div>
        </div>
        <ProblemAlert error={list.error ?? repair.error} />
        {list.loading && !list.data && <Loading />}
        {list.data && (
          <div className={list.loading ? 'opacity-50' : undefined} aria-busy={list.loading}>
            <StatusMessage className="mb-2">{list.data.length >= LIMIT ? t('equipment.limited', { count: LIMIT }) : t('equipment.found', { count: list.data.length })}</StatusMessage>
            <DataTable
              caption={t('equipment.listTitle')}
              captionHidden
              rows={list.data.slice(0, shown)}
              rowKey={(e) => e.id}
              empty={t('equipment.none')}
              columns={[
                { key: 'tag', header: t('equipment.assetTag'), render: (e) => (<>{e.assetTag}<small className="d-block text-muted">{t(`equipmentTypes.${e.type}`)}</small></>) },
                { key: 'model', header: t('equipment.model'), className: 'd-none d-md-table-cell', render: (e) => (<>{e.model}{e.serial && <small className="d-block text-muted">{t('equipment.serialShort', { serial: e.serial })}</small>}</>) },
                { key: 'state', header: t('equipment.state'), render: (e) => t(`equipmentStates.${e.state}`) },
                {
                  key: 'holder',
                  header: t('equipment.holder'),
                  render: (e) =>
                    e.assignment && (
                      <>
                        {e.assignment.employeeName}
                        <small className="d-block">
                          {t('equipment.since', { date: format.date(e.assignment.from) })} · {e.assignment.acknowledgedAt ? t('equipment.acknowledged') : t('equipment.notAcknowledged')}
                        </small>
                      </>
                    ),
                },
                {
                  key: 'actions',
                  header: t('common.actions'),
                  render: (e) => (
                    <div className="d-flex flex-wrap gap-1">
                      {e.state === 'in_stock' && (
                        <button type="button" className="btn btn-primary btn-xs" onClick={() => setDialog({ kind: 'assign', item: e })} aria-label={t('equipment.assignOf', { item: e.assetTag })}>
                          {t('equipment.assignAction')}
                        </button>
                      )}
                      {e.assignment && (
                        <>
                          <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => setDialog({ kind: 'return', item: e })} aria-label={t('equipment.returnOf', { item: e.assetTag })}>
                            {t('equipment.returnAction')}
                          </button>
                          <a className="btn btn-outline-secondary btn-xs" href={downloads.receipt(e.assignment.id)} target="_blank" rel="noreferrer" aria-label={t('equipment.receiptOf', { item: e.assetTag })}>
                            {t('equipment.receipt')}
                          </a>
                        </>
                      )}
                      {e.state === 'in_stock' && (
                        <button type="button" className="btn btn-outline-secondary btn-xs" onClick={() => setItemState(e, 'repair')} aria-label={t('equipment.repairOf', { item: e.assetTag })}>
                          {t('equipment.toRepair')}
                        </button>
                      )}
                      {e.state === 'repair' && (
                        <>
                          <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => setItemState(e, 'in_stock')} aria-label={t('equipment.backOf', { item: e.assetTag })}>
                            {t('equipment.backInStock')}
                          </button>
                          <button type="button" className="btn btn-outline-danger btn-xs" onClick={() => setItemState(e, 'retired')} aria-label={t('equipment.retireOf', { item: e.assetTag })}>
                            {t('equipment.retire')}
                          </button>
                        </>
                      )}
                    </div>
                  ),
                },
              ]}
            />
            {list.data.length > shown && (
              <button type="button" className="btn btn-outline-primary" onClick={() => setShown(shown + PAGE)}>
                {t('equipment.more', { count: Math.min(PAGE, list.data.length - shown) })}
              </button>
            )}
          </div>
        )}
      </Section>
      <Section id="equipment-new" title={t('equipment.newTitle')}>
        <EquipmentForm onCreated={(e) => done(t('equipment.created', { item: e.assetTag }))} />
      </Section>
      {dialog?.kind === 'assign' && <AssignDialog item={dialog.item} onClose={() => setDialog(null)} onDone={(e) => done(t('equipment.assigned', { item: e.assetTag, name: e.assignment?.employeeName ?? '' }))} />}
      {dialog?.kind === 'return' && <ReturnDialog item={dialog.item} onClose={() => setDialog(null)} onDone={(e) => done(t('equipment.returned', { item: e.assetTag, state: t(`equipmentStates.${e.state}`) }))} />}
    </Page>
  );
}
