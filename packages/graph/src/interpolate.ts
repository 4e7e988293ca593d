/** `{{name}}` or `{{contact.field}}`, with optional spaces inside the braces. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\}\}/g;

/** Contact fields every contact has; workspaces add their own. */
export const BUILTIN_CONTACT_FIELDS = ['name', 'first_name', 'phone', 'wa_id', 'email'] as const;

export interface Placeholder {
  /** The text inside the braces: `budget` or `contact.name`. */
  key: string;
  /** Character offset of the opening braces. */
  index: number;
}

/** Every placeholder in a text, in order. */
export function findPlaceholders(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({ key: match[1] ?? '', index: match.index ?? 0 }));
}

/**
 * Fills placeholders from `values` (keys as written: `budget`, `contact.name`).
 * An unknown key becomes the empty string, so a customer never sees raw braces.
 */
export function interpolate(
  text: string,
  values: Readonly<Record<string, string | number | boolean | undefined>>,
): string {
  return text.replace(PLACEHOLDER, (_, key: string) => {
    const value = values[key];
    return value === undefined ? '' : String(value);
  });
}
