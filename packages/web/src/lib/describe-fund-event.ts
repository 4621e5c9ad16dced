// Fund entries of the log in words, linked to the process's fund page. The body is read defensively: the log
// page describes whatever an entry holds, and a name is shown with its invisible characters revealed.
import { CURRENCY_CODES, type Currency, formatMinor } from '@concord/core/fund';
import { revealInvisible } from '@concord/core/text';
import { paths } from '../router/routes.ts';

type Description = { text: string; href: string | null };

function amountOf(data: Record<string, unknown>): string {
  const currency = (CURRENCY_CODES as readonly unknown[]).includes(data.currency)
    ? (data.currency as Currency)
    : null;
  return typeof data.amount === 'number' && Number.isSafeInteger(data.amount) && currency
    ? ` of ${formatMinor(data.amount, currency)}`
    : '';
}

const name = (v: unknown) =>
  typeof v === 'string' && v !== '' ? revealInvisible(v, { singleLine: true }) : null;

export function fundEvent(
  verb: string,
  data: Record<string, unknown>,
  processId: string | null,
): Description {
  const href = processId ? paths.fund(processId) : null;
  const amount = amountOf(data);
  switch (verb) {
    case 'created':
      return { text: `a fund set up${name(data.name) ? `: ${name(data.name)}` : ''}`, href };
    case 'pledged':
      return { text: `a pledge${amount}${name(data.donorName) ? ` by ${name(data.donorName)}` : ''}`, href };
    case 'paid':
      return {
        text: `a payment${amount}${data.flagged === true ? ', above its pledges (flagged)' : ''}`,
        href,
      };
    case 'allocated':
      return {
        text: `an allocation${amount}${name(data.projectName) ? ` to ${name(data.projectName)}` : ''}`,
        href,
      };
    case 'disbursed':
      return {
        text: `a disbursement${amount}${name(data.project) ? ` to ${name(data.project)}` : ''}`,
        href,
      };
    default:
      return { text: `a fund event (${verb})`, href };
  }
}
