import { getCollege, listColleges } from '../../services/network/colleges';
import { listPartners, listThemes, networkSummary } from '../../services/network/partners';
import type { HandlerModule } from './types';

export const networkHandlers: HandlerModule = {
  'network.summary': (ctx) => networkSummary(ctx),
  'network.listColleges': (ctx, input) => listColleges(ctx, input),
  'network.getCollege': (ctx, input) => getCollege(ctx, input.id),
  'network.listPartners': (ctx, input) => listPartners(ctx, input),
  'network.listThemes': (ctx) => listThemes(ctx),
};
