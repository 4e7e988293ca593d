/** A template parameter's value, already filled; `name` for templates with named parameters. */
export interface TemplateTextParam {
  name?: string;
  value: string;
}

/** `{{1}}` or `{{order_id}}`, as Meta writes template placeholders. */
const TEMPLATE_PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * An approved template text with its parameters filled: `{{1}}` takes the first parameter, `{{order_id}}` the
 * parameter of that name (a plain string counts as a positional value). A placeholder without a value stays as
 * written, so the preview shows what WhatsApp would refuse (132000) instead of hiding it.
 */
export function fillTemplateText(text: string, params: readonly (string | TemplateTextParam)[]): string {
  return text.replace(TEMPLATE_PLACEHOLDER, (placeholder, key: string) => {
    const value = /^\d+$/.test(key) ? positional(params, Number(key)) : named(params, key);
    return value ?? placeholder;
  });
}

function positional(params: readonly (string | TemplateTextParam)[], position: number): string | undefined {
  const param = params[position - 1];
  return typeof param === 'string' ? param : param?.value;
}

function named(params: readonly (string | TemplateTextParam)[], name: string): string | undefined {
  for (const param of params) {
    if (typeof param !== 'string' && param.name === name) return param.value;
  }
  return undefined;
}
