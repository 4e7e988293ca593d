import { Hono } from 'hono';
import { stmt } from '../db/stmt.ts';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { readBody } from '../http/readBody.ts';
import { requireAdmin } from '../http/requireToken.ts';
import type { Services } from '../services.ts';
import { listSchema } from './broadcastSchemas.ts';
import { importContactsCsv } from './csv/importContactsCsv.ts';
import { readContactsCsv } from './csv/readContactsCsv.ts';

/** Problems reported per upload at most (the count says how many there were). */
const MAX_REPORTED = 1000;

/**
 * `/api/broadcasts/lists`: contacts uploaded as CSV become a list, an audience. Every row is checked and every
 * problem reported with its line; with problems nothing is written (422) unless `skipInvalid` asks to import the
 * valid rows anyway. `dryRun` checks only.
 */
export function broadcastListsRoutes(services: Services): Hono<AppEnv> {
  const { db } = services;
  const app = new Hono<AppEnv>();

  app.get('/', (c) =>
    c.json(
      stmt(
        db,
        'SELECT id, name, size, created_at AS createdAt FROM broadcast_lists WHERE workspace_id = ? ORDER BY created_at DESC',
      ).all(c.get('principal').workspaceId),
    ),
  );

  app.post('/', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const body = await readBody(c, listSchema);
    const read = readContactsCsv(body.csv);
    const report = {
      rows: read.rows,
      valid: read.contacts.length,
      errorCount: read.errors.length,
      errors: read.errors.slice(0, MAX_REPORTED),
      duplicates: read.duplicates.slice(0, MAX_REPORTED),
      columns: read.columns,
      optedIn: read.contacts.filter((contact) => contact.optIn === 'optedIn').length,
    };
    const headerBroken = read.errors.some((error) => error.line === 1);
    if (read.errors.length > 0 && (!body.skipInvalid || headerBroken)) {
      const first = read.errors[0]!;
      throw apiError(
        422,
        'invalid_csv',
        `${read.errors.length} problem${read.errors.length === 1 ? '' : 's'} in the file; line ${first.line}: ${first.message}`,
        report,
      );
    }
    if (body.dryRun) return c.json({ ...report, listId: null, created: 0, updated: 0 });
    if (read.contacts.length === 0) throw apiError(422, 'invalid_csv', 'The file has no contact to import.', report);
    const counts = await importContactsCsv(services, workspaceId, {
      name: body.name ?? `Upload of ${new Date(services.clock.now()).toISOString().slice(0, 16).replace('T', ' ')}`,
      contacts: read.contacts,
      fieldNames: read.columns.fields,
    });
    return c.json({ ...report, ...counts }, 201);
  });

  return app;
}
