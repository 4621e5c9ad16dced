// `concord witness`: run as an independent party's witness of a Concord log. Each round fetches the latest
// checkpoint, accepts it only with a valid consistency proof from the last one accepted, cosigns it (C2SP
// tlog-cosignature/v1) and posts the cosignature back; on a fork it keeps the evidence and stops with an alarm.
import { Command, Option } from 'commander';
import { CliError, errorLine } from '../errors.ts';

type WitnessFlags = {
  url?: string;
  state: string;
  once?: boolean;
  interval: number;
  name?: string;
  printKey?: boolean;
};

/** Exit code of an alarm (a fork, a shrunk log, another key): apart from 1, a plain failure. */
export const ALARM_EXIT = 3;

function parseInterval(value: string): number {
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400)
    throw new CliError(`--interval must be whole seconds from 1 to 86400, not ${JSON.stringify(value)}`);
  return seconds;
}

export function witnessCommand(): Command {
  return new Command('witness')
    .description(
      'witness a Concord log: accept each new checkpoint only with a consistency proof, cosign it, post the cosignature',
    )
    .requiredOption(
      '--state <dir>',
      'the witness’s directory: its private key (made on first use) and what it accepted',
    )
    .option('--url <url>', 'the Concord server, e.g. https://concord.example.org')
    .option('--once', 'one round, then exit')
    .addOption(new Option('--interval <s>', 'seconds between rounds').argParser(parseInterval).default(60))
    .option('--name <name>', 'the witness’s key name when its key is made (default witness.<host>/concord)')
    .option('--print-key', 'print the witness’s public key (vkey) for the deployment to register, and exit')
    .action(async (flags: WitnessFlags) => {
      await runWitness(flags);
    });
}

async function runWitness(flags: WitnessFlags): Promise<void> {
  const [{ witnessKeys }, { witnessRound }] = await Promise.all([
    import('../witness/state.ts'),
    import('../witness/round.ts'),
  ]);
  const keys = witnessKeys(flags.state, flags.name);
  if (flags.printKey) {
    process.stdout.write(`${keys.verifierKey}\n`);
    return;
  }
  const url = flags.url;
  if (url === undefined) throw new CliError('--url is needed to witness a log (or --print-key)');
  if (!/^https?:\/\/[^\s]+$/.test(url))
    throw new CliError(`--url must be an http(s) URL, not ${JSON.stringify(url)}`);
  for (;;) {
    try {
      const result = await witnessRound({ url, dir: flags.state, keys });
      if (result.kind === 'alarm')
        throw new CliError(`ALARM: ${result.reason}; evidence kept in ${result.evidence}`, ALARM_EXIT);
      const from = result.previous === null ? 'first checkpoint' : `consistent with ${result.previous}`;
      process.stdout.write(`witnessed ${url} at size ${result.size} (${from}); cosignature posted\n`);
    } catch (error) {
      // A server that is down or answers nonsense is retried at the next round; a fork never is.
      if (flags.once || (error instanceof CliError && error.exitCode === ALARM_EXIT)) throw error;
      process.stderr.write(`concord witness: ${errorLine(error)}\n`);
    }
    if (flags.once) return;
    await new Promise((resolve) => setTimeout(resolve, flags.interval * 1000));
  }
}
