export { applyChanges } from './apply-changes.ts';
export type { DemoFixtures, DemoPlan, DemoProcess, FixtureVersion } from './fixture-schema.ts';
export { DEMO_ACTOR, loadDemo } from './load-demo.ts';
export { FIXTURES_DIR, readDemoFixtures } from './read-fixtures.ts';
