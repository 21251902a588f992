import { defineMessages } from './define';

/** Messages under the `organisations` key. */
export const organisationsMessages = defineMessages({ organisations: {} }, { organisations: {} });
