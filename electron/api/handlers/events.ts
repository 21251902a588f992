import type { HandlerModule } from './types';

export const eventHandlers: HandlerModule = {};
