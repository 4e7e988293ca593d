import type { Db } from '../db/openDatabase.ts';
import { recipientsPage } from './broadcastResults.ts';

const PAGE = 1000;
const COLUMNS = [
  'phone',
  'name',
  'state',
  'excluded_reason',
  'price',
  'error_code',
  'error',
  'queued_at',
  'sent_at',
  'delivered_at',
  'read_at',
  'failed_at',
  'replied_at',
  'quick_reply',
];

/** Every recipient of a broadcast as CSV, streamed a page at a time (times as ISO 8601, UTC). */
export function recipientsCsv(db: Db, broadcastId: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after = -1;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(`\uFEFF${COLUMNS.join(',')}\r\n`));
        return;
      }
      const rows = recipientsPage(db, broadcastId, { afterSeq: after, limit: PAGE });
      if (rows.length === 0) {
        controller.close();
        return;
      }
      after = rows[rows.length - 1]!.seq;
      const lines = rows.map((row) =>
        [
          `+${row.waId}`,
          row.name ?? '',
          row.state,
          row.reasonText ?? row.reason ?? '',
          row.price ?? '',
          row.errorCode ?? '',
          row.errorMessage ?? '',
          iso(row.queuedAt),
          iso(row.sentAt),
          iso(row.deliveredAt),
          iso(row.readAt),
          iso(row.failedAt),
          iso(row.repliedAt),
          row.quickReply ?? '',
        ]
          .map(csvCell)
          .join(','),
      );
      controller.enqueue(encoder.encode(`${lines.join('\r\n')}\r\n`));
    },
  });
}

/** A CSV cell: quoted when it holds a comma, quote or line break; a leading =, +, -, @ is defused for spreadsheets. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@]/.test(text) && !/^\+\d+$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function iso(time: number | null): string {
  return time === null ? '' : new Date(time).toISOString();
}
