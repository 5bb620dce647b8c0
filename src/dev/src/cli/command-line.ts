import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandLine<O extends Options> {
  values: ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values'];
  positionals: string[];
}

/** Thrown for a command line that cannot be run; the message is for the person who typed it. */
export class UsageError extends Error {}

/**
 * Parses an `npm run <command> -- ...` command line strictly. `--help` (or `-h`) prints
 * `usage` on stdout and exits 0; anything unknown is a UsageError naming it.
 */
export function parseCommandLine<O extends Options>(args: readonly string[], usage: string, options: O): CommandLine<O> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(usage.trimEnd() + '\n');
    process.exit(0);
  }
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Runs a command's main: a UsageError prints the usage and exits 2, any other error exits 1. */
export async function runCommand(name: string, usage: string, main: () => Promise<number>): Promise<never> {
  let code: number;
  try {
    code = await main();
  } catch (error) {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof UsageError) process.stderr.write(`\n${usage.trimEnd()}\n`);
    code = error instanceof UsageError ? 2 : 1;
  }
  process.exit(code);
}
