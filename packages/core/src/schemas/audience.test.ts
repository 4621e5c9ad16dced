import assert from 'node:assert/strict';
import { test } from 'node:test';
import { uuidv7 } from '../ids.ts';
import {
  Audience,
  covers,
  describeAudience,
  intersect,
  MEDIATOR_ONLY,
  PROCESS,
  PUBLIC,
  partiesAudience,
  sameAudience,
} from './audience.ts';

const [a, b, c] = [uuidv7(), uuidv7(), uuidv7()] as [string, string, string];
const ALL = [
  PUBLIC,
  PROCESS,
  partiesAudience([a, b]),
  partiesAudience([b, c]),
  partiesAudience([a]),
  MEDIATOR_ONLY,
];

test('audiences form a chain closed under intersection', () => {
  assert.deepEqual(intersect(PUBLIC, PROCESS), PROCESS);
  assert.deepEqual(intersect(partiesAudience([a, b]), PROCESS), partiesAudience([a, b]));
  assert.deepEqual(intersect(partiesAudience([a, b]), partiesAudience([b, c])), partiesAudience([b]));
  assert.deepEqual(intersect(partiesAudience([a]), partiesAudience([c])), MEDIATOR_ONLY);
  for (const x of ALL)
    for (const y of ALL) {
      const both = intersect(x, y);
      assert.ok(covers(x, both) && covers(y, both), 'the intersection is inside both');
      assert.ok(sameAudience(both, intersect(y, x)), 'and does not depend on order');
    }
});

test('covers: wider admits everyone the narrower does', () => {
  assert.ok(covers(PUBLIC, PROCESS));
  assert.ok(covers(PROCESS, partiesAudience([a])));
  assert.ok(!covers(PROCESS, PUBLIC));
  assert.ok(!covers(partiesAudience([a]), partiesAudience([a, b])));
  assert.ok(covers(partiesAudience([a, b]), MEDIATOR_ONLY));
});

test('one written form: party lists sorted and without repeats', () => {
  assert.deepEqual(partiesAudience([c, a, c]), { kind: 'parties', partyIds: [a, c].sort() });
  assert.ok(Audience.safeParse({ kind: 'parties', partyIds: [b, a] }).error);
  assert.ok(Audience.safeParse({ kind: 'parties', partyIds: [a, a] }).error);
  assert.ok(Audience.safeParse({ kind: 'public', partyIds: [] }).error);
});

test('described in words', () => {
  const name = (id: string) => (id === a ? 'Ukraine' : 'Russia');
  assert.equal(describeAudience(PUBLIC, name), 'public');
  assert.equal(describeAudience(MEDIATOR_ONLY, name), 'the mediators only');
  assert.match(describeAudience(partiesAudience([a]), name), /^Ukraine and the mediators$/);
});
