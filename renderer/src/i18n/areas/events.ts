import { defineMessages } from './define';

/** Messages under the `events` key. */
export const eventsMessages = defineMessages({ events: {} }, { events: {} });
