import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Scenario } from '../model.ts';
import { readConcordJson, writeConcordJson } from './concord-json.ts';
import { readGeniusDomain, readGeniusProfile } from './genius-xml.ts';
import { loadScenario, scenarioFromFiles } from './load-scenario.ts';
import { writeGeniusXml } from './write-genius-xml.ts';

const DOMAIN = `<negotiation_template><utility_space number_of_issues="2">
<objective index="0" name="truce" etype="objective" type="objective">
  <issue index="1" name="Monitors" etype="discrete" type="discrete" vtype="discrete">
    <item index="1" value="UN"/><item index="2" value="Regional"/><item index="3" value="None"/>
  </issue>
  <issue index="2" name="Days" etype="integer" type="integer" vtype="integer" lowerbound="2" upperbound="4"/>
</objective></utility_space></negotiation_template>`;

const profile = (
  evals: [number, number, number],
  offset: number,
  slope: number,
  extra = '',
) => `<utility_space>
<objective index="0" name="truce" etype="objective" type="objective">
  <issue index="1" name="Monitors" etype="discrete">
    <item index="1" value="UN" evaluation="${evals[0]}"/><item index="2" value="Regional" evaluation="${evals[1]}"/>
    <item index="3" value="None" evaluation="${evals[2]}"/>
  </issue>
  <issue index="2" name="Days" etype="integer" lowerbound="2" upperbound="4">
    <evaluator ftype="linear" offset="${offset}" slope="${slope}"/>
  </issue>
  <weight index="1" value="0.6"/><weight index="2" value="0.4"/>
</objective>${extra}
</utility_space>`;

describe('Genius XML', () => {
  const domain = readGeniusDomain(DOMAIN, 'd.xml');

  test('domain: discrete items and an integer range expanded', () => {
    assert.deepEqual(
      domain.issues.map((i) => [i.name, i.options]),
      [
        ['Monitors', ['UN', 'Regional', 'None']],
        ['Days', ['2', '3', '4']],
      ],
    );
  });

  test('genius semantics divides by the issue max and shifts+clamps integers; raw uses numbers as written', () => {
    const text = profile([10, 5, 0], 0.5, 0.4, '<reservation value="0.3"/>');
    const g = readGeniusProfile(text, 'a.xml', domain, 'genius');
    assert.deepEqual(g.values[0], [1, 0.5, 0]);
    assert.deepEqual(g.values[1], [0.5, 0.9, 1]); // 0.5 + 0.4·(v−2), clamped at 1
    assert.deepEqual(g.weights, [0.6, 0.4]);
    assert.equal(g.reservation, 0.3);
    const r = readGeniusProfile(text, 'a.xml', domain, 'raw');
    assert.deepEqual(r.values[0], [10, 5, 0]);
    assert.deepEqual(
      r.values[1]?.map((v) => Math.round(v * 1e12) / 1e12),
      [1.3, 1.7, 2.1],
    );
  });

  test('a missing reservation is none under genius, 0 under raw (as NegMAS reads it)', () => {
    const text = profile([1, 2, 3], 0, 0.1);
    assert.equal(readGeniusProfile(text, 'a.xml', domain, 'genius').reservation, null);
    assert.equal(readGeniusProfile(text, 'a.xml', domain, 'raw').reservation, 0);
  });

  test('non-additive profiles are refused, naming the construct and the file', () => {
    const nonlinear = profile([1, 2, 3], 0, 0.1).replace(
      '<utility_space>',
      '<utility_space type="nonlinear">',
    );
    assert.throws(
      () => readGeniusProfile(nonlinear, 'nl.xml', domain, 'genius'),
      /nl\.xml: .*type="nonlinear"/,
    );
    const rect = profile([1, 2, 3], 0, 0.1, '<ufun type="PlainUfun"><hyperRectangle utility="9"/></ufun>');
    assert.throws(() => readGeniusProfile(rect, 'hr.xml', domain, 'genius'), /hr\.xml: .*<hyperRectangle>/);
    const constraint = profile([1, 2, 3], 0, 0.1).replace(
      '<utility_space>',
      '<utility_space type="constraint">',
    );
    assert.throws(() => readGeniusProfile(constraint, 'c.xml', domain, 'genius'), /c\.xml: .*constraint/);
    const similarity = profile([1, 2, 3], 0, 0.1).replace(
      /<item index="1" value="UN".*?\n.*?<item index="3" value="None" evaluation="3"\/>/s,
      '<similarity_function weight="0.2"><criteria_function weight="1"/></similarity_function>',
    );
    assert.throws(
      () => readGeniusProfile(similarity, 's.xml', domain, 'genius'),
      /s\.xml: .*<similarity_function>/,
    );
  });

  test('malformed or incomplete input is a clear error', () => {
    assert.throws(
      () => readGeniusDomain('<negotiation_template><issue>', 'bad.xml'),
      /bad\.xml: not well-formed XML/,
    );
    const missing = profile([1, 2, 3], 0, 0.1).replace(/<item index="3"[^>]*\/>/, '');
    assert.throws(
      () => readGeniusProfile(missing, 'm.xml', domain, 'genius'),
      /m\.xml: issue "Monitors" has no evaluation for "None"/,
    );
    const nan = profile([1, 2, 3], 0, 0.1).replace('value="0.6"', 'value="heavy"');
    assert.throws(() => readGeniusProfile(nan, 'w.xml', domain, 'genius'), /w\.xml: weight of "Monitors"/);
  });
});

