import type { ParseArgsConfig } from 'node:util';
import type { AppContext } from '../services/context';
import type { Output } from './output';

export type CommandOptions = NonNullable<ParseArgsConfig['options']>;
export type CommandValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * A command that declares its own options, so each area adds its command in its own file without
 * touching the shared parser. `needsDatabase: false` commands (e.g. the benchmark scheduler) run
 * without opening a data folder.
 */
export type CliCommand = {
  name: string;
  /** One or more usage lines (Dutch) shown in --help. */
  usage: string;
  options: CommandOptions;
  needsDatabase: boolean;
  run: (args: { ctx: AppContext | null; out: Output; values: CommandValues; positionals: string[] }) => Promise<number> | number;
};
