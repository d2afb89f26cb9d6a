/**
 * The typed job registry: every job name and its payload. Payloads hold ids, not documents (Redis
 * memory per job more than doubles past 64 bytes). The worker refuses to start unless every name
 * here has a handler.
 */
export const QUEUE_NAME = 'jobs';

export interface JobPayloads {
  /** Liveness probe: proves a worker is consuming the queue. */
  'system.ping': { sentAt: string };
  /** Recompute and store every clock of one request (after an event, an edit, or a closure). */
  'deadlines.recompute': { requestId: number };
  /** Recompute every open request a closure touches (a jurisdiction's or one agency's). */
  'closures.recompute': { jurisdiction?: string; agencyId?: number };
  /** Make embargoed requests public once their embargo has ended (scheduled, and at worker start). */
  'embargoes.expire': Record<string, never>;
  /** Queue every reminder whose day has come (scheduled, and at worker start). */
  'reminders.sweep': Record<string, never>;
  /** Send one reminder e-mail. */
  'reminders.send': { reminderId: number };
  /** Post one webhook delivery to its subscriber. */
  'webhooks.deliver': { deliveryId: number };
  /** Sniff, extract text (OCR where needed), unpack containers and index one document. */
  'documents.ingest': { documentId: number };
}

export type JobName = keyof JobPayloads;

export const JOB_NAMES = [
  'system.ping',
  'deadlines.recompute',
  'closures.recompute',
  'embargoes.expire',
  'reminders.sweep',
  'reminders.send',
  'webhooks.deliver',
  'documents.ingest',
] as const satisfies readonly JobName[];

export function isJobName(name: string): name is JobName {
  return (JOB_NAMES as readonly string[]).includes(name);
}
