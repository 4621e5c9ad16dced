// Every text field of every input refuses what would display differently from what it says, naming the field;
// real right-to-left and mixed writing passes byte for byte.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { z } from 'zod';
import { ConcordEvent } from '../events.ts';
import { HOSTILE, LEGITIMATE } from '../text/samples.ts';
import { CommitmentCreate, CommitmentUpdate } from './commitment.ts';
import { PartyCreate, PartyUpdate } from './party.ts';
import { PlanCreate, PlanUpdate } from './plan.ts';
import { PointCreate, PointUpdate } from './point.ts';
import { ProcessCreate, ProcessUpdate } from './process.ts';
import { ValuationInput } from './valuation.ts';
import { VersionCreate, VersionUpdate } from './version.ts';

type Case = {
  schema: z.ZodType;
  body: (t: string) => unknown;
  path: string;
  multiline: boolean;
  /** A point number holds at most 20 characters: long samples are left out there. */
  short?: boolean;
};

const draft = (over: Record<string, unknown>) => ({
  label: 'Draft',
  points: [{ text: { en: 'Text.' }, ...over }],
});

// One entry per text field an input can carry (nested drafts included), with the path an error must name.
const CASES: Case[] = [
  { schema: ProcessCreate, body: (t) => ({ title: t }), path: 'title', multiline: false },
  {
    schema: ProcessCreate,
    body: (t) => ({ title: 'P', description: t }),
    path: 'description',
    multiline: true,
  },
  { schema: ProcessUpdate, body: (t) => ({ title: t }), path: 'title', multiline: false },
  { schema: PartyCreate, body: (t) => ({ name: t, kind: 'party' }), path: 'name', multiline: false },
  {
    schema: PartyCreate,
    body: (t) => ({ name: 'Ukraine', kind: 'party', aliases: ['Kyiv', t] }),
    path: 'aliases.1',
    multiline: false,
  },
  { schema: PartyUpdate, body: (t) => ({ name: t }), path: 'name', multiline: false },
  { schema: PlanCreate, body: (t) => ({ title: t }), path: 'title', multiline: false },
  { schema: PlanUpdate, body: (t) => ({ title: t }), path: 'title', multiline: false },
  { schema: VersionCreate, body: (t) => ({ label: t }), path: 'label', multiline: false },
  { schema: VersionCreate, body: (t) => ({ label: 'V', note: t }), path: 'note', multiline: true },
  {
    schema: VersionCreate,
    body: (t) => draft({ number: t }),
    path: 'points.0.number',
    multiline: false,
    short: true,
  },
  {
    schema: VersionCreate,
    body: (t) => draft({ text: { ar: t } }),
    path: 'points.0.text.ar',
    multiline: true,
  },
  {
    schema: VersionCreate,
    body: (t) => draft({ categories: [t] }),
    path: 'points.0.categories.0',
    multiline: false,
  },
  {
    schema: VersionCreate,
    body: (t) => draft({ quantities: [{ value: 1, unit: t, text: '' }] }),
    path: 'points.0.quantities.0.unit',
    multiline: false,
  },
  {
    schema: VersionCreate,
    body: (t) => draft({ quantities: [{ value: 1, unit: 'days', text: t }] }),
    path: 'points.0.quantities.0.text',
    multiline: true,
  },
  {
    schema: VersionCreate,
    body: (t) => draft({ conditions: [{ if: 'a', then: t }] }),
    path: 'points.0.conditions.0.then',
    multiline: true,
  },
  {
    schema: VersionCreate,
    body: (t) => draft({ commitments: [{ obligor: 'Ukraine', action: t }] }),
    path: 'points.0.commitments.0.action',
    multiline: true,
  },
  {
    schema: VersionCreate,
    body: (t) => draft({ points: [{ text: { uk: t } }] }),
    path: 'points.0.points.0.text.uk',
    multiline: true,
  },
  { schema: VersionUpdate, body: (t) => ({ label: t }), path: 'label', multiline: false },
  { schema: PointCreate, body: (t) => ({ text: { en: t } }), path: 'text.en', multiline: true },
  { schema: PointUpdate, body: (t) => ({ number: t }), path: 'number', multiline: false, short: true },
  { schema: CommitmentCreate, body: (t) => ({ obligor: t, action: 'a' }), path: 'obligor', multiline: false },
  {
    schema: CommitmentCreate,
    body: (t) => ({ obligor: 'Russia', beneficiary: t, action: 'a' }),
    path: 'beneficiary',
    multiline: false,
  },
  {
    schema: CommitmentCreate,
    body: (t) => ({ obligor: 'Russia', action: 'a', due: { event: t } }),
    path: 'due.event',
    multiline: true,
  },
  {
    schema: CommitmentUpdate,
    body: (t) => ({ verification: t }),
    path: 'verification',
    multiline: true,
  },
  {
    schema: ValuationInput,
    body: (t) => ({ reservation: 0.5, points: [], note: t }),
    path: 'note',
    multiline: true,
  },
];

