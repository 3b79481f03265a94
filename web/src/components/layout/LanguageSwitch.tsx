import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n';

/** it | en buttons in the slim header; the current language is pressed. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch d-flex align-items-center" role="group" aria-label={t('layout.language')}>
      {LANGUAGES.map((language) => {
        const current = i18n.language === language;
        return (
          <button
            key={language}
            type="button"
            lang={language}
            className={`btn btn-sm language-button${current ? ' current' : ''}`}
            aria-pressed={current}
            onClick={() => void i18n.changeLanguage(language)}
            title={t(`languages.${language}`)}
          >
            <span aria-hidden="true">{language.toUpperCase()}</span>
            <span className="visually-hidden">{t(`languages.${language}`)}</span>
          </button>
        );
      })}
    </div>
  );
}
