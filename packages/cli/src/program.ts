// The `concord` command tree. Each command lives in its own file under ./commands/.
import type { Command } from 'commander';
import { accessCommand } from './commands/access.ts';
import { accountCommand } from './commands/account.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { diffCommand } from './commands/diff.ts';
import { keyCommand } from './commands/key.ts';
import { logCommand } from './commands/log-check.ts';
import { memberCommand } from './commands/member.ts';
import { planCommand } from './commands/plan.ts';
import { processCommand } from './commands/process.ts';
import { rulesCommand } from './commands/rules.ts';
import { signCommand } from './commands/sign.ts';
import { startCommand } from './commands/start.ts';
import { verifyCommand } from './commands/verify.ts';
import { witnessCommand } from './commands/witness.ts';
import { witnessesCommand } from './commands/witnesses.ts';
import { groupCommand } from './group.ts';

export function createProgram(): Command {
  const program = groupCommand(
    'concord',
    'Concord: plans, negotiation, signing and monitoring of peace frameworks on a verifiable log',
  );
  program.addCommand(startCommand());
  program.addCommand(logCommand());
  program.addCommand(accountCommand());
  program.addCommand(processCommand());
  program.addCommand(memberCommand());
  program.addCommand(accessCommand());
  program.addCommand(planCommand());
  program.addCommand(diffCommand());
  program.addCommand(rulesCommand());
  program.addCommand(witnessCommand());
  program.addCommand(witnessesCommand());
  program.addCommand(verifyCommand());
  program.addCommand(keyCommand());
  program.addCommand(signCommand());
  analyzeCommand(program);
  return program;
}
