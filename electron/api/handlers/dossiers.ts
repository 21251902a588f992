import type { HandlerModule } from './types';

export const dossierHandlers: HandlerModule = {};