const pathOf = (issue: z.core.$ZodIssue) => issue.path.map(String).join('.');

describe('safe text in every input schema', () => {
  test('each hostile string is refused with the field’s path and a message naming the character', () => {
    for (const { schema, body, path } of CASES) {
      for (const [name, hostile] of Object.entries(HOSTILE)) {
        const result = schema.safeParse(body(hostile));
        assert.equal(result.success, false, `${name} in ${path}`);
        const issues = result.error?.issues ?? [];
        assert.deepEqual(issues.map(pathOf), [path], `${name} in ${path}`);
        assert.match(issues[0]?.message ?? '', /U\+[0-9A-F]{4}/, `${name} in ${path}`);
      }
    }
  });

  test('real writing passes byte for byte in every field', () => {
    for (const { schema, body, path, short } of CASES) {
      for (const [name, text] of Object.entries(LEGITIMATE)) {
        if (short && text.length > 20) continue;
        const result = schema.safeParse(body(text));
        assert.ok(result.success, `${name} in ${path}: ${JSON.stringify(result.error?.issues)}`);
        assert.deepEqual(result.data, schema.parse(body(text)));
        assert.ok(
          JSON.stringify(result.data).includes(JSON.stringify(text).slice(1, -1)),
          `${name} in ${path}`,
        );
      }
    }
  });

  test('line breaks: prose keeps them, names, titles and labels refuse them', () => {
    for (const { schema, body, path, multiline } of CASES) {
      const result = schema.safeParse(body('first line\n\tsecond line'));
      assert.equal(result.success, multiline, path);
    }
  });

  test('text is still trimmed, and a trimmed-away newline is no problem', () => {
    assert.equal(ProcessCreate.parse({ title: '  הסכם שלום\n' }).title, 'הסכם שלום');
    assert.equal(
      ProcessCreate.parse({ title: 'P', description: '\n اتفاق السلام \n' }).description,
      'اتفاق السلام',
    );
    const blank = ProcessCreate.safeParse({ title: ' \u3000 ' });
    assert.deepEqual(
      blank.error?.issues.map((i) => i.message),
      ['must not be empty'],
    );
  });

  test('the log refuses such an event too, whoever builds it', () => {
    const event = {
      v: 1,
      id: '0192f0c8-7d2a-7000-8000-000000000001',
      type: 'process.created',
      at: '2025-11-20T10:00:00.000Z',
      actor: 'api',
      data: {
        id: '0192f0c8-7d2a-7000-8000-000000000002',
        title: HOSTILE.rlo,
        description: '',
        createdAt: '2025-11-20T10:00:00.000Z',
      },
    };
    const result = ConcordEvent.safeParse(event);
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues.map(pathOf), ['data.title']);
    assert.ok(
      ConcordEvent.safeParse({ ...event, data: { ...event.data, title: LEGITIMATE.arabic } }).success,
    );
  });
});
