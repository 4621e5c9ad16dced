import { createRoute, z } from '@hono/zod-openapi';
import { createProcess } from '../commands/create-process.ts';
import { mustExist } from '../commands/lookups.ts';
import { updateProcess } from '../commands/update-process.ts';
import { NextCursor, PageQuery, paginate } from '../http/paginate.ts';
import { loadPrincipal, principalOf } from '../http/principal.ts';
import {
  idParam,
  jsonAnswer,
  jsonBody,
  PresentedProcess,
  ProcessDetailSchema,
  problemResponses,
  schemas,
  writeProblemResponses,
} from '../http/schemas.ts';
import { presentProcess, presentProcessDetail } from '../presenters/entities.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';

const tags = ['processes'];
const params = idParam('processId');

const list = createRoute({
  method: 'get',
  path: '/api/processes',
  tags,
  summary: 'List processes, oldest first, a page at a time',
  request: { query: PageQuery },
  responses: {
    200: jsonAnswer(
      z.object({ items: z.array(PresentedProcess), next: NextCursor }),
      'The processes the caller may read',
    ),
    ...problemResponses,
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/processes',
  tags,
  summary: 'Open a process (an account the operator allowed); its opener becomes the lead mediator',
  request: { body: jsonBody(schemas.ProcessCreate) },
  responses: { 201: jsonAnswer(PresentedProcess, 'The new process'), ...writeProblemResponses },
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
  responses: { 200: jsonAnswer(PresentedProcess, 'The changed process'), ...writeProblemResponses },
});

export function processRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(list, async (c) => {
      const processes = await readerOf(c, deps).processes.list();
      // The store lists them by creation time, then id: the cursor key sorts the same way.
      const page = paginate(processes, (p) => `${p.createdAt}|${p.id}`, c.req.valid('query'));
      return c.json(
        { items: page.items.map((p) => presentProcess(p, principalOf(c))), next: page.next },
        200,
      );
    })
    .openapi(create, async (c) => {
      const process = await createProcess(commandContext(c, deps), c.req.valid('json'));
      c.header('location', `/api/processes/${process.id}`);
      // The opener is now the lead mediator: its abilities are those of the principal it has become.
      const principal = principalOf(c);
      const now =
        principal?.kind === 'account'
          ? await loadPrincipal(deps.store, principal.accountId, principal.via)
          : principal;
      return c.json(presentProcess(process, now), 201);
    })
    .openapi(read, async (c) => {
      const { processId } = c.req.valid('param');
      const reader = readerOf(c, deps);
      const process = await mustExist('process', processId, (id) => reader.processes.get(id));
      const [parties, plans] = await Promise.all([
        reader.parties.listByProcess(processId),
        reader.plans.listByProcess(processId),
      ]);
      return c.json(presentProcessDetail({ ...process, parties, plans }, principalOf(c)), 200);
    })
    .openapi(update, async (c) => {
      const { processId } = c.req.valid('param');
      const process = await updateProcess(commandContext(c, deps), { ...c.req.valid('json'), processId });
      return c.json(presentProcess(process, principalOf(c)), 200);
    });
}
