import { type ConversationFacts, EMPTY_FACTS } from '@salesbot/policy';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';
import { readJson } from '../store/json.ts';
import type { Audience } from './types.ts';

/** A contact of an audience with what deciding its fate needs: consent, fields, and its window on the channel. */
export interface AudienceContact {
  id: string;
  waId: string;
  name: string | null;
  fields: Record<string, string>;
  optIn: 'optedIn' | 'optedOut' | 'unknown';
  marketingOptOut: boolean;
  /** The contact's conversation on the broadcast's channel, if they have one. */
  conversationId: string | null;
  facts: ConversationFacts;
}

interface Row {
  id: string;
  wa_id: string;
  name: string | null;
  fields: string;
  opt_in: AudienceContact['optIn'];
  marketing_opt_out: number;
  conversation_id: string | null;
  facts: string | null;
}

/**
 * The next `limit` contacts of the audience after contact id `after` (keyset pagination by id: each page is one
 * index range, whatever the audience's size, so planning 100,000 contacts never holds more than a page).
 */
export function audienceChunk(
  db: Db,
  input: { workspaceId: string; channelId: string; audience: Audience; after: string | null; limit: number },
): AudienceContact[] {
  const { sql, params } = audienceSql(input.audience);
  const rows = stmt(
    db,
    `SELECT c.id, c.wa_id, c.name, c.fields, c.opt_in, c.marketing_opt_out, cv.id AS conversation_id, cv.facts
     FROM contacts c INDEXED BY contacts_by_workspace_id
       LEFT JOIN conversations cv ON cv.channel_id = ? AND cv.contact_id = c.id
     WHERE c.workspace_id = ? AND c.id > ?${sql}
     ORDER BY c.id LIMIT ?`,
  ).all(input.channelId, input.workspaceId, input.after ?? '', ...params, input.limit) as Row[];
  return rows.map((row) => ({
    id: row.id,
    waId: row.wa_id,
    name: row.name,
    fields: readJson<Record<string, string>>(row.fields, {}),
    optIn: row.opt_in,
    marketingOptOut: row.marketing_opt_out === 1,
    conversationId: row.conversation_id,
    facts: readJson<ConversationFacts>(row.facts, EMPTY_FACTS),
  }));
}

/** How many contacts the audience matches (the count shown while choosing it). */
export function countAudience(db: Db, workspaceId: string, audience: Audience): number {
  const { sql, params } = audienceSql(audience);
  return Number(
    stmt(db, `SELECT count(*) FROM contacts c WHERE c.workspace_id = ?${sql}`)
      .pluck()
      .get(workspaceId, ...params),
  );
}

/** The audience's conditions as SQL over `contacts c` (each starting with AND), with their parameters. */
export function audienceSql(audience: Audience): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (audience.tags.length > 0) {
    parts.push(
      `EXISTS (SELECT 1 FROM json_each(c.tags) WHERE json_each.value IN (${audience.tags.map(() => '?').join(', ')}))`,
    );
    params.push(...audience.tags);
  }
  if (audience.stage) {
    parts.push(`EXISTS (SELECT 1 FROM leads l JOIN pipelines p ON p.id = l.pipeline_id JOIN stages s ON s.id = l.stage_id
      WHERE l.contact_id = c.id AND p.name = ? AND s.name = ?)`);
    params.push(audience.stage.pipeline, audience.stage.stage);
  }
  for (const condition of audience.fields) {
    // Field names are validated (letters, digits, "_"), so the JSON path is safe; it still goes as a parameter.
    const value = "coalesce(json_extract(c.fields, ?), '')";
    const path = `$.${condition.field}`;
    switch (condition.op) {
      case 'equals':
        parts.push(`lower(${value}) = lower(?)`);
        params.push(path, condition.value);
        break;
      case 'notEquals':
        parts.push(`lower(${value}) != lower(?)`);
        params.push(path, condition.value);
        break;
      case 'contains':
        parts.push(`instr(lower(${value}), lower(?)) > 0`);
        params.push(path, condition.value);
        break;
      case 'isSet':
        parts.push(`${value} != ''`);
        params.push(path);
        break;
      case 'isNotSet':
        parts.push(`${value} = ''`);
        params.push(path);
        break;
    }
  }
  if (audience.listId) {
    parts.push('EXISTS (SELECT 1 FROM broadcast_list_members m WHERE m.list_id = ? AND m.contact_id = c.id)');
    params.push(audience.listId);
  }
  return { sql: parts.map((part) => ` AND ${part}`).join(''), params };
}
