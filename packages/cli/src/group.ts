// A command that only groups subcommands (`concord`, `concord log`). Called without a known subcommand it
// fails with one line instead of commander's multi-line help on stderr.
import { Command } from 'commander';
import { CliError } from './errors.ts';

export function groupCommand(name: string, description: string): Command {
  const group = new Command(name)
    .description(description)
    .argument('[command]')
    .helpCommand(true)
    .usage('<command> [options]');
  group.action((command: string | undefined) => {
    const path = group.parent ? `${group.parent.name()} ${name}` : name;
    const known = group.commands.map((c) => c.name()).join(', ');
    throw new CliError(
      command === undefined
        ? `missing command for ${path} (one of: ${known}); see ${path} --help`
        : `unknown command '${command}' for ${path} (one of: ${known}); see ${path} --help`,
    );
  });
  return group;
}
