import { dossiersMessages } from './dossiers';
import { networkEditMessages } from './networkEdit';
import { organisationsMessages } from './organisations';
import { privacyMessages } from './privacy';
import { workspaceMessages } from './workspace';
import { importsMessages } from './imports';

const areas = [organisationsMessages, dossiersMessages, networkEditMessages, workspaceMessages, privacyMessages, importsMessages];

export const areaMessages = {
  nl: Object.assign({}, ...areas.map((a) => a.nl)) as Record<string, unknown>,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<string, unknown>,
};
