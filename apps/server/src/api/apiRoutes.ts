import { Hono } from 'hono';
import { broadcastsDocs } from '../broadcasts/broadcastsDocs.ts';
import { broadcastsRoutes } from '../broadcasts/broadcastsRoutes.ts';
import type { ManualClock } from '../clock.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { requireToken } from '../http/requireToken.ts';
import { crmDocs, crmRoutes } from '../inbox/crmRoutes.ts';
import { inboxDocs, inboxRoutes } from '../inbox/inboxRoutes.ts';
import { sandboxEchoDocs, sandboxEchoRoutes } from '../inbox/sandboxEchoRoutes.ts';
import type { GroupCommitter } from '../ingest/groupCommit.ts';
import type { Services } from '../services.ts';
import { channelsDocs, channelsRoutes } from './channelsRoutes.ts';
import { contactFieldsRoutes, contactsDocs, contactsRoutes } from './contactsRoutes.ts';
import { conversationsDocs, conversationsRoutes } from './conversationsRoutes.ts';
import { eventsDocs, eventsRoutes } from './eventsRoutes.ts';
import { flowScriptsDocs, flowScriptsRoutes } from './flowScriptsRoutes.ts';
import { flowsDocs, flowsRoutes } from './flowsRoutes.ts';
import { leadsDocs, leadsRoutes } from './leadsRoutes.ts';
import { membersDocs, membersRoutes } from './membersRoutes.ts';
import { buildOpenApi } from './openApi.ts';
import type { RouteDoc } from './routeDoc.ts';
import { sandboxDocs, sandboxRoutes } from './sandboxRoutes.ts';
import { sessionsDocs, sessionsRoutes } from './sessionsRoutes.ts';
import { templatesDocs, templatesRoutes } from './templatesRoutes.ts';
import { testDocs, testRoutes } from './testRoutes.ts';

/** Every admin API route; the OpenAPI document is built from the same list. */
export const allDocs: RouteDoc[] = [
  ...flowsDocs,
  ...flowScriptsDocs,
  ...templatesDocs,
  ...channelsDocs,
  ...contactsDocs,
  ...leadsDocs,
  ...conversationsDocs,
  ...sessionsDocs,
  ...membersDocs,
  ...sandboxDocs,
  ...sandboxEchoDocs,
  ...inboxDocs,
  ...crmDocs,
  ...eventsDocs,
  ...broadcastsDocs,
  ...testDocs,
];

/** `/api`: the OpenAPI document is public; everything else needs a workspace token. */
export function apiRoutes(
  services: Services,
  committer: GroupCommitter,
  options: { testClock: ManualClock | null; advanceClock: (target: number) => Promise<void> },
): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const openApi = buildOpenApi(allDocs);
  api.get('/openapi.json', (c) => c.json(openApi));
  api.use('*', requireToken(services.members));
  api.get('/me', (c) => c.json(c.get('principal')));
  api.route('/flows', flowsRoutes(services));
  api.route('/flows', flowScriptsRoutes(services));
  api.route('/templates', templatesRoutes(services));
  api.route('/channels', channelsRoutes(services));
  api.route('/contacts', contactsRoutes(services));
  api.route('/contact-fields', contactFieldsRoutes(services));
  api.route('/', leadsRoutes(services));
  api.route('/conversations', conversationsRoutes(services));
  api.route('/sessions', sessionsRoutes(services));
  api.route('/', membersRoutes(services));
  api.route('/sandbox', sandboxRoutes(services, committer));
  api.route('/sandbox', sandboxEchoRoutes(services, committer));
  api.route('/inbox', inboxRoutes(services));
  api.route('/crm', crmRoutes(services));
  api.route('/events', eventsRoutes(services));
  api.route('/broadcasts', broadcastsRoutes(services));
  if (options.testClock) api.route('/test', testRoutes(options.testClock, options.advanceClock));
  return api;
}
