import { CommanderError } from 'commander';
import { buildProgram } from '../cli/program.js';
import { runtime } from '../cli/runtime.js';
import { AppError } from '../platform/errors/index.js';
import { DataDirLockedError } from '../platform/db/index.js';
import { ZodError } from 'zod';
import { cliLocale } from '../config/config.js';

/** Entry point of the `tradein` command. */
async function main(): Promise<void> {
  const program = buildProgram(runtime);
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    process.exitCode = 1;
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode;
      return; // commander already printed its one line (or the help)
    }
    const lang = cliLocale();
    let line: string;
    if (err instanceof AppError) line = `${err.code}: ${err.localizedMessage(lang)}`;
    else if (err instanceof DataDirLockedError) line = err.message;
    else if (err instanceof ZodError) line = err.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
    else line = err instanceof Error ? err.message : String(err);
    process.stderr.write(`tradein: ${line.split('\n')[0]}\n`);
    // A command that failed half-way (e.g. serve after opening the database) may leave handles
    // open; it must still end, with its non-zero status.
    process.exit(process.exitCode);
  }
}

await main();
