import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildStatusWebhook, type DeliveryStatus } from '@salesbot/whatsapp';
import { createPostJson } from '../transport/postJson.ts';
import { signBody } from '../webhook/verifySignature.ts';
import { sendRequestSchema } from './sendRequestSchema.ts';

/** One `POST /{phone-number-id}/messages` the stand-in received. */
export interface ReceivedSend {
  phoneNumberId: string;
  /** `messages`, or `marketing_messages` (Marketing Messages Lite: templates only). */
  endpoint: 'messages' | 'marketing_messages';
  to: string;
  body: unknown;
  authorization: string | undefined;
  callbackData: string | undefined;
  /** The wamid given when accepted (answered, or dropped after accepting); null when refused or lost. */
  wamid: string | null;
  /** Accepted: WhatsApp would deliver it (answered or dropped after acceptance). */
  accepted: boolean;
  /** The shape problem, when the payload was refused for it. */
  invalid?: string;
}

/** How to answer upcoming sends. Rules apply in order; each is used `times` times (default 1). */
export type StandInRule =
  | { kind: 'fail'; code?: number; httpStatus?: number; message?: string; times?: number; to?: string }
  /**
   * Destroy the connection without answering: a crash or network cut in flight. `accept` (default true): the
   * message counts as sent (Meta got it); false: it was lost before Meta processed it.
   */
  | { kind: 'drop'; accept?: boolean; times?: number; to?: string }
  | { kind: 'delay'; ms: number; times?: number; to?: string };

export interface StatusWebhookTarget {
  url: string;
  appSecret: string;
  /** Statuses posted for every accepted send, in order (default sent, delivered). */
  statuses?: DeliveryStatus[];
  wabaId?: string;
}

