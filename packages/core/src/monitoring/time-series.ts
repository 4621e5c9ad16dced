// Incidents counted per month by party (actor 1) and by event type, for the monitoring page's chart. Months with
// no incident are present with zero, so a quiet month shows as quiet instead of disappearing from the line.
import type { IncidentInput } from '../schemas/incident.ts';

export type SeriesKey = 'party' | 'eventType';
export type Series = { name: string; counts: number[]; fatalities: number[] };
export type TimeSeries = { months: string[]; series: Series[] };

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return months;
}

export function timeSeries(incidents: readonly IncidentInput[], by: SeriesKey): TimeSeries {
  if (incidents.length === 0) return { months: [], series: [] };
  const monthOf = (incident: IncidentInput) => incident.eventDate.slice(0, 7);
  const sorted = incidents.map(monthOf).sort();
  const months = monthsBetween(sorted[0] as string, sorted.at(-1) as string);
  const index = new Map(months.map((month, i) => [month, i]));
  const byName = new Map<string, Series>();
  for (const incident of incidents) {
    const name = by === 'party' ? incident.actor1 : incident.eventType;
    let series = byName.get(name);
    if (!series) {
      series = { name, counts: months.map(() => 0), fatalities: months.map(() => 0) };
      byName.set(name, series);
    }
    const i = index.get(monthOf(incident)) as number;
    series.counts[i] = (series.counts[i] ?? 0) + 1;
    series.fatalities[i] = (series.fatalities[i] ?? 0) + incident.fatalities;
  }
  const total = (s: Series) => s.counts.reduce((a, b) => a + b, 0);
  const series = [...byName.values()].sort((a, b) => total(b) - total(a) || a.name.localeCompare(b.name));
  return { months, series };
}
