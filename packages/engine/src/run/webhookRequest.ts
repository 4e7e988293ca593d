import { findPlaceholders, type WebhookData } from '@salesbot/graph';
import type { PlaceholderValues } from '@salesbot/whatsapp';

/** The URL, headers and body a webhook step sends, its placeholders filled. */
export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * A webhook step's request with each placeholder filled for where it sits, so that what a customer typed is
 * always data and never syntax: URL-encoded after the URL's host (path, query, fragment); in a JSON body
 * JSON-escaped — string contents inside quotes, a string literal elsewhere —; in a form body form-encoded; as
 * written in headers and in any other body. A body is JSON when a `Content-Type` header says so, or, without one,
 * when the template is a JSON object or array once its placeholders are taken as strings.
 */
export function webhookRequest(data: WebhookData, values: PlaceholderValues): WebhookRequest {
  const headers: Record<string, string> = {};
  for (const header of data.headers) headers[header.name] = fill(header.value, values, (value) => value);
  const request: WebhookRequest = { url: fillUrl(data.url, values), headers };
  if (data.body !== undefined) request.body = fillBody(data.body, values, contentType(headers));
  return request;
}

/** The URL with placeholders after the host URL-encoded; those in the scheme and host (a base URL) as written. */
export function fillUrl(template: string, values: PlaceholderValues): string {
  const pathStart = pathStartOf(template);
  return fill(template, values, (value, at) => (at < pathStart ? value : encodeURIComponent(value)));
}

/** The body for its format (see `webhookRequest`); `type` is the request's Content-Type, if any. */
export function fillBody(template: string, values: PlaceholderValues, type: string | undefined): string {
  const format = bodyFormat(template, type);
  if (format === 'form') return fill(template, values, (value) => encodeURIComponent(value));
  if (format === 'text') return fill(template, values, (value) => value);
  const quoted = quotedRanges(template);
  return fill(template, values, (value, at) => {
    const literal = JSON.stringify(value);
    return quoted(at) ? literal.slice(1, -1) : literal;
  });
}

type BodyFormat = 'json' | 'form' | 'text';

function bodyFormat(template: string, type: string | undefined): BodyFormat {
  if (type !== undefined) {
    if (type === 'application/json' || type.endsWith('+json')) return 'json';
    return type === 'application/x-www-form-urlencoded' ? 'form' : 'text';
  }
  // No Content-Type: a template that is a JSON object or array with strings in place of its placeholders.
  const quoted = quotedRanges(template);
  const probe = fill(template, {}, (_, at) => (quoted(at) ? 'x' : '"x"'));
  try {
    const parsed: unknown = JSON.parse(probe);
    return typeof parsed === 'object' && parsed !== null ? 'json' : 'text';
  } catch {
    return 'text';
  }
}

/** The media type of the `Content-Type` header (any case), lower case and without parameters. */
function contentType(headers: Record<string, string>): string | undefined {
  for (const [name, value] of Object.entries(headers)) {
    if (name.trim().toLowerCase() === 'content-type') return value.split(';')[0]?.trim().toLowerCase();
  }
  return undefined;
}

/**
 * Where the path of a URL template starts: after `scheme://host`, or after a leading placeholder that holds the
 * base URL (`{{api}}/orders/{{id}}`). Anything before it is the address itself.
 */
function pathStartOf(template: string): number {
  const scheme = template.indexOf('://');
  let from: number;
  if (scheme >= 0) from = scheme + 3;
  else {
    const leading = /^\s*\{\{[^{}]*\}\}/.exec(template);
    if (!leading) return 0;
    from = leading[0].length;
  }
  const found = template.slice(from).search(/[/?#]/);
  return found === -1 ? template.length : from + found;
}

/** A test of whether a position of a JSON text lies inside a string literal (its quotes excluded). */
function quotedRanges(text: string): (at: number) => boolean {
  const inside: boolean[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    inside[i] = quoted;
    const char = text[i];
    if (quoted && char === '\\') {
      inside[i + 1] = true;
      i++;
    } else if (char === '"') {
      quoted = !quoted;
      if (!quoted) inside[i] = false;
    }
  }
  return (at) => inside[at] === true;
}

/** `template` with every placeholder replaced by `encode(its value, its offset)`; unknown keys are empty. */
function fill(template: string, values: PlaceholderValues, encode: (value: string, at: number) => string): string {
  let filled = '';
  let last = 0;
  for (const { key, index } of findPlaceholders(template)) {
    const value = values[key];
    filled += template.slice(last, index) + encode(value === undefined ? '' : String(value), index);
    // A placeholder is `{{`, its key (maybe spaced) and the first `}}` after it.
    last = template.indexOf('}}', index) + 2;
  }
  return filled + template.slice(last);
}
