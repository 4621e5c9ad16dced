// A decision rule in words, for a newcomer reading a council's page: what passes a motion, who can stop one,
// how many must take part.
import type { CouncilMemberRecord, DecisionRule } from '../schemas/council.ts';

export function describeRule(
  rule: DecisionRule,
  members: readonly Pick<CouncilMemberRecord, 'id' | 'name'>[],
): string[] {
  const counted =
    rule.abstentions === 'counted'
      ? 'abstentions count as votes not for'
      : 'abstentions are left out of the count';
  const lines = [`${passes(rule)}; ${counted}.`];
  const names = rule.vetoHolders.map(
    (id) => members.find((m) => m.id === id)?.name ?? 'a seat not on the council',
  );
  if (names.length > 0)
    lines.push(`A vote against by ${names.join(', ')} defeats a motion whatever the count (a veto).`);
  const { numerator, denominator } = rule.quorum;
  lines.push(
    numerator === 0
      ? 'There is no quorum: any number of votes decides.'
      : `Quorum: at least ${numerator}/${denominator} of the voting seats take part (abstaining counts as taking part).`,
  );
  lines.push('Observers sit on the council but do not vote.');
  return lines;
}

function passes(rule: DecisionRule): string {
  switch (rule.kind) {
    case 'consensus':
      return 'A motion passes by consensus: nobody votes against';
    case 'simple-majority':
      return 'A motion passes with more votes for than not';
    case 'qualified-majority': {
      const t = rule.threshold;
      return `A motion passes when at least ${t?.numerator}/${t?.denominator} of the votes counted are for`;
    }
    case 'majority-with-chair-approval':
      return "A motion passes by a majority that includes the chair's vote for (the chair approves, and breaks a tie)";
  }
}
