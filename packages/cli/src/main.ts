// `concord` entry (loaded by bin/concord.js after tsx is registered).
import { runCli } from './run-cli.ts';

const code = await runCli(process.argv.slice(2));
// Long-running commands (start) keep the event loop busy; everything else ends here with its code.
process.exitCode = code;
