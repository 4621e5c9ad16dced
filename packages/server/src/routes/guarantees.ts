// Guarantees over HTTP: a process's rules, its cases as the log has them (each change of state with its date and
// log index), notifications and findings, read like the process; setting the rules (a mediator, the
// `concord.rules/1` file `concord rules simulate` reads) and a party's notification (its delegate, or a mediator
// for it). The cases themselves are logged by the server's guarantee runner, never through a route. Writes need a
// signed-in caller.
import { NotificationInput } from '@concord/core/guarantees';
import { createRoute, z } from '@hono/zod-openapi';
import { notifyGuarantee } from '../commands/notify-guarantee.ts';
import { readGuarantees } from '../commands/read-guarantees.ts';
import { setGuaranteeRules } from '../commands/set-guarantee-rules.ts';
import { principalOf } from '../http/principal.ts';
import { idParam, jsonAnswer, jsonBody, problemResponses, writeProblemResponses } from '../http/schemas.ts';
import { commandContext, newRouter, type RouteDeps, readerOf } from './router.ts';
import { accessProblemResponses, needsSignIn } from './valuations.ts';

const tags = ['guarantees'];
const writes = { ...writeProblemResponses, ...accessProblemResponses };
const onProcess = { params: idParam('processId') };
const Answer = z.record(z.string(), z.unknown());

const read = createRoute({
  method: 'get',
  path: '/api/processes/{processId}/guarantees',
  tags,
  summary:
    "The process's guarantee rules and cases (each change of state with its date and log index), notifications and findings",
  request: onProcess,
  responses: { 200: jsonAnswer(Answer.meta({ id: 'Guarantees' }), 'The guarantees'), ...problemResponses },
});

const setRules = createRoute({
  method: 'put',
  path: '/api/processes/{processId}/guarantees/rules',
  tags,
  summary: "Set the process's guarantee rules (a mediator): a concord.rules/1 file, checked whole",
  middleware: [needsSignIn('setting guarantee rules')],
  request: {
    ...onProcess,
    body: jsonBody(
      z.object({ rules: z.unknown(), reason: z.string().optional() }).meta({ id: 'RulesInput' }),
    ),
  },
  responses: { 200: jsonAnswer(Answer.meta({ id: 'GuaranteeRules' }), 'The rules as set'), ...writes },
});

const notify = createRoute({
  method: 'post',
  path: '/api/processes/{processId}/guarantees/notifications',
  tags,
  summary: "A party's notification under the rules (its delegate, or a mediator recording it for the party)",
  middleware: [needsSignIn('notifying')],
  request: { ...onProcess, body: jsonBody(NotificationInput.meta({ id: 'NotificationInput' })) },
  responses: { 201: jsonAnswer(Answer.meta({ id: 'Notification' }), 'The notification'), ...writes },
});

export function guaranteeRoutes(deps: RouteDeps) {
  return newRouter()
    .openapi(read, async (c) => {
      const { processId } = c.req.valid('param');
      return c.json(await readGuarantees(readerOf(c, deps), principalOf(c), deps.clock, processId), 200);
    })
    .openapi(setRules, async (c) => {
      const { processId } = c.req.valid('param');
      const body = { ...c.req.valid('json'), processId };
      return c.json(await setGuaranteeRules(commandContext(c, deps), body), 200);
    })
    .openapi(notify, async (c) => {
      const { processId } = c.req.valid('param');
      const body = { ...c.req.valid('json'), processId };
      return c.json(await notifyGuarantee(commandContext(c, deps), body), 201);
    });
}
