import { dossiersMessages } from './dossiers';
import { networkEditMessages } from './networkEdit';
import { organisationsMessages } from './organisations';
import { privacyMessages } from './privacy';
import { workspaceMessages } from './workspace';

const areas = [organisationsMessages, dossiersMessages, networkEditMessages, workspaceMessages, privacyMessages];

export const areaMessages = {
  nl: Object.assign({}, ...areas.map((a) => a.nl)) as Record<string, unknown>,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<string, unknown>,
};
