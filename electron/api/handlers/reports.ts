import type { HandlerModule } from './types';

export const reportHandlers: HandlerModule = {};
