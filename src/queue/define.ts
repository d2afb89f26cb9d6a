/**
 * One way to define a job: its name, the zod schema of its payload, its retry policy, which errors
 * are permanent, what happens after its final failure, and the handler, declared next to its domain
 * code (`src/<domain>/jobs.ts`). `src/jobs.ts` lists them; job names and payload types derive from
 * that list; the drainer reads each job's policy from it; the worker runs them all through one
 * processor (src/queue/processor.ts).
 */
import type { z } from 'zod';
import type { Config } from '../config.js';
import type { Db, DbOrTx } from '../db/index.js';
import type { BlobStore } from '../documents/blob-store.js';
import type { Logger } from '../log.js';
import type { QueueName } from './jobs.js';

/** What a handler may use: nothing here opens a connection of its own. */
export interface JobContext {
  db: Db;
  config: Config;
  clock: () => Date;
  blobs: BlobStore;
  log: Logger;
}

/** This run of a job. */
export interface JobRun {
  /** The BullMQ job id. */
  id: string;
  /** 0 for the first attempt. */
  attempt: number;
  /** How many attempts the job has in all. */
  attempts: number;
  /** Reports progress (BullMQ job progress); never throws. */
  progress(data: Record<string, number>): void;
}

export interface Backoff {
  type: 'exponential' | 'fixed';
  /** First delay in milliseconds (doubled at each attempt when exponential). */
  delay: number;
}

export interface JobDefinition<N extends string = string, S extends z.ZodType = z.ZodType> {
  name: N;
  /** One line for people: what the job does. */
  description: string;
  payload: S;
  /** The queue it runs on (default `jobs`; `extract` for CPU-bound page reading, see src/queue/jobs.ts). */
  queue?: QueueName;
  /** Attempts in all, the first included. */
  attempts: number;
  backoff: (config: Config) => Backoff;
  /** Errors that retrying cannot mend (a file that cannot be read); the job then fails at once. */
  permanent?: (err: unknown) => boolean;
  /**
   * After the last attempt (or a permanent error, or a job lost twice): record the failure on the
   * job's own record (a reminder `failed`, a document `failed` with its reason). Runs in the
   * transaction that marks the job's journal row failed; must be idempotent.
   */
  onFinalFailure?: (tx: DbOrTx, payload: z.output<S>, reason: string, ctx: JobContext) => void;
  /**
   * Records this job keeps "in progress" (a reminder `queued`, a document `processing`) that have no
   * unfinished journal row and were last touched before `before`: work that a lost job or an older
   * release left stranded. The reconciler puts each back once.
   */
  stranded?: (db: DbOrTx, before: string) => z.output<S>[];
  /** Recurring jobs: run every so many milliseconds by a BullMQ job scheduler (and once at worker start). */
  every?: (config: Config) => number;
  handler: (payload: z.output<S>, ctx: JobContext, run: JobRun) => Promise<unknown>;
}

/** Declares a job; the identity function that keeps the payload's type tied to its schema. */
export function defineJob<const N extends string, S extends z.ZodType>(def: JobDefinition<N, S>): JobDefinition<N, S> {
  return def;
}

/** A registry: the list of definitions, looked up by name. */
export type AnyJob = JobDefinition<string, z.ZodType>;

export interface Registry {
  readonly jobs: readonly AnyJob[];
  get(name: string): AnyJob | undefined;
}

export function registry(jobs: readonly AnyJob[]): Registry {
  const byName = new Map<string, AnyJob>();
  for (const job of jobs) {
    if (byName.has(job.name)) throw new Error(`job ${job.name} is defined twice`);
    byName.set(job.name, job);
  }
  return { jobs, get: (name) => byName.get(name) };
}

/** The message of anything thrown, for logs and records. */
export function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
