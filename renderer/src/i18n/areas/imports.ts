import { defineMessages } from './define';
import { importsEn } from './imports-en';
import { importsNl } from './imports-nl';

/** Messages under the `imports` key: the import wizard and the import history (one file per language, they are long). */
export const importsMessages = defineMessages(importsNl, importsEn);
