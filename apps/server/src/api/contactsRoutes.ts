import { Hono } from 'hono';
import { z } from 'zod';
import { stmt } from '../db/stmt.ts';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { intQuery, readBody } from '../http/readBody.ts';
import type { Services } from '../services.ts';
import { declareContactFields, deleteContactField, listContactFields } from '../store/contactFields.ts';
import {
  type Contact,
  findContactByWaId,
  getContact,
  saveContact,
  toContact,
  upsertContact,
} from '../store/contacts.ts';
import { contactLeads } from '../store/leads.ts';
import type { RouteDoc } from './routeDoc.ts';

const fieldName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'letters, digits and "_", not starting with a digit');
const createSchema = z.object({
  waId: z.string().regex(/^\d{6,15}$/, 'a WhatsApp id: 6 to 15 digits, no "+"'),
  name: z.string().max(200).optional(),
  fields: z.record(fieldName, z.string().max(4096)).default({}),
  tags: z.array(z.string().min(1).max(100)).default([]),
});
const updateSchema = z.object({
  name: z.string().max(200).nullable().optional(),
  /** Merged into the contact's fields; `null` removes a field. */
  fields: z.record(fieldName, z.string().max(4096).nullable()).optional(),
  tags: z.array(z.string().min(1).max(100)).optional(),
});
const tagsSchema = z.object({
  add: z.array(z.string().min(1).max(100)).default([]),
  remove: z.array(z.string()).default([]),
});
const optInSchema = z.object({
  status: z.enum(['optedIn', 'optedOut', 'unknown']),
  /** How consent was given: "website form", "reply YES"… */
  method: z.string().max(200).optional(),
  /** Where: a URL, a campaign, a form id. */
  source: z.string().max(500).optional(),
  marketingOptOut: z.boolean().optional(),
});
const fieldSchema = z.object({ name: fieldName, label: z.string().max(100).optional() });

export const contactsDocs: RouteDoc[] = [
  { method: 'get', path: '/api/contacts', summary: 'Contacts (?search=, ?tag=, ?limit=, ?offset=)', tag: 'contacts' },
  {
    method: 'post',
    path: '/api/contacts',
    summary: 'Create a contact',
    tag: 'contacts',
    body: createSchema,
    status: 201,
  },
  { method: 'get', path: '/api/contacts/:id', summary: 'A contact with its leads', tag: 'contacts' },
  {
    method: 'patch',
    path: '/api/contacts/:id',
    summary: 'Change name, fields (null removes), tags',
    tag: 'contacts',
    body: updateSchema,
  },
  { method: 'post', path: '/api/contacts/:id/tags', summary: 'Add and remove tags', tag: 'contacts', body: tagsSchema },
  {
    method: 'put',
    path: '/api/contacts/:id/opt-in',
    summary: 'Record opt-in status, when, how and where',
    tag: 'contacts',
    body: optInSchema,
  },
  { method: 'delete', path: '/api/contacts/:id', summary: 'Delete a contact and its conversations', tag: 'contacts' },
  { method: 'get', path: '/api/contact-fields', summary: "The workspace's custom contact fields", tag: 'contacts' },
  {
    method: 'post',
    path: '/api/contact-fields',
    summary: 'Declare a custom contact field',
    tag: 'contacts',
    body: fieldSchema,
    status: 201,
  },
  { method: 'delete', path: '/api/contact-fields/:name', summary: 'Remove a custom contact field', tag: 'contacts' },
];

