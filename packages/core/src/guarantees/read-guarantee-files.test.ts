// Hostile or careless files are refused with one message that says where in the file the problem is.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readRulesFile, readTimelineFile } from './read-guarantee-files.ts';
import { exampleJson, exampleRules } from './test-support.ts';

type Json = Record<string, unknown>;
const rules2231 = () =>
  structuredClone(exampleJson('unscr-2231.rules.json')) as { rules: Json[] & { steps: Json[] }[] };
const stepsOf = (file: { rules: Json[] }) => (file.rules[0] as { steps: Json[] }).steps;

function rulesMessage(mutate: (file: { rules: Json[] }) => unknown): string {
  const file = rules2231();
  const changed = mutate(file) ?? file;
  const read = readRulesFile(changed);
  assert.ok(!read.ok, 'must be refused');
  return read.message;
}

describe('a malformed rules file', () => {
  const cases: [string, (f: { rules: Json[] }) => unknown, RegExp][] = [
    ['not an object', () => 'rules', /^\(the file\): /],
    ['another format', (f) => ({ ...f, format: 'concord.rules/2' }), /^format: /],
    ['no rules', (f) => ({ ...f, rules: [] }), /^rules: /],
    [
      'a negative period',
      (f) => {
        (stepsOf(f)[1] as Json).days = -1;
      },
      /^rules\[0\]\.steps\[1\]\.days: .*>=0/,
    ],
    [
      'a period in years',
      (f) => {
        (stepsOf(f)[1] as Json).days = 1e9;
      },
      /^rules\[0\]\.steps\[1\]\.days: /,
    ],
    [
      'a fraction of a day',
      (f) => {
        (stepsOf(f)[0] as Json).days = 10.5;
      },
      /^rules\[0\]\.steps\[0\]\.days: /,
    ],
    [
      'an unknown field',
      (f) => {
        (f.rules[0] as Json).colour = 'red';
      },
      /^rules\[0\]: .*colour/,
    ],
    [
      'a trigger of no known kind',
      (f) => {
        (f.rules[0] as Json).trigger = { on: 'rumour' };
      },
      /^rules\[0\]\.trigger\.on: /,
    ],
    [
      'an unknown consequence',
      (f) => {
        ((stepsOf(f)[1] as Json).default as Json).consequences = [{ kind: 'war' }];
      },
      /^rules\[0\]\.steps\[1\]\.default\.consequences\[0\]\.kind: /,
    ],
    [
      'a step that does not exist',
      (f) => {
        (stepsOf(f)[0] as Json).outcomes = { tabled: { next: 'nowhere' } };
      },
      /^rules\[0\]\.steps\[0\]\.outcomes\.tabled\.next: no step 'nowhere' in this rule$/,
    ],
    [
      'a loop',
      (f) => {
        (stepsOf(f)[2] as Json).default = { next: 'tabling' };
      },
      /^rules\[0\]\.steps\[2\]\.default\.next: leads back to step 'tabling': steps may not loop$/,
    ],
    [
      'a deadline without a default',
      (f) => void delete (stepsOf(f)[0] as Json).default,
      /^rules\[0\]\.steps\[0\]\.days: a step with a deadline needs a "default"/,
    ],
    [
      'a step defined twice',
      (f) => {
        (stepsOf(f)[2] as Json).id = 'tabling';
      },
      /^rules\[0\]\.steps\[2\]\.id: step 'tabling' is defined twice/,
    ],
    [
      'a rule defined twice',
      (f) => void f.rules.push(structuredClone(f.rules[0] as Json)),
      /^rules\[1\]\.id: rule 'UNSCR-2231-snapback' is defined twice$/,
    ],
    [
      'a day that does not exist',
      (f) => {
        (f.rules[0] as Json).inForceUntil = '2025-02-30';
      },
      /^rules\[0\]\.inForceUntil: must be a UTC date/,
    ],
    [
      'a time with an offset',
      (f) => {
        (f.rules[0] as Json).inForceUntil = '2025-10-18T00:00:00+02:00';
      },
      /^rules\[0\]\.inForceUntil: /,
    ],
    [
      'a title that hides its direction',
      (f) => {
        (f.rules[0] as Json).title = 'Snap\u202eback';
      },
      /^rules\[0\]\.title: .*U\+202E/,
    ],
    [
      'an id with a slash',
      (f) => {
        (f.rules[0] as Json).id = '../etc';
      },
      /^rules\[0\]\.id: must be 1–80 letters/,
    ],
    [
      'an outcome named __proto__',
      (f) => JSON.parse(JSON.stringify(f).replace('"tabled":', '"__proto__":')),
      /^rules\[0\]\.steps\[0\]\.outcomes(\.__proto__|\["__proto__"\])?: /,
    ],
  ];
  for (const [name, mutate, message] of cases)
    test(`${name}: ${message.source.slice(1, 40)}…`, () => assert.match(rulesMessage(mutate), message));

  test('more than one problem: the first is named, the rest counted', () => {
    const message = rulesMessage((f) => {
      (f.rules[0] as Json).title = '';
      (stepsOf(f)[0] as Json).days = -1;
    });
    assert.match(message, /^rules\[0\]\.title: must not be empty \(and 1 more problem\)$/);
  });
});

