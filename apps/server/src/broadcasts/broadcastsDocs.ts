import type { RouteDoc } from '../api/routeDoc.ts';
import {
  audienceQuerySchema,
  createSchema,
  estimateSchema,
  listSchema,
  previewSchema,
  scheduleSchema,
  settingsSchema,
  updateSchema,
} from './broadcastSchemas.ts';

const tag = 'broadcasts';

/** The OpenAPI entries of `/api/broadcasts` (see docs/broadcasts.md). */
export const broadcastsDocs: RouteDoc[] = [
  { method: 'get', path: '/api/broadcasts', summary: 'Broadcasts, newest first, with their counts', tag },
  {
    method: 'post',
    path: '/api/broadcasts',
    summary: 'Create a broadcast (audience, template step, send mode) and send it now, schedule it, or keep a draft',
    tag,
    body: createSchema,
    status: 201,
  },
  { method: 'get', path: '/api/broadcasts/:id', summary: 'A broadcast with its plan and live counts', tag },
  {
    method: 'patch',
    path: '/api/broadcasts/:id',
    summary: 'Change a draft or scheduled broadcast',
    tag,
    body: updateSchema,
  },
  { method: 'delete', path: '/api/broadcasts/:id', summary: 'Delete a broadcast that is not sending', tag },
  { method: 'get', path: '/api/broadcasts/:id/estimate', summary: 'What sending it now would do', tag },
  { method: 'post', path: '/api/broadcasts/:id/start', summary: 'Send now', tag },
  {
    method: 'post',
    path: '/api/broadcasts/:id/schedule',
    summary: 'Send at a wall-clock time in a time zone (stored in UTC)',
    tag,
    body: scheduleSchema,
  },
  { method: 'post', path: '/api/broadcasts/:id/pause', summary: 'Pause (queued sends are taken back)', tag },
  { method: 'post', path: '/api/broadcasts/:id/resume', summary: 'Resume a paused broadcast', tag },
  { method: 'post', path: '/api/broadcasts/:id/cancel', summary: 'Cancel: nothing more is sent', tag },
  {
    method: 'get',
    path: '/api/broadcasts/:id/results',
    summary: 'Counts (sent, delivered, read, failed by error, replied, quick replies, opt-outs) and their timeline',
    tag,
  },
  {
    method: 'get',
    path: '/api/broadcasts/:id/recipients',
    summary: 'Recipients with their state and reason (?state=, ?after=<seq>, ?limit=)',
    tag,
  },
  { method: 'get', path: '/api/broadcasts/:id/export.csv', summary: 'Every recipient and result as CSV', tag },
  {
    method: 'post',
    path: '/api/broadcasts/estimate',
    summary: 'Estimate before saving: recipients per price category, exclusions, days under the messaging limit',
    tag,
    body: estimateSchema,
  },
  {
    method: 'post',
    path: '/api/broadcasts/audience',
    summary: 'How many contacts an audience matches, with a sample',
    tag,
    body: audienceQuerySchema,
  },
  {
    method: 'post',
    path: '/api/broadcasts/preview',
    summary: 'The template as one contact would get it, and whether they would',
    tag,
    body: previewSchema,
  },
  { method: 'get', path: '/api/broadcasts/lists', summary: 'Contact lists uploaded as CSV', tag },
  {
    method: 'post',
    path: '/api/broadcasts/lists',
    summary: 'Upload contacts as CSV (every bad row reported with its line; 422 unless skipInvalid)',
    tag,
    body: listSchema,
    status: 201,
  },
  { method: 'get', path: '/api/broadcasts/settings', summary: 'The messaging limit and its use in the last 24 h', tag },
  {
    method: 'put',
    path: '/api/broadcasts/settings',
    summary: "Set the workspace's messaging-limit tier",
    tag,
    body: settingsSchema,
  },
];
