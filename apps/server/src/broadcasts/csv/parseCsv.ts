/** One record of a CSV file with the line it starts on (1-based, the header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Parses CSV text (RFC 4180: quoted fields may hold the delimiter, quotes doubled, and line breaks; CRLF or LF; a
 * leading BOM is dropped). The delimiter is `,` unless the first line has more `;` than `,` (spreadsheets in many
 * locales export with `;`). Blank lines are skipped. Never throws: an unterminated quote ends at the end of the text
 * and is reported in `problems` with its line.
 */
export function parseCsv(text: string): { records: CsvRecord[]; delimiter: ',' | ';'; problems: CsvRecord[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
  const records: CsvRecord[] = [];
  const problems: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '' && !fieldStarted)) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    fieldStarted = false;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else if (char !== '\r' || source[i + 1] !== '\n') {
        // A line break inside quotes is kept, as "\n" whatever the file uses.
        if (char === '\n') line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      fieldStarted = true;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
      fieldStarted = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += char;
      fieldStarted = true;
    }
  }
  if (quoted) problems.push({ line: recordLine, cells: [] });
  if (cell !== '' || cells.length > 0 || fieldStarted) endRecord();
  return { records, delimiter, problems };
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
