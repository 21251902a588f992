import { defineMessages } from './define';

/** Messages under the `privacy` key. */
export const privacyMessages = defineMessages({ privacy: {} }, { privacy: {} });
