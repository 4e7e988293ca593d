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

/** A query parameter parsed as a positive integer, or the fallback. */
export function intQuery(c: Context, name: string, fallback: number, max = 1000): number {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw apiError(400, 'invalid_query', `${name}: must be a non-negative integer`);
  return Math.min(value, max);
}
