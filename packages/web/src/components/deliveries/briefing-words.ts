// Words for who has seen a version, shared by the version page's panel and the process's timeline.
import type { DeliveryForm, Receipt } from '@concord/core';

const FORMS: Record<DeliveryForm, string> = {
  paper: 'on paper',
  electronic: 'electronically',
  'oral-briefing': 'in an oral briefing',
};

export function formWords(form: DeliveryForm): string {
  return FORMS[form];
}

/** "20 Nov 2025" from an ISO time, in UTC (the dates of a negotiation are not the reader's time zone). */
export function day(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "received 20 Nov 2025, by the Army Secretary, on paper", "not received", … */
export function receiptWords(r: Receipt): string {
  switch (r.status) {
    case 'delivered':
      return `received ${r.at ? day(r.at) : ''}${r.deliveredBy ? `, from ${r.deliveredBy}` : ''}${r.form ? `, ${formWords(r.form)}` : ''}`;
    case 'consulted':
      return `discussed with it ${r.at ? day(r.at) : ''} (no copy delivered)`;
    case 'shared':
      return 'shared with it (no delivery recorded)';
    case 'open':
      return 'open to everyone in the process';
    case 'not-received':
      return 'not received';
  }
}
