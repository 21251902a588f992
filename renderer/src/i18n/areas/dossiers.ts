import { defineMessages } from './define';

/** Messages under the `dossiers` key. */
export const dossiersMessages = defineMessages({ dossiers: {} }, { dossiers: {} });
