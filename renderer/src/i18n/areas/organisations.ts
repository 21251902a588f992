import { defineMessages } from './define';
import { organisationsEn } from './organisations-en';
import { organisationsNl } from './organisations-nl';

/** Messages under the `organisations` key (one file per language, they are long). */
export const organisationsMessages = defineMessages(organisationsNl, organisationsEn);
