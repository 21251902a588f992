import type { HandlerModule } from './types';

export const organisationHandlers: HandlerModule = {};
