import type { CliCommand } from './registry';
import { reportCommand } from './report-command';
import { routeCommand } from './route-command';
import { scheduleB2bCommand } from './schedule-command';

/** The commands each area registers (routing, scheduling, reports); one line per area. */
export const areaCommands: CliCommand[] = [reportCommand, scheduleB2bCommand, routeCommand];
