import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { IncidentInput } from '@concord/core/monitoring';
import { emptyIncident, incidentBody, incidentErrors } from './incident-form.ts';

const filled = {
  ...emptyIncident('2026-03-01'),
  subEventType: 'Armed clash',
  actor1: 'Hamas Movement',
  place: 'Rafah',
  admin1: 'Gaza Strip',
  latitude: '31.2969',
  longitude: '34.2455',
};

describe('the incident form', () => {
  test('an empty form names each missing field with core’s message', () => {
    const errors = incidentErrors(emptyIncident('2026-03-01'));
    for (const field of [
      'subEventType',
      'actor1',
      'location.name',
      'location.latitude',
      'location.longitude',
    ])
      assert.ok(errors[field], `${field}: ${JSON.stringify(errors)}`);
    assert.equal(errors['location.latitude'], 'must be a number');
    assert.equal(errors.eventDate, undefined);
  });

  test('a coordinate out of range says its range, not that it is no number', () => {
    const errors = incidentErrors({ ...filled, latitude: '131', longitude: '-200' });
    assert.equal(errors['location.latitude'], 'must be between -90 and 90');
    assert.equal(errors['location.longitude'], 'must be between -180 and 180');
  });

  test('a filled form is what the server takes; the ceasefire fields only when asked for', () => {
    assert.deepEqual(incidentErrors(filled), {});
    assert.equal(IncidentInput.parse(incidentBody(filled)).ceasefire, null);
    const observed = { ...filled, ceasefire: true, weapon: 'mortar', count: '3', distanceMetres: '' };
    assert.deepEqual(incidentErrors(observed), {});
    const parsed = IncidentInput.parse(incidentBody(observed));
    assert.deepEqual(
      [parsed.ceasefire?.count, parsed.ceasefire?.distanceMetres, parsed.ceasefire?.observedAs],
      [3, null, 'seen'],
    );
  });

  test('bad values are named as typed: a latitude off the globe, a count that is not whole, a bad date', () => {
    const errors = incidentErrors({
      ...filled,
      latitude: '97',
      longitude: 'east',
      fatalities: '-1',
      eventDate: '2026-02-30',
      ceasefire: true,
      count: '2.5',
    });
    for (const field of [
      'location.latitude',
      'location.longitude',
      'fatalities',
      'eventDate',
      'ceasefire.count',
    ])
      assert.ok(errors[field], `${field}: ${JSON.stringify(errors)}`);
  });
});
