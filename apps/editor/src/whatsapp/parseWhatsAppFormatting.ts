export type FormatKind = 'bold' | 'italic' | 'strike' | 'mono' | 'code';

/** A run of text, a formatted span, or a `{{placeholder}}` left unfilled. */
export type FormatNode =
  | { kind: 'text'; text: string }
  | { kind: FormatKind; children: FormatNode[] }
  | { kind: 'placeholder'; key: string };

const MARKERS: Record<string, FormatKind> = { '*': 'bold', _: 'italic', '~': 'strike', '`': 'code' };
const PLACEHOLDER = /^\{\{\s*([A-Za-z0-9_]+(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}\}/;

export interface ParseOptions {
  /** Keep `{{name}}` as placeholder nodes (the editor shows them as chips). */
  placeholders?: boolean;
}

/**
 * Parses WhatsApp's formatting — `*bold*`, `_italic_`, `~strike~`, `` `code` `` and ```` ```mono``` ```` — the way
 * WhatsApp does: a marker opens after a space, punctuation or the start and before a non-space; it closes on the
 * same line before a space, punctuation or the end. Anything else (HTML included) stays literal text.
 */
export function parseWhatsAppFormatting(text: string, options: ParseOptions = {}): FormatNode[] {
  const nodes: FormatNode[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) nodes.push({ kind: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('```', i)) {
      const end = text.indexOf('```', i + 3);
      if (end > i + 3) {
        flush();
        nodes.push({ kind: 'mono', children: [{ kind: 'text', text: text.slice(i + 3, end) }] });
        i = end + 3;
        continue;
      }
    }
    if (options.placeholders && text.startsWith('{{', i)) {
      const match = PLACEHOLDER.exec(text.slice(i));
      if (match?.[1]) {
        flush();
        nodes.push({ kind: 'placeholder', key: match[1] });
        i += match[0].length;
        continue;
      }
    }
    const char = text[i] ?? '';
    const kind = MARKERS[char];
    if (kind && opens(text, i)) {
      const close = findClose(text, i, char);
      if (close > 0) {
        flush();
        const inner = text.slice(i + 1, close);
        const children =
          kind === 'code' ? [{ kind: 'text', text: inner } as const] : parseWhatsAppFormatting(inner, options);
        nodes.push({ kind, children });
        i = close + 1;
        continue;
      }
    }
    buffer += char;
    i++;
  }
  flush();
  return nodes;
}

/** The text without its formatting markers (for counters, titles, search). */
export function plainText(nodes: FormatNode[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'text') return node.text;
      if (node.kind === 'placeholder') return `{{${node.key}}}`;
      return plainText(node.children);
    })
    .join('');
}

const WORD = /[\p{L}\p{N}]/u;

function opens(text: string, at: number): boolean {
  const before = text[at - 1];
  const after = text[at + 1];
  if (after === undefined || /\s/.test(after) || after === text[at]) return false;
  return before === undefined || !WORD.test(before);
}

function findClose(text: string, open: number, marker: string): number {
  for (let j = open + 2; j < text.length; j++) {
    const char = text[j];
    if (char === '\n') return -1;
    if (char !== marker) continue;
    const before = text[j - 1] ?? '';
    const after = text[j + 1];
    if (!/\s/.test(before) && (after === undefined || !WORD.test(after))) return j;
  }
  return -1;
}
