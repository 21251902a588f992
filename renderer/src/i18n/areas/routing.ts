import { defineMessages } from './define';

/** Messages under the `routing` key. */
export const routingMessages = defineMessages({ routing: {} }, { routing: {} });
