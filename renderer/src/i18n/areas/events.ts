import { defineMessages } from './define';
import { eventsEn } from './events-en';
import { eventsMoreEn } from './events-more-en';
import { eventsMoreNl } from './events-more-nl';
import { eventsNl } from './events-nl';

/** Messages under the `events` key (one file per language, they are long; the later additions in events-more-*). */
export const eventsMessages = defineMessages(
  { events: { ...eventsNl, ...eventsMoreNl } },
  { events: { ...eventsEn, ...eventsMoreEn } },
);
