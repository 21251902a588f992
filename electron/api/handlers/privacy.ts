import type { HandlerModule } from './types';

export const privacyHandlers: HandlerModule = {};
