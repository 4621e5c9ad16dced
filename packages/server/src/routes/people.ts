// The people routes in one router for app.ts: invitations, members and audiences (who takes part in a process,
// and who may read what). They take the app's sign-in dependencies: invitation links are made on its origin, and
// accepting one is a sign-in that refuses any other origin and opens a newcomer's session.
import { audienceRoutes } from './audiences.ts';
import { invitationRoutes, type PeopleDeps } from './invitations.ts';
import { memberRoutes } from './members.ts';
import { newRouter } from './router.ts';

export type { PeopleDeps } from './invitations.ts';

export function peopleRoutes(deps: PeopleDeps) {
  return newRouter()
    .route('/', invitationRoutes(deps))
    .route('/', memberRoutes(deps))
    .route('/', audienceRoutes(deps));
}
