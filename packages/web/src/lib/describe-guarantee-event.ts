// Released copies and guarantee cases in words, for the log register and the verify page. Read defensively: any
// field may be missing from what the server (or a pasted event) holds.
import { revealInvisible } from '@concord/core/text';
import { paths } from '../router/routes.ts';
import type { EventDescription } from './describe-event.ts';
import { isRecord, str } from './read-loosely.ts';

const line = (v: string) => revealInvisible(v, { singleLine: true });

const CHANGES: Record<string, string> = {
  opened: 'opened',
  'step-entered': 'entered a step',
  decided: 'decided at a step',
  recorded: 'recorded a decision',
  extended: 'extended a deadline',
  defaulted: 'reached a step’s default',
  consequence: 'took a consequence',
  closed: 'closed',
};

/** `copy.released`: a copy of a version for one recipient; the recipient is not named here (it is confidential). */
export function copyEvent(data: Record<string, unknown>): EventDescription {
  const versionId = str(data.versionId);
  return {
    text: 'a copy of a version released to a recipient, fingerprinted for them',
    href: versionId && paths.version(versionId),
  };
}

/** `guarantee.*`: rules set, a notification, a council's finding, a change in a case; linked to the Guarantees page. */
export function guaranteeEvent(verb: string, data: Record<string, unknown>): EventDescription {
  const processId = str(data.processId);
  const href = processId && paths.guarantees(processId);
  if (verb === 'rules-set') return { text: 'the guarantee rules of a process set', href };
  if (verb === 'notified') {
    const by = str(data.by);
    return { text: `a notification under the guarantees${by ? ` by ${line(by)}` : ''}`, href };
  }
  if (verb === 'finding-recorded') return { text: 'a council’s finding entered on a guarantee case', href };
  if (verb === 'case-changed') {
    const change = isRecord(data.change) ? str(data.change.kind) : null;
    const kase = str(data.case);
    const what = (change && CHANGES[change]) ?? 'changed';
    return { text: `guarantee case${kase ? ` ${line(kase)}` : ''} ${what}`, href };
  }
  return { text: `a guarantee.${line(verb)} event`, href };
}
