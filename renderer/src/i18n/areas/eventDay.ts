import { defineMessages } from './define';

/** Messages under the `eventDay` key. */
export const eventDayMessages = defineMessages({ eventDay: {} }, { eventDay: {} });
