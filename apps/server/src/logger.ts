import pino, { type Logger } from 'pino';

/** JSON logs on stdout; `silent` for tests. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'salesbot' } });
}
