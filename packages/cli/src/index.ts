export { CliError, errorLine } from './errors.ts';
export { createProgram } from './program.ts';
export { runCli } from './run-cli.ts';
