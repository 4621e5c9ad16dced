import { createRoute } from '@hono/zod-openapi';
import { createParty } from '../commands/create-party.ts';
import { mustExist } from '../commands/lookups.ts';
import { updateParty } from '../commands/update-party.ts';
import {
  idParam,
  jsonAnswer,
  jsonBody,
  problemResponses,
  schemas,
  writeProblemResponses,
} from '../http/schemas.ts';
import { presentParty } from '../presenters/entities.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';

const tags = ['parties'];

const create = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/parties',
  tags,
  summary: 'Add a party (delegation, mediator, intermediary, guarantor, monitor, observer) to a process',
  request: { params: idParam('processId'), body: jsonBody(schemas.PartyCreate) },
  responses: { 201: jsonAnswer(schemas.Party, 'The new party'), ...writeProblemResponses },
});

const read = createRoute({
  method: 'get',
  path: '/api/parties/{partyId}',
  tags,
  summary: 'A party',
  request: { params: idParam('partyId') },
  responses: { 200: jsonAnswer(schemas.Party, 'The party'), ...problemResponses },
});

const update = createRoute({
  method: 'patch',
  path: '/api/parties/{partyId}',
  tags,
  summary: 'Change a party (name, kind, aliases)',
  request: { params: idParam('partyId'), body: jsonBody(schemas.PartyUpdate) },
  responses: { 200: jsonAnswer(schemas.Party, 'The changed party'), ...writeProblemResponses },
});

export function partyRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(create, async (c) => {
      const { processId } = c.req.valid('param');
      const party = await createParty(commandContext(c, deps), { ...c.req.valid('json'), processId });
      c.header('location', `/api/parties/${party.id}`);
      return c.json(presentParty(party), 201);
    })
    .openapi(read, async (c) => {
      const { partyId } = c.req.valid('param');
      const reader = readerOf(c, deps);
      return c.json(presentParty(await mustExist('party', partyId, (id) => reader.parties.get(id))), 200);
    })
    .openapi(update, async (c) => {
      const { partyId } = c.req.valid('param');
      return c.json(
        presentParty(await updateParty(commandContext(c, deps), { ...c.req.valid('json'), partyId })),
        200,
      );
    });
}
