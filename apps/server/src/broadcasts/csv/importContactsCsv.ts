import { newId } from '../../db/ids.ts';
import { stmt } from '../../db/stmt.ts';
import type { Services } from '../../services.ts';
import { declareContactFields } from '../../store/contactFields.ts';
import { findContactByWaId, saveContact, upsertContact } from '../../store/contacts.ts';
import type { CsvContact } from './readContactsCsv.ts';

/** Contacts written per transaction: a big file never holds the writer for long. */
const BATCH = 2000;

export interface CsvImportCounts {
  listId: string;
  created: number;
  updated: number;
}

/**
 * Writes a read CSV's contacts and keeps them as a list (an audience). A new contact gets the file's opt-in (not
 * opted in when it says nothing), recorded as given by "CSV import" with the list's name as the source. An
 * existing contact gets the file's fields (its non-empty values win) and tags added; an opt-out in the file is
 * recorded, an opt-in only upgrades a contact whose consent was unknown — a file never overrides an opt-out. Written
 * in batches (a transaction each, the event loop given back between them).
 */
export async function importContactsCsv(
  services: Services,
  workspaceId: string,
  input: { name: string; contacts: readonly CsvContact[]; fieldNames: readonly string[] },
): Promise<CsvImportCounts> {
  const { db } = services;
  const listId = newId('bl');
  const counts: CsvImportCounts = { listId, created: 0, updated: 0 };
  const addMember = stmt(
    db,
    'INSERT INTO broadcast_list_members (list_id, contact_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  services.transact(() => {
    const now = services.clock.now();
    stmt(db, 'INSERT INTO broadcast_lists (id, workspace_id, name, size, created_at) VALUES (?, ?, ?, ?, ?)').run(
      listId,
      workspaceId,
      input.name,
      input.contacts.length,
      now,
    );
    declareContactFields(db, workspaceId, input.fieldNames, now);
  });
  for (let start = 0; start < input.contacts.length; start += BATCH) {
    // Webhooks and sends go on between batches.
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    services.transact(() => {
      const now = services.clock.now();
      for (const row of input.contacts.slice(start, start + BATCH)) {
        const existing = findContactByWaId(db, workspaceId, row.waId);
        const contact = existing ?? upsertContact(db, workspaceId, row.waId, row.name ?? undefined, now);
        if (existing) counts.updated++;
        else counts.created++;
        if (row.name && !contact.name) contact.name = row.name;
        contact.fields = { ...contact.fields, ...row.fields };
        contact.tags = [...new Set([...contact.tags, ...row.tags])];
        const consent =
          row.optIn === 'optedOut'
            ? 'optedOut'
            : row.optIn === 'optedIn' && contact.optIn === 'unknown'
              ? 'optedIn'
              : null;
        if (consent && consent !== contact.optIn) {
          contact.optIn = consent;
          contact.optInAt = now;
          contact.optInMethod = 'CSV import';
          contact.optInSource = input.name;
        }
        contact.updatedAt = now;
        saveContact(db, contact);
        addMember.run(listId, contact.id);
      }
      services.bus.record(workspaceId, 'contact.updated', { listId, imported: counts.created + counts.updated }, now);
    });
  }
  return counts;
}