/** Contacts: fields, tags and consent (`/api/contacts`), and the workspace's custom fields (`/api/contact-fields`). */
export function contactsRoutes(services: Services): Hono<AppEnv> {
  const { db, clock } = services;
  const app = new Hono<AppEnv>();
  const load = (workspaceId: string, id: string): Contact => {
    const contact = getContact(db, id);
    if (!contact || contact.workspaceId !== workspaceId)
      throw apiError(404, 'not_found', `No contact "${id}" in this workspace`);
    return contact;
  };
  const save = (contact: Contact) =>
    services.transact(() => {
      contact.updatedAt = clock.now();
      saveContact(db, contact);
      services.bus.record(contact.workspaceId, 'contact.updated', { id: contact.id }, contact.updatedAt);
    });

  app.get('/', async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const search = c.req.query('search')?.toLowerCase() ?? null;
    const tag = c.req.query('tag') ?? null;
    const sql = `SELECT * FROM contacts WHERE workspace_id = ?
         AND (? IS NULL OR lower(coalesce(name, '')) LIKE '%' || ? || '%' OR wa_id LIKE '%' || ? || '%')
         AND (? IS NULL OR EXISTS (SELECT 1 FROM json_each(contacts.tags) WHERE value = ?))
       ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`;
    const params = [
      workspaceId,
      search,
      search,
      search,
      tag,
      tag,
      intQuery(c, 'limit', 100),
      intQuery(c, 'offset', 0, 1e9),
    ];
    type Row = Parameters<typeof toContact>[0];
    // A search or a tag reads every contact until the page is full (130-160 ms at 300,000): off the event loop.
    const rows =
      search !== null || tag !== null
        ? await services.reader.all<Row>(sql, params)
        : (stmt(db, sql).all(params) as Row[]);
    return c.json(rows.map(toContact));
  });

  app.post('/', async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const body = await readBody(c, createSchema);
    if (findContactByWaId(db, workspaceId, body.waId)) {
      throw apiError(409, 'conflict', `A contact with WhatsApp id ${body.waId} already exists`);
    }
    const contact = services.transact(() => {
      const created = upsertContact(db, workspaceId, body.waId, body.name, clock.now());
      created.fields = body.fields;
      created.tags = [...new Set(body.tags)];
      saveContact(db, created);
      declareContactFields(db, workspaceId, Object.keys(body.fields), clock.now());
      return created;
    });
    return c.json(contact, 201);
  });

  app.get('/:id', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const contact = load(workspaceId, c.req.param('id'));
    return c.json({ ...contact, leads: contactLeads(db, workspaceId, contact.id) });
  });

  app.patch('/:id', async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const contact = load(workspaceId, c.req.param('id'));
    const body = await readBody(c, updateSchema);
    if (body.name !== undefined) contact.name = body.name;
    if (body.fields) {
      const fields = { ...contact.fields };
      for (const [name, value] of Object.entries(body.fields)) {
        if (value === null) delete fields[name];
        else fields[name] = value;
      }
      contact.fields = fields;
      services.transact(() => declareContactFields(db, workspaceId, Object.keys(fields), clock.now()));
    }
    if (body.tags) contact.tags = [...new Set(body.tags)];
    save(contact);
    return c.json(contact);
  });

  app.post('/:id/tags', async (c) => {
    const contact = load(c.get('principal').workspaceId, c.req.param('id'));
    const body = await readBody(c, tagsSchema);
    contact.tags = [...new Set([...contact.tags, ...body.add])].filter((tag) => !body.remove.includes(tag));
    save(contact);
    return c.json(contact);
  });

  app.put('/:id/opt-in', async (c) => {
    const contact = load(c.get('principal').workspaceId, c.req.param('id'));
    const body = await readBody(c, optInSchema);
    contact.optIn = body.status;
    contact.optInAt = clock.now();
    contact.optInMethod = body.method ?? null;
    contact.optInSource = body.source ?? null;
    if (body.marketingOptOut !== undefined) contact.marketingOptOut = body.marketingOptOut;
    save(contact);
    return c.json(contact);
  });

  app.delete('/:id', (c) => {
    const contact = load(c.get('principal').workspaceId, c.req.param('id'));
    services.transact(() => stmt(db, 'DELETE FROM contacts WHERE id = ?').run(contact.id));
    return c.json({ deleted: contact.id });
  });

  return app;
}

/** `/api/contact-fields`, mounted beside the contacts. */
export function contactFieldsRoutes(services: Services): Hono<AppEnv> {
  const { db, clock } = services;
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.json(listContactFields(db, c.get('principal').workspaceId)));
  app.post('/', async (c) => {
    const body = await readBody(c, fieldSchema);
    services.transact(() =>
      declareContactFields(db, c.get('principal').workspaceId, [body.name], clock.now(), body.label),
    );
    return c.json(body, 201);
  });
  app.delete('/:name', (c) => {
    if (!services.transact(() => deleteContactField(db, c.get('principal').workspaceId, c.req.param('name')))) {
      throw apiError(404, 'not_found', `No contact field "${c.req.param('name')}"`);
    }
    return c.json({ deleted: c.req.param('name') });
  });
  return app;
}
