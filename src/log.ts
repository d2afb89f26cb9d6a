/**
 * The logger of the worker and of everything outside a request: pino, in the format the API's
 * Fastify logger writes (one JSON object a line, with level, time, pid, hostname and msg).
 */
import { type Logger, pino } from 'pino';
import type { Config } from './config.js';

export type { Logger };

export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, name: string): Logger {
  return pino({ level: config.LOG_LEVEL, name });
}

/**
 * Logs a connection's errors without flooding: the first at once, then one line a minute with how
 * many there were. A client that reconnects every few hundred milliseconds would otherwise write
 * thousands of identical lines while Redis is away.
 */
export function logConnectionErrors(
  emitter: { on(event: 'error', listener: (err: Error) => void): unknown },
  log: Logger,
  what: string,
  everyMs = 60_000,
): void {
  let last = 0;
  let suppressed = 0;
  emitter.on('error', (err) => {
    const now = Date.now();
    if (now - last < everyMs) {
      suppressed++;
      return;
    }
    log.warn({ err, what, suppressed }, `${what}: connection error`);
    last = now;
    suppressed = 0;
  });
}
