import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../electron/api/contract';
import { en } from './en';
import { nl } from './nl';
import { areaMessages } from './areas';

export const defaultLanguage: Language = 'nl';

/** The document language follows the interface, so screen readers pronounce it correctly. */
function syncDocumentLanguage(lng: string): void {
  document.documentElement.lang = lng.startsWith('en') ? 'en' : 'nl';
}

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {
    nl: { translation: { ...nl, ...areaMessages.nl } },
    en: { translation: { ...en, ...areaMessages.en } },
  },
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  supportedLngs: ['nl', 'en'],
  interpolation: { escapeValue: false }, // React escapes already.
  returnNull: false,
  initAsync: false,
});

i18n.on('languageChanged', syncDocumentLanguage);
syncDocumentLanguage(i18n.language);

/** Switches the interface language; the caller persists it via `settings.update`. */
export async function applyLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
