// Worker thread entry for the engine pool. Plain JavaScript on purpose: a worker does not inherit a loader that
// the parent registered through tsx's API (as bin/concord.js does), so this registers tsx itself and then loads
// the TypeScript task module named in workerData.
import { workerData } from 'piscina';
import { register } from 'tsx/esm/api';

register();
const tasks = await import(workerData.module);

export default tasks.default;
