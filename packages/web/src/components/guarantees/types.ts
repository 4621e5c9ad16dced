// The answer of GET /api/processes/{id}/guarantees, as the page reads it.
import type { CaseChange, RulesFile } from '@concord/core/guarantees';

export type CaseChangeView = {
  case: string;
  seq: number;
  change: CaseChange;
  loggedAt: string;
  logIndex: number;
  stepTitle: string | null;
};

export type CaseView = {
  id: string;
  rule: string;
  ruleTitle: string;
  openedAt: string;
  status: 'open' | 'closed';
  outcome: string | null;
  pending: { step: string; title: string; deadline: string | null } | null;
  changes: CaseChangeView[];
};

export type GuaranteesView = {
  processId: string;
  asOf: string;
  rules: { rules: RulesFile; reason: string; setAt: string; logIndex: number } | null;
  cases: CaseView[];
  notifications: { id: string; by: string; against: string; note: string; at: string; logIndex: number }[];
  parties: { id: string; name: string }[];
  /** Tracked commitments by id, in words: how a case's summary names them. */
  commitments: Record<string, string>;
  may: { setRules: boolean; notify: boolean; recordFinding: boolean };
};
