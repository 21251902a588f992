import type { HandlerModule } from './types';

export const workspaceHandlers: HandlerModule = {};
