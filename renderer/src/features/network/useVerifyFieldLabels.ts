import { useTranslation } from 'react-i18next';

/** Turns `verifyFields` (`['city', 'province']`) into words for the interface language. */
export function useVerifyFieldLabels(): (fields: string[]) => string[] {
  const { t, i18n } = useTranslation();
  return (fields) =>
    fields.map((field) => {
      const key = `college.fields.${field}`;
      return i18n.exists(key) ? t(key) : field;
    });
}
