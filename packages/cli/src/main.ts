// `concord` entry: bundled into dist/concord.js (scripts/build.ts), which bin/concord.js runs.
import { errorLine } from './errors.ts';
import { runCli } from './run-cli.ts';

// Anything that escapes a command still ends as one line (the stack only with CONCORD_DEBUG set).
const crash = (error: unknown) => {
  process.stderr.write(`concord: unexpected error: ${errorLine(error)}\n`);
  if (process.env.CONCORD_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

const code = await runCli(process.argv.slice(2));
// Long-running commands (start) keep the event loop busy; everything else ends here with its code.
process.exitCode = code;
