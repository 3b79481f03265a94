import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import it from './it.json';

export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'agilepa.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'it';
}

void i18n.use(initReactI18next).init({
  resources: { it: { translation: it }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'it',
  initAsync: false,
  interpolation: { escapeValue: false },
});

function applyLanguage(language: string) {
  document.documentElement.lang = language;
  localStorage.setItem(STORAGE_KEY, language);
}
applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

export default i18n;
