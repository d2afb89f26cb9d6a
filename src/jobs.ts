/**
 * The job registry: every job the worker runs, each defined next to its domain code. Job names and
 * payload types derive from this list; the worker refuses to start with a job it cannot run, and
 * the drainer takes each job's retry policy from its definition.
 */
import type { z } from 'zod';
import { closuresJob } from './closures/jobs.js';
import { extractRangeJob, ingestJob, pageImagesJob, redactJob } from './documents/jobs.js';
import { followUpsJob, sendMessageJob } from './outbound/jobs.js';
import { registry } from './queue/define.js';
import { sendJob, sweepJob } from './reminders/jobs.js';
import { embargoJob, recomputeJob } from './requests/jobs.js';
import { pingJob } from './system/jobs.js';
import { deliverJob } from './webhooks/jobs.js';

export const JOBS = [
  pingJob,
  recomputeJob,
  closuresJob,
  embargoJob,
  sweepJob,
  sendJob,
  deliverJob,
  ingestJob,
  extractRangeJob,
  pageImagesJob,
  redactJob,
  sendMessageJob,
  followUpsJob,
] as const;

type Defined = (typeof JOBS)[number];
export type JobName = Defined['name'];
export type JobPayloads = { [J in Defined as J['name']]: z.input<J['payload']> };

export const JOB_NAMES = JOBS.map((j) => j.name) as readonly JobName[];

export const jobs = registry(JOBS);
