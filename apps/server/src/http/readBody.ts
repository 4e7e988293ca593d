import type { Context } from 'hono';
import type { z } from 'zod';
import { apiError } from './apiError.ts';

/** The request's JSON body parsed with `schema`; a 400 naming the field otherwise. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let json: unknown;
  try {
    const text = await c.req.text();
    json = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    throw apiError(
      400,
      'invalid_json',
      `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.length ? issue.path.join('.') : 'body';
    throw apiError(400, 'invalid_body', `${path}: ${issue?.message ?? 'invalid'}`, {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return parsed.data;
}

/**
 * A query parameter that must be a whole number of at least `min`: null when absent, a 400 naming it (and what it was
 * given) otherwise.
 */
export function optionalIntQuery(c: Context, name: string, min = 0): number | null {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return null;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw apiError(400, 'invalid_query', `${name}: must be a whole number from ${min}, got "${raw}"`);
  return value;
}

/** A query parameter parsed as a non-negative integer (at most `max`), or the fallback. */
export function intQuery(c: Context, name: string, fallback: number, max = 1000): number {
  const value = optionalIntQuery(c, name);
  return value === null ? fallback : Math.min(value, max);
}
