export { applyChanges } from './apply-changes.ts';
export type { DemoFixtures, DemoPlan, DemoProcess, FixtureVersion } from './fixture-schema.ts';
export { DEMO_KEY_PARTIES, type DemoKey, grantDemoKeys } from './grant-demo-keys.ts';
export { DEMO_ACTOR, loadDemo } from './load-demo.ts';
export { loadDemoValuations, readDemoValuations } from './load-valuations.ts';
export { FIXTURES_DIR, readDemoFixtures } from './read-fixtures.ts';
