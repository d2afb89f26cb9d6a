/**
 * The one BullMQ queue every job goes through (named jobs on one queue, not a queue per idea). The
 * jobs themselves are defined next to their domain code and listed in src/jobs.ts.
 */
export const QUEUE_NAME = 'jobs';

export type { JobName, JobPayloads } from '../jobs.js';