export interface GraphApiStandIn {
  /** The Graph API base with its version, e.g. `http://127.0.0.1:41234/v23.0`: what WHATSAPP_API_URL takes. */
  url: string;
  sends: ReceivedSend[];
  /** Accepted sends to a recipient. */
  countTo(to: string): number;
  /** Accepted sends carrying this `biz_opaque_callback_data`. */
  countByCallback(data: string): number;
  /** Adds answer rules (fail with a code/status, drop the answer, delay). */
  use(...rules: StandInRule[]): void;
  /** Where accepted sends' statuses are posted (signed, retried until answered 200, like Meta). */
  postStatusesTo(target: StatusWebhookTarget | null): void;
  /** Templates `GET /{waba_id}/message_templates` answers. */
  setTemplates(wabaId: string, templates: unknown[]): void;
  /** Posts one status webhook now (signed) and resolves when it was answered 200. */
  postStatus(input: {
    phoneNumberId: string;
    wamid: string;
    to: string;
    status: DeliveryStatus;
    callbackData?: string;
    errors?: { code: number; title?: string; message?: string }[];
  }): Promise<void>;
  /** Resolves when every status post has been answered 200 (or given up). */
  statusesSettled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A stand-in for Meta's Graph API on loopback, for tests and benchmarks of the Cloud API transport: checks each
 * send's payload against the Cloud API's shape (400 with code 100 otherwise, as Meta does), checks the bearer
 * token, answers wamids, fails/drops/delays on request, counts what each recipient got, serves the template list,
 * and posts signed status webhooks back with retries (at least once, like Meta).
 */
export async function startGraphApiStandIn(
  options: { accessToken?: string; version?: string; now?: () => number } = {},
): Promise<GraphApiStandIn> {
  const version = options.version ?? 'v23.0';
  const now = options.now ?? Date.now;
  const sends: ReceivedSend[] = [];
  const rules: (StandInRule & { left: number })[] = [];
  const templates = new Map<string, unknown[]>();
  const posts = new Set<Promise<void>>();
  let statusTarget: StatusWebhookTarget | null = null;
  let closed = false;
  let counter = 0;

  const takeRule = (to: string): StandInRule | null => {
    const index = rules.findIndex((rule) => rule.left > 0 && (!rule.to || rule.to === to));
    if (index < 0) return null;
    const rule = rules[index]!;
    rule.left -= 1;
    if (rule.left === 0) rules.splice(index, 1);
    return rule;
  };

  // Keep-alive node:http rather than fetch: a benchmark posting thousands of statuses a second spends far less.
  const postStatus = createPostJson({ timeoutMs: 5000 });
  const post = async (target: StatusWebhookTarget, body: unknown) => {
    const text = JSON.stringify(body);
    for (let attempt = 0; attempt < 200 && !closed; attempt++) {
      const answer = await postStatus(
        target.url,
        { 'content-type': 'application/json', 'x-hub-signature-256': signBody(text, target.appSecret) },
        text,
      );
      if (answer.kind === 'answered' && answer.ok) return;
      // Not answered 200 (the server is down or restarting): Meta keeps retrying, so do we.
      await new Promise((resolve) => setTimeout(resolve, Math.min(2000, 50 * 2 ** Math.min(attempt, 6))));
    }
  };
  const track = (promise: Promise<void>) => {
    const tracked = promise.finally(() => posts.delete(tracked));
    posts.add(tracked);
    return tracked;
  };
  const statusBody = (target: { wabaId?: string }, input: Parameters<GraphApiStandIn['postStatus']>[0]) =>
    buildStatusWebhook({
      phoneNumberId: input.phoneNumberId,
      ...(target.wabaId ? { wabaId: target.wabaId } : {}),
      id: input.wamid,
      status: input.status,
      timestamp: now(),
      recipientId: input.to,
      ...(input.callbackData ? { callbackData: input.callbackData } : {}),
      ...(input.errors ? { errors: input.errors } : {}),
    });

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) json(res, 500, { error: { code: 2, message: 'stand-in failure' } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== version) return json(res, 404, { error: { code: 100, message: `Unknown path ${url.pathname}` } });
    const authorization = req.headers.authorization;
    if (options.accessToken && authorization !== `Bearer ${options.accessToken}`) {
      await readBody(req);
      return json(res, 401, { error: { code: 190, message: 'Invalid OAuth access token', type: 'OAuthException' } });
    }
    if (req.method === 'GET' && parts.length === 3 && parts[2] === 'message_templates') {
      return json(res, 200, { data: templates.get(parts[1]!) ?? [], paging: {} });
    }
    const endpoint = parts[2];
    if (req.method !== 'POST' || parts.length !== 3 || (endpoint !== 'messages' && endpoint !== 'marketing_messages')) {
      return json(res, 404, { error: { code: 100, message: `Unsupported ${req.method} ${url.pathname}` } });
    }
    const phoneNumberId = parts[1]!;
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return json(res, 400, { error: { code: 100, message: 'Invalid JSON' } });
    }
    const record = (body ?? {}) as { to?: unknown; biz_opaque_callback_data?: unknown };
    const to = typeof record.to === 'string' ? record.to : '';
    const received: ReceivedSend = {
      phoneNumberId,
      endpoint,
      to,
      body,
      authorization,
      callbackData: typeof record.biz_opaque_callback_data === 'string' ? record.biz_opaque_callback_data : undefined,
      wamid: null,
      accepted: false,
    };
    sends.push(received);
    const shape = sendRequestSchema.safeParse(body);
    const notTemplate = shape.success && endpoint === 'marketing_messages' && shape.data.type !== 'template';
    if (!shape.success || notTemplate) {
      const issue = shape.error?.issues[0];
      received.invalid = notTemplate
        ? 'type: marketing_messages sends templates only'
        : `${issue?.path.join('.')}: ${issue?.message}`;
      return json(res, 400, {
        error: {
          code: 100,
          message: '(#100) Invalid parameter',
          type: 'OAuthException',
          error_data: { details: received.invalid },
        },
      });
    }
    let rule = takeRule(to);
    while (rule?.kind === 'delay') {
      await new Promise((resolve) => setTimeout(resolve, rule && rule.kind === 'delay' ? rule.ms : 0));
      rule = takeRule(to);
    }
    if (rule?.kind === 'fail') {
      const code = rule.code ?? 131000;
      return json(res, rule.httpStatus ?? 400, {
        error: {
          code,
          message: `(#${code}) ${rule.message ?? 'Failure requested by the test'}`,
          type: 'OAuthException',
        },
      });
    }
    if (rule?.kind === 'drop' && rule.accept === false) {
      req.socket.destroy();
      return;
    }
    const wamid = `wamid.standin.${++counter}.${Math.random().toString(36).slice(2, 10)}`;
    received.accepted = true;
    received.wamid = wamid;
    if (statusTarget) {
      const target = statusTarget;
      const statuses = target.statuses ?? ['sent', 'delivered'];
      track(
        (async () => {
          for (const status of statuses) {
            await post(
              target,
              statusBody(target, {
                phoneNumberId,
                wamid,
                to,
                status,
                ...(received.callbackData ? { callbackData: received.callbackData } : {}),
              }),
            );
          }
        })(),
      );
    }
    if (rule?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    return json(res, 200, {
      messaging_product: 'whatsapp',
      contacts: [{ input: to, wa_id: to }],
      messages: [{ id: wamid }],
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/${version}`,
    sends,
    countTo: (to) => sends.filter((send) => send.accepted && send.to === to).length,
    countByCallback: (data) => sends.filter((send) => send.accepted && send.callbackData === data).length,
    use: (...added) => {
      for (const rule of added) rules.push({ ...rule, left: rule.times ?? 1 });
    },
    postStatusesTo: (target) => {
      statusTarget = target;
    },
    setTemplates: (wabaId, list) => {
      templates.set(wabaId, list);
    },
    postStatus: (input) => {
      if (!statusTarget) return Promise.reject(new Error('call postStatusesTo first'));
      return track(post(statusTarget, statusBody(statusTarget, input)));
    },
    statusesSettled: async () => {
      while (posts.size > 0) await Promise.all([...posts]);
    },
    close: async () => {
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
