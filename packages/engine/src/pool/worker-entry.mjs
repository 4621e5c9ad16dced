// Worker thread entry for the engine pool when it runs from TypeScript sources (the CLI's bundle starts its own
// engine-worker.js instead). Plain JavaScript on purpose: a worker does not inherit a loader that the parent
// registered through tsx's API, so this registers tsx itself and then loads the task module named in workerData.
import { workerData } from 'piscina';
import { register } from 'tsx/esm/api';

register();
const tasks = await import(workerData.module);

export default tasks.default;
