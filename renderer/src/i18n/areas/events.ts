import { defineMessages } from './define';
import { eventsEn } from './events-en';
import { eventsNl } from './events-nl';

/** Messages under the `events` key (one file per language, they are long). */
export const eventsMessages = defineMessages({ events: eventsNl }, { events: eventsEn });
