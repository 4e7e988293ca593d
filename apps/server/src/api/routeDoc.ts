import type { z } from 'zod';

/** One admin API route as the OpenAPI document lists it. */
export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Hono style: `/api/flows/:id`. */
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  /** Success status when not 200. */
  status?: number;
}
