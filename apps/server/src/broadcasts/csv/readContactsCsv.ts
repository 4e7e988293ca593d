import { normalisePhone } from '@salesbot/whatsapp';
import { parseCsv } from './parseCsv.ts';

export type CsvOptIn = 'optedIn' | 'optedOut' | 'unknown';

/** One contact of the file, its duplicates merged into it. */
export interface CsvContact {
  /** The line of its first row. */
  line: number;
  waId: string;
  name: string | null;
  fields: Record<string, string>;
  tags: string[];
  /** What the opt-in column said; `unknown` when the file has none or left it empty. */
  optIn: CsvOptIn;
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface ContactsCsv {
  contacts: CsvContact[];
  /** Data rows read (the header not counted). */
  rows: number;
  errors: CsvProblem[];
  /** Rows whose phone appeared on an earlier line: merged into that contact. */
  duplicates: { line: number; firstLine: number; waId: string }[];
  columns: { phone: string; name: string | null; optIn: string | null; tags: string | null; fields: string[] };
}

const PHONE = [
  'phone',
  'phone_number',
  'mobile',
  'mobile_number',
  'whatsapp',
  'whatsapp_number',
  'wa_id',
  'number',
  'telephone',
  'tel',
  'msisdn',
];
const NAME = ['name', 'full_name', 'contact_name'];
const OPT_IN = ['opt_in', 'optin', 'opted_in', 'consent', 'opt_in_status', 'whatsapp_opt_in'];
const TAGS = ['tags', 'tag', 'labels'];
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const YES = new Set(['yes', 'y', 'true', '1', 'optedin', 'opted_in', 'opted in', 'si', 'sí', 'x']);
const NO = new Set(['no', 'n', 'false', '0', 'unknown', '']);
const OUT = new Set(['optedout', 'opted_out', 'opted out', 'out', 'stop', 'unsubscribed']);

/**
 * Reads a contacts CSV: a header row naming a phone column (`phone`, `mobile`, `whatsapp`…), optionally `name`,
 * `opt_in` (yes/no/opted_out), `tags` (separated by `;` or `|`), and any other column as a contact field. Each
 * row is checked — the phone in international format (E.164), the opt-in value, the value count, field sizes —
 * and every problem is reported with its line. Rows with the same phone are merged into the first (later values
 * win; an opt-out wins over an opt-in; tags add up).
 */
export function readContactsCsv(text: string): ContactsCsv {
  const { records, delimiter, problems } = parseCsv(text);
  const errors: CsvProblem[] = problems.map((problem) => ({
    line: problem.line,
    message: 'A quoted value is never closed (a " is missing).',
  }));
  const header = records[0];
  const empty: ContactsCsv = {
    contacts: [],
    rows: 0,
    errors,
    duplicates: [],
    columns: { phone: '', name: null, optIn: null, tags: null, fields: [] },
  };
  if (!header) return { ...empty, errors: [...errors, { line: 1, message: 'The file is empty.' }] };
  const names = header.cells.map(columnName);
  const find = (aliases: string[]) => names.findIndex((name) => aliases.includes(name));
  const phoneAt = find(PHONE);
  if (phoneAt < 0) {
    return {
      ...empty,
      rows: records.length - 1,
      errors: [
        ...errors,
        { line: 1, message: 'No phone column: name one column "phone" (numbers in international format, +34…).' },
      ],
    };
  }
  const nameAt = find(NAME);
  const optInAt = find(OPT_IN);
  const tagsAt = find(TAGS);
  const fieldColumns: { index: number; name: string }[] = [];
  names.forEach((name, index) => {
    if ([phoneAt, nameAt, optInAt, tagsAt].includes(index) || name === '') return;
    if (!FIELD_NAME.test(name)) {
      errors.push({
        line: 1,
        message: `Column "${header.cells[index]}" cannot be a contact field: use letters, digits and "_", not starting with a digit.`,
      });
      return;
    }
    if (fieldColumns.some((column) => column.name === name)) {
      errors.push({ line: 1, message: `Column "${header.cells[index]}" appears twice.` });
      return;
    }
    fieldColumns.push({ index, name });
  });
  const byPhone = new Map<string, CsvContact>();
  const duplicates: ContactsCsv['duplicates'] = [];
  const tagSeparator = delimiter === ';' ? /[|,]/ : /[;|]/;
  for (const record of records.slice(1)) {
    const { line, cells } = record;
    const problems: string[] = [];
    // A trailing delimiter leaves one empty cell too many: harmless.
    const values = cells.length === names.length + 1 && cells[cells.length - 1] === '' ? cells.slice(0, -1) : cells;
    if (values.length !== names.length) {
      errors.push({ line, message: `Has ${values.length} values; the header has ${names.length} columns.` });
      continue;
    }
    const rawPhone = (values[phoneAt] ?? '').trim();
    const waId = rawPhone === '' ? null : normalisePhone(rawPhone);
    if (rawPhone === '') problems.push('No phone number.');
    else if (!waId)
      problems.push(
        `"${rawPhone}" is not a phone number in international format (E.164: + country code and number, e.g. +34 600 111 222).`,
      );
    const optIn = optInAt < 0 ? 'unknown' : readOptIn(values[optInAt] ?? '');
    if (optIn === null) problems.push(`Opt-in "${values[optInAt]}" is not understood: write yes, no or opted_out.`);
    const name = nameAt < 0 ? '' : (values[nameAt] ?? '').trim();
    if (name.length > 200) problems.push('The name is longer than 200 characters.');
    const fields: Record<string, string> = {};
    for (const column of fieldColumns) {
      const value = (values[column.index] ?? '').trim();
      if (value.length > 4096) problems.push(`"${column.name}" is longer than 4,096 characters.`);
      else if (value !== '') fields[column.name] = value;
    }
    const tags =
      tagsAt < 0
        ? []
        : (values[tagsAt] ?? '')
            .split(tagSeparator)
            .map((tag) => tag.trim())
            .filter(Boolean);
    if (tags.some((tag) => tag.length > 100)) problems.push('A tag is longer than 100 characters.');
    if (problems.length > 0 || !waId || optIn === null) {
      for (const message of problems) errors.push({ line, message });
      continue;
    }
    const existing = byPhone.get(waId);
    if (!existing) {
      byPhone.set(waId, { line, waId, name: name || null, fields, tags: [...new Set(tags)], optIn });
      continue;
    }
    duplicates.push({ line, firstLine: existing.line, waId });
    if (name) existing.name = name;
    Object.assign(existing.fields, fields);
    existing.tags = [...new Set([...existing.tags, ...tags])];
    existing.optIn = mergeOptIn(existing.optIn, optIn);
  }
  errors.sort((a, b) => a.line - b.line);
  return {
    contacts: [...byPhone.values()],
    rows: records.length - 1,
    errors,
    duplicates,
    columns: {
      phone: header.cells[phoneAt] ?? 'phone',
      name: nameAt < 0 ? null : (header.cells[nameAt] ?? null),
      optIn: optInAt < 0 ? null : (header.cells[optInAt] ?? null),
      tags: tagsAt < 0 ? null : (header.cells[tagsAt] ?? null),
      fields: fieldColumns.map((column) => column.name),
    },
  };
}

/** A header cell as a name: trimmed, lower case, runs of other characters as "_" ("First name" → first_name). */
function columnName(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function readOptIn(value: string): CsvOptIn | null {
  const word = value.trim().toLowerCase();
  if (YES.has(word)) return 'optedIn';
  if (OUT.has(word) || OUT.has(word.replace(/[-\s]/g, '_'))) return 'optedOut';
  if (NO.has(word)) return 'unknown';
  return null;
}

function mergeOptIn(a: CsvOptIn, b: CsvOptIn): CsvOptIn {
  if (a === 'optedOut' || b === 'optedOut') return 'optedOut';
  return a === 'optedIn' || b === 'optedIn' ? 'optedIn' : 'unknown';
}
