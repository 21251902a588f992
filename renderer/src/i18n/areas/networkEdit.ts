import { defineMessages } from './define';

/** Messages under the `networkEdit` key. */
export const networkEditMessages = defineMessages({ networkEdit: {} }, { networkEdit: {} });
