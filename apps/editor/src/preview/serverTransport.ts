import { ApiError } from '../api/ApiError.ts';
import { useSession } from '../auth/session.ts';
import type { ServerTransport } from './createServerChat.ts';

const EVENT_TYPES = [
  'message.in',
  'message.out',
  'message.status',
  'session.started',
  'session.updated',
  'session.ended',
  'conversation.updated',
] as const;

/** The browser's way to the server: `fetch` with the signed-in token, and `EventSource` on `/api/events`. */
export function createServerTransport(baseUrl = ''): ServerTransport {
  const token = () => useSession.getState().token ?? '';
  return {
    async request(method, path, body) {
      const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token()}` };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await fetch(`${baseUrl}/api${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      const json = text ? (JSON.parse(text) as unknown) : undefined;
      if (!response.ok) {
        const error = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
        throw new ApiError(
          response.status,
          error?.code ?? `http_${response.status}`,
          error?.message ?? `The server answered ${response.status}`,
        );
      }
      return json;
    },
    events(onEvent, onStatus) {
      const source = new EventSource(`${baseUrl}/api/events?token=${encodeURIComponent(token())}`);
      source.addEventListener('ready', () => onStatus(true));
      source.addEventListener('error', () => onStatus(source.readyState === EventSource.OPEN));
      for (const type of EVENT_TYPES) {
        source.addEventListener(type, (event) => {
          try {
            // Each event is stored as `{ id, type, data, createdAt }`: what it is about is under `data`.
            const stored = JSON.parse((event as MessageEvent<string>).data) as { data?: unknown };
            onEvent(type, stored.data ?? stored);
          } catch {
            // A malformed event is dropped; the next one refreshes the conversation anyway.
          }
        });
      }
      return () => source.close();
    },
  };
}
