import { recentActivity } from '../../services/dashboard/activity';
import { dashboardSummary, overdueTasks } from '../../services/dashboard/summary';
import { searchAll } from '../../services/search/search';
import { listViews, removeView, saveView } from '../../services/views/views';
import type { HandlerModule } from './types';

export const workspaceHandlers: HandlerModule = {
  'search.query': (ctx, input) => searchAll(ctx, input),
  'dashboard.summary': (ctx) => dashboardSummary(ctx),
  'dashboard.overdueTasks': (ctx, input) => overdueTasks(ctx, input),
  'dashboard.activity': (ctx, input) => recentActivity(ctx, input?.limit ?? 15),
  'views.list': (ctx, input) => listViews(ctx, input),
  'views.save': (ctx, input) => saveView(ctx, input),
  'views.remove': (ctx, input) => removeView(ctx, input.id),
};
