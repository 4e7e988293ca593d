import type { Principal } from '../store/members.ts';

/** Hono's environment for the admin API: the authenticated caller. */
export interface AppEnv {
  Variables: { principal: Principal };
}
