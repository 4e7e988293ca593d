// The front thread (started by frontThread.ts): the public HTTP server. It reads, checks and submits WhatsApp
// deliveries and forwards everything else to the app's internal server; see frontHandler.ts.
import { createServer } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import type { WebhookEvent } from '@salesbot/whatsapp';
import { createForwarder } from './forwardRequest.ts';
import { createFrontHandler } from './frontHandler.ts';
import {
  type DirectorySnapshot,
  directoryFrom,
  type FromFront,
  type FrontData,
  type ToFront,
} from './frontMessages.ts';

const data = workerData as FrontData;
const port = parentPort!;
const send = (message: FromFront) => port.postMessage(message);
let directory = directoryFrom(data.directory);
const waiting = new Map<number, (committed: boolean) => void>();
let nextId = 1;

const server = createServer(
  { keepAliveTimeout: 5_000 },
  createFrontHandler({
    maxBodyBytes: data.maxBodyBytes,
    directory: () => directory,
    submit: (events: WebhookEvent[]) =>
      new Promise<boolean>((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve);
        send({ type: 'submit', id, events });
      }),
    forward: createForwarder(data.internalPort),
  }),
);

port.on('message', (message: ToFront) => {
  if (message.type === 'committed') {
    waiting.get(message.id)?.(message.ok);
    waiting.delete(message.id);
  } else if (message.type === 'directory') {
    directory = directoryFrom(message.snapshot as DirectorySnapshot);
  } else if (message.type === 'close') {
    // No new connections; the requests in flight are answered (their commits still come back), then we report.
    server.close(() => send({ type: 'closed' }));
    server.closeIdleConnections();
  }
});

server.on('error', (error) => send({ type: 'failed', message: String(error) }));
server.listen(data.port, data.host, () => {
  const address = server.address();
  send({ type: 'listening', port: typeof address === 'object' && address ? address.port : data.port });
});
