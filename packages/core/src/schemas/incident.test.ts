// The monitoring schemas refuse what a mission could not have observed or a report could not mean: coordinates off
// the globe, ACLED event types that do not exist, negative counts, unknown fields, a period ending before it
// starts, two findings on one commitment; and they fill the defaults a quick report leaves out.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { IncidentInput, ReportInput, RestrictionInput } from './incident.ts';

const commitmentId = '01930000-0000-7000-8000-0000000000c1';
const incident = {
  eventDate: '2025-10-19',
  eventType: 'Battles',
  subEventType: 'Armed clash',
  actor1: 'Military Forces of Israel (2022-)',
  location: { name: 'Rafah', admin1: 'Gaza Strip', latitude: 31.2969, longitude: 34.2455 },
};
const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('IncidentInput', () => {
  test('ACLED fields with ceasefire observations; defaults filled', () => {
    const parsed = IncidentInput.parse({
      ...incident,
      ceasefire: {
        weapon: 'heavy machine gun',
        count: 12,
        direction: 'south-west to north-east',
        distanceMetres: 1500,
        observedAs: 'heard',
      },
    });
    assert.deepEqual(parsed.ceasefire, {
      weapon: 'heavy machine gun',
      count: 12,
      direction: 'south-west to north-east',
      distanceMetres: 1500,
      observedAs: 'heard',
    });
    assert.equal(parsed.fatalities, 0);
    assert.equal(parsed.location.admin2, '');
    assert.deepEqual(parsed.acled, {});
  });

  test('refuses an unknown event type, coordinates off the globe, negative counts and unknown fields', () => {
    const result = IncidentInput.safeParse({
      ...incident,
      eventType: 'Skirmish',
      location: { ...incident.location, latitude: 91 },
      fatalities: -1,
      ceasefire: { count: -3, observedAs: 'guessed' },
      colour: 'red',
    });
    const found = issues(result);
    for (const path of [
      'eventType',
      'location.latitude',
      'fatalities',
      'ceasefire.count',
      'ceasefire.observedAs',
      '',
    ])
      assert.ok(
        found.some((line) => line.startsWith(`${path}:`)),
        `${path} in ${found.join(' | ')}`,
      );
  });

  test('refuses hidden text in notes as every Concord text does', () => {
    assert.ok(
      issues(IncidentInput.safeParse({ ...incident, notes: 'fine\u202Eevil' }))[0]?.startsWith('notes:'),
    );
  });
});

describe('RestrictionInput', () => {
  test('a denial at a checkpoint, and an unknown kind refused', () => {
    const denial = {
      date: '2025-10-22',
      kind: 'denied',
      by: 'Checkpoint staff',
      location: incident.location,
    };
    assert.equal(RestrictionInput.parse(denial).minutes, null);
    assert.deepEqual(issues(RestrictionInput.safeParse({ ...denial, kind: 'annoyed' })).length, 1);
  });
});

describe('ReportInput', () => {
  const finding = { commitmentId, text: 'Crossings open 5 of 7 days.', proposedScore: 2 };
  test('a period with findings and proposed statuses (proposals only: no status is set here)', () => {
    const report = ReportInput.parse({ from: '2025-10-13', to: '2025-10-19', findings: [finding] });
    assert.deepEqual(report.findings[0], { ...finding, incidentIds: [] });
  });
  test('refuses a period ending before it starts, a score off the scale and two findings on one commitment', () => {
    const result = ReportInput.safeParse({
      from: '2025-10-19',
      to: '2025-10-13',
      findings: [finding, { ...finding, proposedScore: 4 }],
    });
    const found = issues(result);
    assert.ok(
      found.includes('findings.1.proposedScore: Too big: expected number to be <=3'),
      found.join(' | '),
    );
    const checked = ReportInput.safeParse({
      from: '2025-10-19',
      to: '2025-10-13',
      findings: [finding, finding],
    });
    assert.deepEqual(issues(checked), [
      'to: must not be before from',
      'findings.1.commitmentId: has a finding already in this report',
    ]);
  });
});
