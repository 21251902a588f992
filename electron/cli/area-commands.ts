import type { CliCommand } from './registry';

/** The commands each area registers (routing, scheduling, reports); one line per area. */
export const areaCommands: CliCommand[] = [];
