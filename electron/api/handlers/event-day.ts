import type { HandlerModule } from './types';

export const eventDayHandlers: HandlerModule = {};