describe('GeniusWeb JSON (both dialects)', () => {
  const dom = {
    name: 'truce',
    issuesValues: { Monitors: { values: ['UN', 'None'] }, Days: { range: { low: 1, high: 3, step: 1 } } },
  };
  const v1 = {
    LinearAdditiveUtilitySpace: {
      name: 'a',
      domain: dom,
      issueWeights: { Monitors: 0.7, Days: 0.3 },
      issueUtilities: {
        Monitors: { discreteutils: { valueUtilities: { UN: 1, None: 0.2 } } },
        Days: { numberutils: { lowValue: 1, lowUtility: 0, highValue: 3, highUtility: 1 } },
      },
      reservationBid: { issuevalues: { Monitors: 'None', Days: '3' } },
    },
  };
  const v2 = {
    LinearAdditiveUtilitySpace: {
      name: 'b',
      domain: dom,
      issueWeights: { Monitors: 0.5, Days: 0.5 },
      issueUtilities: {
        Monitors: { DiscreteValueSetUtilities: { valueUtilities: { UN: 0, None: 1 } } },
        Days: { NumberValueSetUtilities: { lowValue: 1, lowUtility: 1, highValue: 3, highUtility: 0 } },
      },
    },
  };
  const files = [
    { name: 'truce.json', text: JSON.stringify(dom) },
    { name: 'b.json', text: JSON.stringify(v2) },
    { name: 'a.json', text: JSON.stringify(v1) },
  ];

  test('both dialects read; profiles sorted by file name; reservation = utility of the reservation bid', () => {
    const s = scenarioFromFiles(files);
    assert.deepEqual(
      s.parties.map((p) => p.name),
      ['a.json', 'b.json'],
    );
    assert.deepEqual(s.issues[1]?.options, ['1', '2', '3']);
    assert.deepEqual(s.parties[0]?.values, [
      [1, 0.2],
      [0, 0.5, 1],
    ]);
    assert.deepEqual(s.parties[1]?.values, [
      [0, 1],
      [1, 0.5, 0],
    ]);
    assert.equal(s.parties[0]?.reservation, 0.7 * 0.2 + 0.3 * 1);
    assert.equal(s.parties[1]?.reservation, null);
  });

  test('non-additive or unknown profile types are refused by name', () => {
    const bad = { SumOfGroupsUtilitySpace: { name: 'x' } };
    assert.throws(
      () =>
        scenarioFromFiles([
          files[0] as { name: string; text: string },
          { name: 'x.json', text: JSON.stringify(bad) },
        ]),
      /x\.json: profile type "SumOfGroupsUtilitySpace" is not supported/,
    );
    assert.throws(() => scenarioFromFiles([{ name: 'x.json', text: '{oops' }]), /x\.json: not valid JSON/);
    // Option and issue names that exist on Object.prototype are plain names, never inherited values.
    const proto = { name: 'p', issuesValues: { constructor: { values: ['toString', 'x'] } } };
    const prof = {
      LinearAdditiveUtilitySpace: {
        issueWeights: {},
        issueUtilities: { constructor: { DiscreteValueSetUtilities: { valueUtilities: { x: 1 } } } },
      },
    };
    assert.throws(
      () =>
        scenarioFromFiles([
          { name: 'd.json', text: JSON.stringify(proto) },
          { name: 'p.json', text: JSON.stringify(prof) },
        ]),
      /p\.json: weight of "constructor" is not a number/,
    );
  });
});

