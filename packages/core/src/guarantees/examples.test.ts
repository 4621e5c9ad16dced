// examples/rules: every file parses (each timeline against its rules), the README documents every field and value
// the schemas allow (read from the schemas' JSON Schema, so a new field fails here until it is documented), and
// the README's own examples are valid files.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { z } from 'zod';
import { evaluateRules } from './evaluate-rules.ts';
import { Evaluation } from './guarantee-case.ts';
import { readRulesFile, readTimelineFile } from './read-guarantee-files.ts';
import { RulesFile } from './rules-file.ts';
import { exampleJson, exampleRules, examplesDir } from './test-support.ts';
import { TimelineFile } from './timeline-file.ts';

const readme = readFileSync(new URL('README.md', examplesDir), 'utf8');
const files = readdirSync(examplesDir);

/** Every property name and every enum or constant string value in a JSON Schema. */
function vocabulary(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) vocabulary(s, out);
  else if (schema !== null && typeof schema === 'object') {
    const node = schema as Record<string, unknown>;
    if (node.properties && typeof node.properties === 'object')
      for (const key of Object.keys(node.properties)) out.add(key);
    if (Array.isArray(node.enum)) for (const v of node.enum) if (typeof v === 'string') out.add(v);
    if (typeof node.const === 'string') out.add(node.const);
    for (const [key, value] of Object.entries(node))
      if (key !== 'enum' && key !== 'const') vocabulary(value, out);
  }
  return out;
}

test('every rules file in examples/rules parses, and every timeline against its rules', () => {
  const rules = files.filter((f) => f.endsWith('.rules.json'));
  const timelines = files.filter((f) => f.endsWith('.events.json'));
  assert.ok(rules.includes('unscr-2231.rules.json') && timelines.includes('unscr-2231-2025.events.json'));
  for (const name of rules) exampleRules(name);
  for (const name of timelines) {
    const owner = rules.find((r) => name.startsWith(r.replace('.rules.json', '-')));
    assert.ok(owner, `${name}: no rules file named like it`);
    const read = readTimelineFile(exampleJson(name), exampleRules(owner));
    assert.ok(read.ok, `${name}: ${read.ok ? '' : read.message}`);
  }
});

test('the README names every field and value of both formats and of the output', () => {
  const schemas = { RulesFile, TimelineFile, Evaluation };
  for (const [name, schema] of Object.entries(schemas)) {
    const words = vocabulary(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
    const missing = [...words].filter((w) => !readme.includes(`\`${w}\``) && !readme.includes(`"${w}"`));
    assert.deepEqual(missing, [], `${name}: not in examples/rules/README.md`);
  }
});

test("the README's examples are valid files and the 2025 dates it states are what evaluation gives", () => {
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] ?? ''));
  assert.equal(blocks.length, 2);
  const rules = readRulesFile(blocks[0]);
  assert.ok(rules.ok, rules.ok ? '' : rules.message);
  const timeline = readTimelineFile(blocks[1], rules.value);
  assert.ok(timeline.ok, timeline.ok ? '' : timeline.message);
  const [c] = evaluateRules(rules.value, timeline.value).cases;
  assert.equal(c?.outcome, 'guarantee-void');
  assert.equal(c?.openedAt, '2026-05-12T00:00:00.000Z');
  const snapback = readTimelineFile(
    exampleJson('unscr-2231-2025.events.json'),
    exampleRules('unscr-2231.rules.json'),
  );
  assert.ok(snapback.ok);
  const closed = evaluateRules(exampleRules('unscr-2231.rules.json'), snapback.value).cases[0]?.changes.at(
    -1,
  )?.at;
  assert.equal(closed, '2025-09-28T00:00:00.000Z');
  assert.ok(readme.includes('**2025-09-28T00:00Z**'));
});
