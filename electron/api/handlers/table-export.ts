import type { HandlerModule } from './types';

export const tableExportHandlers: HandlerModule = {};