describe('our JSON and the writers', () => {
  const s: Scenario = {
    name: 'truce',
    issues: [
      { name: 'Army cap', options: ['600,000', '800,000 <peacetime>', 'no cap'] },
      { name: 'Monitors', options: ['UN "blue\nhelmets"', 'None'] },
    ],
    parties: [
      {
        name: 'East & co',
        weights: [0.6, 0.4],
        values: [
          [1, 0.5, 0],
          [0.25, 1],
        ],
        reservation: 0.35,
      },
      {
        name: 'West',
        weights: [0.5, 0.5],
        values: [
          [0, 0.6, 1],
          [1, 0],
        ],
        reservation: null,
      },
    ],
  };

  test('Concord JSON round-trips exactly and rejects bad input', () => {
    assert.deepEqual(readConcordJson(JSON.parse(writeConcordJson(s)), 's.json'), s);
    const broken = JSON.parse(writeConcordJson(s));
    broken.parties[0].values.Monitors.None = 'high';
    assert.throws(
      () => readConcordJson(broken, 's.json'),
      /s\.json: East & co: value of "None" in "Monitors"/,
    );
  });

  test('Genius XML written, then read back with raw semantics, gives the same scenario (names = file names)', () => {
    const out = writeGeniusXml(s);
    const dir = mkdtempSync(join(tmpdir(), 'concord-xml-'));
    writeFileSync(join(dir, out.domain.file), out.domain.text);
    for (const p of out.profiles) writeFileSync(join(dir, p.file), p.text);
    writeFileSync(join(dir, 'pareto.xml'), 'not xml at all');
    const back = loadScenario(dir, { semantics: 'raw' });
    assert.deepEqual(back.issues, s.issues);
    assert.deepEqual(
      back.parties.map((p) => p.name),
      out.profiles.map((p) => p.file),
    );
    assert.deepEqual(
      back.parties.map(({ weights, values, reservation }) => ({ weights, values, reservation })),
      s.parties.map(({ weights, values, reservation }) => ({
        weights,
        values,
        reservation: reservation ?? 0,
      })),
    );
  });

  test('one bad profile fails the whole load (nothing half-read)', () => {
    const out = writeGeniusXml(s);
    const files = [
      { name: out.domain.file, text: out.domain.text },
      { name: 'a.xml', text: out.profiles[0]?.text ?? '' },
      {
        name: 'b.xml',
        text: (out.profiles[1]?.text ?? '').replace('<utility_space>', '<utility_space type="nonlinear">'),
      },
    ];
    assert.throws(() => scenarioFromFiles(files), /b\.xml: non-additive/);
    assert.throws(() => loadScenario('/no/such/folder'), /no such file or folder/);
  });
});

describe('what a reader refuses or says it ignored', () => {
  const domain = readGeniusDomain(DOMAIN, 'd.xml');

  test('a negative evaluation or a weight outside [0, 1] is refused, naming the file and the value', () => {
    assert.throws(
      () => readGeniusProfile(profile([10, -3, 0], 0.5, 0.4), 'neg.xml', domain, 'genius'),
      /neg\.xml: issue "Monitors", item "Regional": evaluation -3 is negative/,
    );
    const heavy = profile([10, 5, 0], 0.5, 0.4).replace(
      '<weight index="1" value="0.6"/>',
      '<weight index="1" value="1.6"/>',
    );
    assert.throws(
      () => readGeniusProfile(heavy, 'w.xml', domain, 'genius'),
      /w\.xml: weight 1\.6 of issue "Monitors" is outside \[0, 1\]/,
    );
    const web = (utility: number, weight: number) => ({
      LinearAdditiveUtilitySpace: {
        domain: { name: 'd', issuesValues: { A: { values: ['x', 'y'] } } },
        issueWeights: { A: weight },
        issueUtilities: { A: { DiscreteValueSetUtilities: { valueUtilities: { x: utility, y: 0 } } } },
      },
    });
    assert.throws(
      () => scenarioFromFiles([{ name: 'u.json', text: JSON.stringify(web(1.5, 1)) }]),
      /u\.json: utility of "x" in "A" is 1\.5, outside \[0, 1\]/,
    );
    assert.throws(
      () => scenarioFromFiles([{ name: 'u.json', text: JSON.stringify(web(0.5, -0.2)) }]),
      /u\.json: weight of "A" is -0\.2, outside \[0, 1\]/,
    );
    const ours = {
      format: 'concord-negotiation',
      version: 1,
      name: 'x',
      issues: [{ name: 'A', options: ['x', 'y'] }],
      parties: [{ name: 'P', weights: { A: 1 }, values: { A: { x: -0.25, y: 1 } }, reservation: null }],
    };
    assert.throws(
      () => scenarioFromFiles([{ name: 'o.json', text: JSON.stringify(ours) }]),
      /o\.json: P: value of "x" in "A" is -0\.25, negative/,
    );
  });

  test('a discount factor is ignored and said so; weights summing above 1 are used as written and said so', () => {
    const files = (weight: string, discount: string) => [
      { name: 'd.xml', text: DOMAIN },
      {
        name: 'a.xml',
        text: profile([10, 5, 0], 0.5, 0.4, discount).replace('value="0.4"/>', `value="${weight}"/>`),
      },
    ];
    const plain = scenarioFromFiles(files('0.4', '<discount_factor value="1.0"/>'));
    assert.equal(plain.notes, undefined, 'a factor of 1 discounts nothing: no note');
    const s = scenarioFromFiles(files('0.40005', '<discount_factor value="0.75"/>'));
    assert.deepEqual(s.notes, [
      'a.xml: discount factor 0.75 ignored (the analysis values agreements, not when they are reached)',
      'a.xml: weights sum to 1.00005, above 1, so its utilities can exceed 1 (used as written, not normalised)',
    ]);
  });

  test('Genius\'s placeholder objective name "root" gives way to the domain file\'s name', () => {
    assert.equal(
      readGeniusDomain(DOMAIN.replace('name="truce"', 'name="root"'), 'dir/laptop_domain.xml').name,
      'laptop_domain',
    );
    assert.equal(domain.name, 'truce');
  });
});
