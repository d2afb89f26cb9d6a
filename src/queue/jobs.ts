/**
 * The queues jobs go through (named jobs on a queue, not a queue per idea): `jobs` for everything,
 * and `extract` for the CPU-bound reading of document pages (OCR), which each worker runs with as
 * many at once as it has cores, apart from the rest so that a long scan never holds up a reminder or
 * a webhook. A job's definition names its queue. The jobs themselves are defined next to their
 * domain code and listed in src/jobs.ts.
 */
export const QUEUE_NAME = 'jobs';
export const EXTRACT_QUEUE = 'extract';
export const QUEUE_NAMES = [QUEUE_NAME, EXTRACT_QUEUE] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** A client's queue by name (`jobs` when a definition names none). */
export function queueOf<Q>(client: { queue: Q; extract: Q }, name: QueueName | undefined): Q {
  return name === EXTRACT_QUEUE ? client.extract : client.queue;
}

export type { JobName, JobPayloads } from '../jobs.js';