describe('a malformed timeline', () => {
  const rules = exampleRules('unscr-2231.rules.json');
  const base = () => structuredClone(exampleJson('unscr-2231-2025.events.json')) as { events: Json[] };
  const message = (mutate: (file: { events: Json[] }) => unknown) => {
    const file = base();
    const read = readTimelineFile(mutate(file) ?? file, rules);
    assert.ok(!read.ok, 'must be refused');
    return read.message;
  };
  const cases: [string, (f: { events: Json[] }) => unknown, RegExp][] = [
    ['a rules file given as the timeline', () => exampleJson('unscr-2231.rules.json'), /^format: /],
    [
      'an event of no known type',
      (f) => {
        (f.events[0] as Json).type = 'rumour';
      },
      /^events\[0\]\.type: /,
    ],
    [
      'a date that does not exist',
      (f) => {
        (f.events[1] as Json).at = '2025-09-31';
      },
      /^events\[1\]\.at: must be a UTC date like 2025-08-28/,
    ],
    [
      'a local time',
      (f) => {
        (f.events[1] as Json).at = '2025-09-19T10:00:00';
      },
      /^events\[1\]\.at: /,
    ],
    [
      'no one notifying',
      (f) => {
        (f.events[0] as Json).by = [];
      },
      /^events\[0\]\.by: /,
    ],
    [
      'a case that is not a rule and a number',
      (f) => {
        (f.events[1] as Json).case = 'UNSCR-2231-snapback';
      },
      /^events\[1\]\.case: must be a rule's id, '#' and a number/,
    ],
    [
      'a rule not in the rules file',
      (f) => {
        (f.events[1] as Json).case = 'JCPOA-DRM-36#1';
      },
      /^events\[1\]\.case: no rule 'JCPOA-DRM-36' in the rules file$/,
    ],
    [
      'a step the rule lacks',
      (f) => {
        (f.events[1] as Json).step = 'veto';
      },
      /^events\[1\]\.step: rule 'UNSCR-2231-snapback' has no step 'veto'$/,
    ],
    [
      'an outcome the step lacks',
      (f) => {
        (f.events[1] as Json).outcome = 'vetoed';
      },
      /^events\[1\]\.outcome: step 'council-vote' of 'UNSCR-2231-snapback' has no outcome 'vetoed' \(its outcomes: adopted, not-adopted\)$/,
    ],
    [
      'an outcome named like an object property',
      (f) => {
        (f.events[1] as Json).outcome = 'constructor';
      },
      /^events\[1\]\.outcome: .*no outcome 'constructor'/,
    ],
    [
      'an event id twice',
      (f) => {
        (f.events[2] as Json).id = 'e3-notification';
      },
      /^events\[2\]\.id: event 'e3-notification' appears twice$/,
    ],
    [
      'a verification of no incident',
      (f) =>
        void f.events.push({
          id: 'v',
          type: 'verification',
          at: '2025-09-01',
          incident: 'ghost',
          status: 'verified',
        }),
      /^events\[3\]\.incident: no incident 'ghost' in this timeline$/,
    ],
    [
      'an extension of a step that cannot be extended',
      (f) =>
        void f.events.push({
          id: 'x',
          type: 'extension',
          at: '2025-09-01',
          case: 'UNSCR-2231-snapback#1',
          step: 'council-vote',
          days: 3,
        }),
      /^events\[3\]\.step: step 'council-vote' of 'UNSCR-2231-snapback' cannot be extended$/,
    ],
    [
      'a commitment status off the scale',
      (f) =>
        void f.events.push({
          id: 'c',
          type: 'commitment',
          at: '2025-09-01',
          commitment: 'x',
          obligor: 'Iran',
          dueAt: '2025-09-02',
          status: 4,
        }),
      /^events\[3\]\.status: /,
    ],
    [
      'too many events',
      (f) => {
        f.events = Array.from({ length: 5_001 }, (_, i) => ({
          id: `n${i}`,
          type: 'notification',
          at: '2025-08-28',
          by: ['France'],
        }));
      },
      /^events: .*5000/,
    ],
  ];
  for (const [name, mutate, expected] of cases)
    test(`${name}: ${expected.source.slice(1, 40)}…`, () => assert.match(message(mutate), expected));

  test('a verification listed before its incident, at the same moment', () => {
    const read = readTimelineFile(
      {
        format: 'concord.timeline/1',
        events: [
          { id: 'v', type: 'verification', at: '2026-03-02', incident: 'i', status: 'verified' },
          { id: 'i', type: 'incident', at: '2026-03-02', incidentType: 'invasion', allegedParty: 'Russia' },
        ],
      },
      rules,
    );
    assert.deepEqual(read, {
      ok: false,
      message: "events[0].incident: incident 'i' must come before its verification",
    });
  });

  test('a verification before its incident happened', () => {
    const read = readTimelineFile(
      {
        format: 'concord.timeline/1',
        events: [
          { id: 'i', type: 'incident', at: '2026-03-02', incidentType: 'invasion', allegedParty: 'Russia' },
          { id: 'v', type: 'verification', at: '2026-03-01', incident: 'i', status: 'verified' },
        ],
      },
      rules,
    );
    assert.deepEqual(read, {
      ok: false,
      message: "events[1].at: is before incident 'i' happened (2026-03-02T00:00:00.000Z)",
    });
  });
});
