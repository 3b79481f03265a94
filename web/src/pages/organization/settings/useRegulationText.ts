import { useTranslation } from 'react-i18next';

/** Label and help of a regulation field; a field added on the server before its translation shows its key. */
export function useRegulationText() {
  const { t, i18n } = useTranslation();
  return {
    label: (key: string) => (i18n.exists(`regulation.${key}.label`) ? t(`regulation.${key}.label`) : key),
    help: (key: string) => (i18n.exists(`regulation.${key}.help`) ? t(`regulation.${key}.help`) : ''),
  };
}
