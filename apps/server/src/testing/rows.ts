import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

/** Small read helpers for tests: what the database holds now. */
export const rows = {
  count(db: Db, table: string, where = '1 = 1', ...params: unknown[]): number {
    return Number(
      db
        .prepare(`SELECT count(*) FROM ${table} WHERE ${where}`)
        .pluck()
        .get(...params),
    );
  },
  messages(db: Db, where = '1 = 1', ...params: unknown[]) {
    return db.prepare(`SELECT * FROM messages WHERE ${where} ORDER BY id`).all(...params) as {
      id: number;
      direction: string;
      sender: string;
      wamid: string | null;
      type: string;
      content: string;
      status: string;
      error_code: number | null;
      outbox_id: string | null;
      session_id: string | null;
    }[];
  },
  outbox(db: Db, where = '1 = 1', ...params: unknown[]) {
    return db.prepare(`SELECT * FROM outbox WHERE ${where} ORDER BY seq`).all(...params) as {
      id: string;
      state: string;
      attempts: number;
      wamid: string | null;
      error_code: number | null;
      payload: string;
      next_attempt_at: number;
      to_wa_id: string;
    }[];
  },
  sessions(db: Db, where = '1 = 1', ...params: unknown[]) {
    return stmt(
      db,
      `SELECT id, flow_id, flow_version, status, waiting_node, end_reason FROM sessions WHERE ${where} ORDER BY started_at, id`,
    ).all(...params) as {
      id: string;
      flow_id: string;
      flow_version: number;
      status: string;
      waiting_node: string | null;
      end_reason: string | null;
    }[];
  },
};
