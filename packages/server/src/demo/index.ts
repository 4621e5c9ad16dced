export { applyChanges } from './apply-changes.ts';
export type { DemoFixtures, DemoPlan, DemoProcess, FixtureVersion } from './fixture-schema.ts';
export { type DemoToken, issueDemoTokens } from './issue-demo-tokens.ts';
export { type DemoLoad, type DemoPerson, findDemoPeople, loadDemo } from './load-demo.ts';
export { loadDemoValuations, readDemoValuations } from './load-valuations.ts';
export { type DemoPeople, readDemoPeople } from './people-schema.ts';
export { FIXTURES_DIR, readDemoFixtures } from './read-fixtures.ts';
