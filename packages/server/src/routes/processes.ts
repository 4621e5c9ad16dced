import { actorOf } from '@concord/core';
import { createRoute, z } from '@hono/zod-openapi';
import { createProcess } from '../commands/create-process.ts';
import { mustExist } from '../commands/lookups.ts';
import { updateProcess } from '../commands/update-process.ts';
import { principalOf } from '../http/principal.ts';
import {
  idParam,
  jsonAnswer,
  jsonBody,
  ProcessDetailSchema,
  problemResponses,
  schemas,
  writeProblemResponses,
} from '../http/schemas.ts';
import { presentProcess, presentProcessDetail } from '../presenters/entities.ts';
import { newRouter, type RouteDeps } from './router.ts';

const tags = ['processes'];
const params = idParam('processId');

const list = createRoute({
  method: 'get',
  path: '/api/processes',
  tags,
  summary: 'List processes',
  responses: {
    200: jsonAnswer(z.object({ items: z.array(schemas.Process) }), 'All processes'),
    ...problemResponses,
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/processes',
  tags,
  summary: 'Create a process',
  request: { body: jsonBody(schemas.ProcessCreate) },
  responses: { 201: jsonAnswer(schemas.Process, 'The new process'), ...writeProblemResponses },
});

const read = createRoute({
  method: 'get',
  path: '/api/processes/{processId}',
  tags,
  summary: 'A process with its parties and plans',
  request: { params },
  responses: { 200: jsonAnswer(ProcessDetailSchema, 'The process'), ...problemResponses },
});

const update = createRoute({
  method: 'patch',
  path: '/api/processes/{processId}',
  tags,
  summary: 'Change a process',
  request: { params, body: jsonBody(schemas.ProcessUpdate) },
  responses: { 200: jsonAnswer(schemas.Process, 'The changed process'), ...writeProblemResponses },
});

export function processRoutes({ store }: RouteDeps) {
  return newRouter()
    .openapi(list, async (c) => c.json({ items: (await store.processes.list()).map(presentProcess) }, 200))
    .openapi(create, async (c) => {
      const process = await createProcess(store, c.req.valid('json'), actorOf(principalOf(c)));
      c.header('location', `/api/processes/${process.id}`);
      return c.json(presentProcess(process), 201);
    })
    .openapi(read, async (c) => {
      const { processId } = c.req.valid('param');
      const process = await mustExist('process', processId, (id) => store.processes.get(id));
      const [parties, plans] = await Promise.all([
        store.parties.listByProcess(processId),
        store.plans.listByProcess(processId),
      ]);
      return c.json(presentProcessDetail({ ...process, parties, plans }), 200);
    })
    .openapi(update, async (c) => {
      const { processId } = c.req.valid('param');
      const process = await updateProcess(
        store,
        { ...c.req.valid('json'), processId },
        actorOf(principalOf(c)),
      );
      return c.json(presentProcess(process), 200);
    });
}
