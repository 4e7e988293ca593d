// The bench's baseline: the same Hono server stack, doing only one SQLite insert per request (file DB, WAL).
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';

const db = new Database(process.env.DATABASE_PATH ?? './baseline.db');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('CREATE TABLE IF NOT EXISTS deliveries (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
const insert = db.prepare('INSERT INTO deliveries (body) VALUES (?)');

const app = new Hono();
app.get('/healthz', (c) => c.json({ ok: true }));
app.post('/webhooks/whatsapp', async (c) => {
  insert.run(await c.req.text());
  return c.json({ ok: true });
});
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
