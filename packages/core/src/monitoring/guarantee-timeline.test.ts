// An incident's verification, as the monitoring workflow records it, opens a guarantee case through the rules'
// own evaluation; a disputed one stops counting; a rule may name ACLED's sub-event type as a tag.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateRules } from '../guarantees/evaluate-rules.ts';
import { readRulesFile } from '../guarantees/read-guarantee-files.ts';
import type { RulesFile } from '../guarantees/rules-file.ts';
import { timeline } from '../guarantees/test-support.ts';
import { IncidentInput, type VerificationChange } from '../schemas/incident.ts';
import { incidentTimeline, type RecordedIncident } from './guarantee-timeline.ts';

const by = '01930000-0000-7000-8000-000000000001';
const clash = (day: string) =>
  IncidentInput.parse({
    eventDate: day,
    eventType: 'Battles',
    subEventType: 'Armed clash',
    actor1: 'Hamas Movement',
    location: { name: 'Rafah', admin1: 'Gaza Strip', latitude: 31.29, longitude: 34.24 },
    acled: { tags: 'crowd size=no report; ceasefire' },
  });
const change = (from: string, to: string, at: string) =>
  ({ from, to, reason: 'r', by, at }) as VerificationChange;

const rules: RulesFile = (() => {
  const read = readRulesFile({
    format: 'concord.rules/1',
    rules: [
      {
        id: 'R',
        title: 'two verified clashes in 7 days',
        trigger: {
          on: 'incidents',
          incidentTypes: ['Battles'],
          tags: ['Armed clash'],
          count: 2,
          withinDays: 7,
        },
        start: { end: 'fired' },
      },
    ],
  });
  if (!read.ok) throw new Error(read.message);
  return read.value;
})();
const opened = (recorded: RecordedIncident[]) =>
  evaluateRules(rules, timeline(rules, incidentTimeline(recorded))).cases.map((c) => c.openedAt);

describe('incidentTimeline', () => {
  test('maps type, party, area and tags as the rules read them', () => {
    const [event] = incidentTimeline([{ id: 'a', incident: clash('2025-10-19'), changes: [] }]);
    assert.deepEqual(event, {
      type: 'incident',
      id: 'a',
      at: '2025-10-19T00:00:00.000Z',
      note: '',
      incidentType: 'Battles',
      allegedParty: 'Hamas Movement',
      area: 'Gaza Strip',
      tags: ['Armed clash', 'crowd size=no report', 'ceasefire'],
      status: 'reported',
    });
  });

  test('the second verification opens a case; disputing one first keeps it shut', () => {
    const verified = (id: string, day: string) => ({
      id,
      incident: clash(day),
      changes: [change('reported', 'verified', `${day}T12:00:00.000Z`)],
    });
    assert.deepEqual(opened([verified('a', '2025-10-19'), verified('b', '2025-10-21')]), [
      '2025-10-21T12:00:00.000Z',
    ]);
    const disputed = {
      ...verified('a', '2025-10-19'),
      changes: [
        change('reported', 'verified', '2025-10-19T12:00:00.000Z'),
        change('verified', 'disputed', '2025-10-20T09:00:00.000Z'),
      ],
    };
    assert.deepEqual(opened([disputed, verified('b', '2025-10-21')]), []);
    assert.deepEqual(
      opened([{ id: 'a', incident: clash('2025-10-19'), changes: [] }, verified('b', '2025-10-21')]),
      [],
    );
  });
});
