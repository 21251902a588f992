import { defineMessages } from './define';
import { eventDayEn } from './eventDay-en';
import { eventDayNl } from './eventDay-nl';

/** Messages under the `eventDay` key: agendas, on the day, follow-up and figures of an event (one file per language). */
export const eventDayMessages = defineMessages(eventDayNl, eventDayEn);
