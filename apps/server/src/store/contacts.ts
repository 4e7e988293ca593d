import type { Contact as ApiContact } from '@salesbot/api';
import type { ContactState } from '@salesbot/engine';
import { newId } from '../db/ids.ts';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';
import { readJson } from './json.ts';

/** A contact as the API shows it (packages/api, shared with the editor), and the workspace it belongs to. */
export interface Contact extends ApiContact {
  workspaceId: string;
}

interface ContactRow {
  id: string;
  workspace_id: string;
  wa_id: string;
  name: string | null;
  fields: string;
  tags: string;
  opt_in: Contact['optIn'];
  opt_in_at: number | null;
  opt_in_method: string | null;
  opt_in_source: string | null;
  marketing_opt_out: number;
  first_inbound_at: number | null;
  created_at: number;
  updated_at: number;
}

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    waId: row.wa_id,
    name: row.name,
    fields: readJson(row.fields, {}),
    tags: readJson(row.tags, []),
    optIn: row.opt_in,
    optInAt: row.opt_in_at,
    optInMethod: row.opt_in_method,
    optInSource: row.opt_in_source,
    marketingOptOut: row.marketing_opt_out === 1,
    firstInboundAt: row.first_inbound_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getContact(db: Db, id: string): Contact | null {
  const row = stmt(db, 'SELECT * FROM contacts WHERE id = ?').get(id) as ContactRow | undefined;
  return row ? toContact(row) : null;
}

export function findContactByWaId(db: Db, workspaceId: string, waId: string): Contact | null {
  const row = stmt(db, 'SELECT * FROM contacts WHERE workspace_id = ? AND wa_id = ?').get(workspaceId, waId) as
    | ContactRow
    | undefined;
  return row ? toContact(row) : null;
}

/** The contact with this WhatsApp id, created when new; the profile name fills an empty name. */
export function upsertContact(
  db: Db,
  workspaceId: string,
  waId: string,
  name: string | undefined,
  now: number,
  firstInboundAt: number | null = null,
): Contact {
  const existing = findContactByWaId(db, workspaceId, waId);
  if (existing) {
    if (name && !existing.name) {
      stmt(db, 'UPDATE contacts SET name = ?, updated_at = ? WHERE id = ?').run(name, now, existing.id);
      return { ...existing, name, updatedAt: now };
    }
    return existing;
  }
  return insertContact(db, workspaceId, waId, name, now, firstInboundAt);
}

/** A new contact row (the caller knows there is none for `waId`). */
function insertContact(
  db: Db,
  workspaceId: string,
  waId: string,
  name: string | undefined,
  now: number,
  firstInboundAt: number | null,
): Contact {
  const contact: Contact = {
    id: newId('ct'),
    workspaceId,
    waId,
    name: name ?? null,
    fields: {},
    tags: [],
    optIn: 'unknown',
    optInAt: null,
    optInMethod: null,
    optInSource: null,
    marketingOptOut: false,
    firstInboundAt,
    createdAt: now,
    updatedAt: now,
  };
  stmt(
    db,
    `INSERT INTO contacts (id, workspace_id, wa_id, name, first_inbound_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(contact.id, workspaceId, waId, contact.name, firstInboundAt, now, now);
  return contact;
}

/**
 * The contact a customer message comes from, created when new, its first inbound time set: one statement in the
 * common cases. `isNew`: the contact never wrote before (what `newContactsOnly` triggers look at); `created`: the
 * row did not exist (so neither does any conversation, lead or session of it).
 */
export function upsertContactForInbound(
  db: Db,
  input: { workspaceId: string; waId: string; name: string | undefined; at: number; now: number },
): { contact: Contact; isNew: boolean; created: boolean } {
  const existing = findContactByWaId(db, input.workspaceId, input.waId);
  if (!existing) {
    const contact = insertContact(db, input.workspaceId, input.waId, input.name, input.now, input.at);
    return { contact, isNew: true, created: true };
  }
  const isNew = existing.firstInboundAt === null;
  const name = existing.name ?? input.name ?? null;
  if (isNew || name !== existing.name) {
    existing.name = name;
    if (isNew) existing.firstInboundAt = input.at;
    existing.updatedAt = input.now;
    stmt(db, 'UPDATE contacts SET name = ?, first_inbound_at = ?, updated_at = ? WHERE id = ?').run(
      existing.name,
      existing.firstInboundAt,
      input.now,
      existing.id,
    );
  }
  return { contact: existing, isNew, created: false };
}

/** Writes the mutable parts of a contact back. */
export function saveContact(db: Db, contact: Contact): void {
  stmt(
    db,
    `UPDATE contacts SET name = @name, fields = @fields, tags = @tags, opt_in = @optIn, opt_in_at = @optInAt,
       opt_in_method = @optInMethod, opt_in_source = @optInSource, marketing_opt_out = @marketingOptOut,
       first_inbound_at = @firstInboundAt, updated_at = @updatedAt WHERE id = @id`,
  ).run({
    id: contact.id,
    name: contact.name,
    fields: JSON.stringify(contact.fields),
    tags: JSON.stringify(contact.tags),
    optIn: contact.optIn,
    optInAt: contact.optInAt,
    optInMethod: contact.optInMethod,
    optInSource: contact.optInSource,
    marketingOptOut: contact.marketingOptOut ? 1 : 0,
    firstInboundAt: contact.firstInboundAt,
    updatedAt: contact.updatedAt,
  });
}

/** The contact as a bot step sees it (its latest lead stage included; `hasNoLeads` skips looking). */
export function toContactState(db: Db, contact: Contact, hasNoLeads = false): ContactState {
  const stage = hasNoLeads
    ? undefined
    : (stmt(
        db,
        `SELECT p.name AS pipeline, s.name AS stage FROM leads l JOIN pipelines p ON p.id = l.pipeline_id
     JOIN stages s ON s.id = l.stage_id WHERE l.contact_id = ? ORDER BY l.updated_at DESC LIMIT 1`,
      ).get(contact.id) as { pipeline: string; stage: string } | undefined);
  return {
    waId: contact.waId,
    ...(contact.name ? { name: contact.name } : {}),
    fields: contact.fields,
    tags: contact.tags,
    ...(stage ? { stage } : {}),
    optIn: contact.optIn,
    marketingOptOut: contact.marketingOptOut,
  };
}
