import { defineMessages } from './define';
import { dossiersEn } from './dossiers-en';
import { dossiersNl } from './dossiers-nl';

/** Messages under the `dossiers` key (one file per language, they are long). */
export const dossiersMessages = defineMessages(dossiersNl, dossiersEn);
