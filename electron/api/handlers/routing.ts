import { suggest } from '../../services/routing/suggest';
import type { HandlerModule } from './types';

export const routingHandlers: HandlerModule = {
  'routing.suggest': (ctx, input) => suggest(ctx, input),
};
