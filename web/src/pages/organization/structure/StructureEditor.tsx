import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directorate } from '../../../api/types';
import { NewDirectorateForm } from './NewDirectorateForm';
import { NewUnitForm } from './NewUnitForm';

/** HR and admin add directorates and units here (changes are recorded in the audit log). */
export function StructureEditor({ directorates, onSaved }: { directorates: Directorate[]; onSaved(): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section className="mt-5" aria-labelledby="structure-editor-title">
      <h2 id="structure-editor-title" className="h4">
        {t('structure.editor.title')}
      </h2>
      <button type="button" className="btn btn-outline-primary mb-3" aria-expanded={open} aria-controls="structure-editor" onClick={() => setOpen(!open)}>
        {open ? t('structure.editor.hide') : t('structure.editor.show')}
      </button>
      {open && (
        <div id="structure-editor" className="row">
          <div className="col-12 col-lg-6">
            <NewDirectorateForm onSaved={onSaved} />
          </div>
          <div className="col-12 col-lg-6">
            <NewUnitForm directorates={directorates} onSaved={onSaved} />
          </div>
        </div>
      )}
    </section>
  );
}
