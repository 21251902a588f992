import type { HandlerModule } from './types';

export const referralHandlers: HandlerModule = {};
