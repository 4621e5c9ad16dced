// A year of simulated implementation of the Gaza plan (fixtures/year/, illustrative): incidents from December
// 2025 to October 2026 moved through verification (seven verified, one disputed with the party's reasons,
// two rejected, two still open) and an early-recovery window of the reconstruction fund with its pledges, payments,
// allocations and disbursements waiting on the agreed commitments. Loaded after the first months (monitoring.json,
// fund.json) by the same loaders, so the same commands and checks apply.
import type { Store } from '@concord/db';
import type { DemoFixtures } from './fixture-schema.ts';
import { type FixtureFunds, fundEvents, loadDemoFunds, readDemoFunds } from './load-fund.ts';
import {
  type FixtureMonitoring,
  loadDemoMonitoring,
  monitoringEvents,
  readDemoMonitoring,
} from './load-monitoring.ts';
import type { DemoPeople } from './people-schema.ts';
import { FIXTURES_DIR } from './read-fixtures.ts';

export const YEAR_DIR = new URL('year/', FIXTURES_DIR);

export type FixtureYear = { monitoring: FixtureMonitoring; funds: FixtureFunds };

/** Both files read and checked (before anything is written). */
export function readDemoYear(dir: URL = YEAR_DIR): FixtureYear {
  return { monitoring: readDemoMonitoring(dir), funds: readDemoFunds(dir) };
}

/** The log events the year makes: one per incident, move, fund and fund operation. */
export function yearEvents(year: FixtureYear): number {
  return monitoringEvents(year.monitoring) + fundEvents(year.funds);
}

export async function loadDemoYear(
  store: Store,
  options: { fixtures: DemoFixtures; people: DemoPeople; year?: FixtureYear },
): Promise<void> {
  const year = options.year ?? readDemoYear();
  const { fixtures, people } = options;
  await loadDemoMonitoring(store, { fixtures, people, file: year.monitoring });
  await loadDemoFunds(store, { fixtures, people, file: year.funds });
}
