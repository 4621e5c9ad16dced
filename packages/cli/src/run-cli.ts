// Runs the command tree and turns every failure (commander's usage errors and our own) into one stderr line.
import { type Command, CommanderError } from 'commander';
import { errorLine } from './errors.ts';
import { createProgram } from './program.ts';

type Output = { out: (s: string) => void; err: (s: string) => void };

const processOutput: Output = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

/** Runs `concord <args>`; resolves with the exit code (long-running commands resolve once they are up). */
export async function runCli(args: string[], output: Output = processOutput): Promise<number> {
  const program = createProgram();
  configure(program, output);
  try {
    await program.parseAsync(args, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Usage errors were already printed (one line) by outputError; help and version exit 0.
      return error.exitCode;
    }
    output.err(`concord: ${errorLine(error)}\n`);
    return typeof (error as { exitCode?: unknown }).exitCode === 'number'
      ? (error as { exitCode: number }).exitCode || 1
      : 1;
  }
}

function configure(command: Command, output: Output): void {
  command.exitOverride().configureOutput({
    writeOut: output.out,
    writeErr: output.err,
    outputError: (message, write) => write(`concord: ${errorLine(message.replace(/^error: /, ''))}\n`),
  });
  for (const sub of command.commands) configure(sub, output);
}
