import type { HandlerModule } from './types';

export const routingHandlers: HandlerModule = {};
