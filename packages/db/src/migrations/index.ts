// Migrations are imported statically (no directory scanning), so they work the same from source, a bundle
// or a test. Forward-only: never edit a released migration, add the next number.
import type { Migration, MigrationProvider } from 'kysely';
import * as log from './0001-log.ts';
import * as readTables from './0002-read-tables.ts';
import * as access from './0003-access.ts';
import * as people from './0004-people.ts';
import * as signIn from './0005-sign-in.ts';
import * as invitations from './0006-invitations.ts';
import * as lineageEdges from './0007-lineage-edges.ts';
import * as positions from './0008-positions.ts';
import * as deliveriesDeadlines from './0009-deliveries-deadlines.ts';
import * as acceptability from './0010-acceptability.ts';
import * as withdrawnVersions from './0011-withdrawn-versions.ts';
import * as planLanguages from './0012-plan-languages.ts';
import * as councils from './0013-councils.ts';
import * as witnesses from './0014-witnesses.ts';
import * as commitmentTracking from './0015-commitment-tracking.ts';
import * as accountKeys from './0016-account-keys.ts';
import * as fund from './0017-fund.ts';
import * as monitoring from './0018-monitoring.ts';
import * as releasedCopies from './0019-released-copies.ts';
import * as guarantees from './0020-guarantees.ts';

const migrations: Record<string, Migration> = {
  '0001-log': log,
  '0002-read-tables': readTables,
  '0003-access': access,
  '0004-people': people,
  '0005-sign-in': signIn,
  '0006-invitations': invitations,
  '0007-lineage-edges': lineageEdges,
  '0009-deliveries-deadlines': deliveriesDeadlines,
  '0008-positions': positions,
  '0010-acceptability': acceptability,
  '0011-withdrawn-versions': withdrawnVersions,
  '0012-plan-languages': planLanguages,
  '0013-councils': councils,
  '0015-commitment-tracking': commitmentTracking,
  '0018-monitoring': monitoring,
  '0014-witnesses': witnesses,
  '0016-account-keys': accountKeys,
  '0017-fund': fund,
  '0019-released-copies': releasedCopies,
  '0020-guarantees': guarantees,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

export const MIGRATION_NAMES = Object.keys(migrations).sort();
export const LATEST_MIGRATION = MIGRATION_NAMES.at(-1) as string;
