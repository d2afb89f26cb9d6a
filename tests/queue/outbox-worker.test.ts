import { QueueEvents } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { jobs } from '../../src/jobs.js';
import { createRedis } from '../../src/queue/connection.js';
import { defineJob, registry } from '../../src/queue/define.js';
import { createQueueClient, enqueue, pendingCount, QUEUE_NAME } from '../../src/queue/index.js';
import { outboxJobId } from '../../src/queue/outbox.js';
import { pingJob } from '../../src/system/jobs.js';
import { startWorker } from '../../workers/main.js';
import { DEAD_REDIS_URL, drain, eventually, TEST_REDIS_URL, type TestEnv, testLog, withEnv } from '../helpers/app.js';

describe('outbox and worker', () => {
  it('hands outbox rows to BullMQ once, and a worker runs them', async () => {
    await withEnv(async (env) => {
      const { db, queue, config } = env;
      if (!queue) throw new Error('queue expected');
      db.transaction((tx) => {
        enqueue(tx, 'system.ping', { sentAt: '2026-11-24T12:00:00.000Z' });
        enqueue(tx, 'system.ping', { sentAt: '2026-11-24T12:00:01.000Z' });
      });
      expect(pendingCount(db)).toBe(2);
      const first = await drain(env, queue);
      expect(first).toEqual({ dispatched: 2, failed: 0 });
      expect(pendingCount(db)).toBe(0);
      expect(await drain(env, queue)).toEqual({ dispatched: 0, failed: 0 });

      const events = new QueueEvents(QUEUE_NAME, {
        connection: createRedis(config.REDIS_URL, 'worker', testLog(config)),
        prefix: config.QUEUE_PREFIX,
      });
      await events.waitUntilReady();
      const worker = startWorker(config, db, { concurrency: 2, schedule: false });
      try {
        await eventually(async () => (await queue.queue.getCompletedCount()) === 2);
        const done = await queue.queue.getCompleted();
        expect(done.map((j) => j.returnvalue.pong)).toEqual([true, true]);
        expect(done.map((j) => j.id?.replace(/-\d+$/, '')).sort()).toEqual(['outbox-1', 'outbox-2']);
        // The journal records each job's end.
        const done2 = db.$client.prepare("select count(*) as n from outbox where outcome = 'done'").pluck();
        await eventually(() => done2.get() === 2);
      } finally {
        await worker.close();
        await events.close();
      }
    });
  });

  it('keeps rows while Redis is unreachable and delivers each exactly once when it returns', async () => {
    await withEnv(async (env) => {
      const { db, config } = env;
      const down = createQueueClient(DEAD_REDIS_URL, config.QUEUE_PREFIX, testLog(config));
      db.transaction((tx) => enqueue(tx, 'system.ping', { sentAt: 'a' }));
      db.transaction((tx) => enqueue(tx, 'system.ping', { sentAt: 'b' }));
      const failed = await drain(env, down);
      expect(failed).toEqual({ dispatched: 0, failed: 2 });
      expect(pendingCount(db)).toBe(2);
      await down.close();

      const up = createQueueClient(config.REDIS_URL, config.QUEUE_PREFIX, testLog(config));
      try {
        expect(await drain(env, up)).toEqual({ dispatched: 2, failed: 0 });
        // Re-adding the same rows (a crash between add and mark) does not duplicate jobs.
        const first = db.$client
          .prepare('select id, created_at as createdAt, recovered from outbox where id = 1')
          .get() as { id: number; createdAt: string; recovered: number };
        await up.queue.add('system.ping', { sentAt: 'a' }, { jobId: outboxJobId(first) });
        expect(await up.queue.getJobCounts('waiting', 'active', 'completed')).toMatchObject({ waiting: 2 });
        await up.queue.obliterate({ force: true });
      } finally {
        await up.close();
      }
    });
  });

  it('every job is defined once, with a handler and a payload schema', () => {
    expect(jobs.jobs.map((j) => j.name)).toEqual([...new Set(jobs.jobs.map((j) => j.name))]);
    for (const j of jobs.jobs) {
      expect(typeof j.handler, j.name).toBe('function');
      expect(j.attempts, j.name).toBeGreaterThanOrEqual(1);
    }
    expect(() => registry([pingJob, pingJob])).toThrow(/defined twice/);
  });
});

describe('job schedulers', () => {
  it('workers schedule the embargo, reminder and follow-up sweeps once however many start, and run them at start', async () => {
    await withEnv(async ({ db, queue, config }) => {
      if (!queue) throw new Error('queue expected');
      const a = startWorker(config, db, { concurrency: 1 });
      const b = startWorker(config, db, { concurrency: 1 });
      try {
        await eventually(async () => (await queue.queue.getJobSchedulers()).length === 3);
        const schedulers = await queue.queue.getJobSchedulers();
        expect(schedulers.map((s) => [s.key, s.every]).sort()).toEqual([
          ['embargoes.expire', 3_600_000],
          ['followups.sweep', config.FOLLOW_UP_SWEEP_MS],
          ['reminders.sweep', config.REMINDER_SWEEP_MS],
        ]);
        await eventually(async () => (await queue.queue.getCompletedCount()) >= 6);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
});

describe('graceful shutdown', () => {
  it('closing a worker lets the running job finish', async () => {
    await withEnv(async ({ db, queue, config }) => {
      if (!queue) throw new Error('queue expected');
      const finished: string[] = [];
      const worker = startWorker(config, db, {
        schedule: false,
        jobs: registry([
          defineJob({
            ...pingJob,
            handler: async (payload) => {
              await new Promise((r) => setTimeout(r, 700));
              finished.push(payload.sentAt);
              return { pong: true };
            },
          }),
        ]),
      });
      await queue.queue.add('system.ping', { sentAt: 'slow' });
      await eventually(async () => (await queue.queue.getActiveCount()) === 1);
      await worker.close();
      expect(finished).toEqual(['slow']);
      expect(await queue.queue.getCompletedCount()).toBe(1);
    });
  });
});

describe('Redis down', () => {
  it('the API keeps accepting writes, health says the queue is unavailable, and every job arrives once when Redis returns', async () => {
    await withEnv(
      async (env) => {
        const { userWithToken, makeAgency, makeRequest, event } = await import('../helpers/factories.js');
        const staff = (await userWithToken(env, 'staff')).token;
        const agency = (await makeAgency(env, staff)).id;
        const ids: number[] = [];
        for (let i = 0; i < 3; i++) {
          const { id } = await makeRequest(env, staff, agency);
          await event(env, staff, id, { type: 'submitted', date: '2026-03-02' });
          ids.push(id);
        }
        const health = await env.app.inject({ url: '/health', headers: { authorization: `Bearer ${staff}` } });
        expect(health.statusCode).toBe(200);
        expect(health.json()).toMatchObject({ queue: 'unavailable', outboxPending: 3 });
        if (!env.queue) throw new Error('queue expected');
        expect(await drain(env, env.queue)).toEqual({ dispatched: 0, failed: 3 });

        // Redis is back: the same rows go out once, and a worker computes every clock.
        const up = createQueueClient(TEST_REDIS_URL, env.config.QUEUE_PREFIX, testLog(env.config));
        const worker = startWorker({ ...env.config, REDIS_URL: TEST_REDIS_URL }, env.db, {
          schedule: false,
          drain: false,
        });
        try {
          expect(await drain(env, up)).toEqual({ dispatched: 3, failed: 0 });
          expect(await drain(env, up)).toEqual({ dispatched: 0, failed: 0 });
          await eventually(async () => (await up.queue.getCompletedCount()) === 3);
          const rows = env.db.$client.prepare('select count(*) as n from deadlines where kind = ?').get('response') as {
            n: number;
          };
          expect(rows.n).toBe(3);
          await up.queue.obliterate({ force: true });
        } finally {
          await worker.close();
          await up.close();
        }
      },
      { redisUrl: DEAD_REDIS_URL },
    );
  });
});

describe('a new database on a Redis prefix that an old one used', () => {
  it('still gets every job run (outbox ids restart, job ids must not collide)', async () => {
    const prefix = `reuse-${Date.now()}`;
    const once = async (env: TestEnv) => {
      if (!env.queue) throw new Error('queue expected');
      env.db.transaction((tx) => enqueue(tx, 'system.ping', { sentAt: env.dataDir }));
      const worker = startWorker(env.config, env.db, { schedule: false, drain: false });
      try {
        expect(await drain(env, env.queue)).toEqual({ dispatched: 1, failed: 0 });
        const done = await env.queue.queue.getCompletedCount();
        await eventually(async () => (await env.queue?.queue.getCompletedCount()) === done + 1 || done === 1);
      } finally {
        await worker.close();
      }
    };
    await withEnv(
      async (first) => {
        await once(first);
        await eventually(async () => (await first.queue?.queue.getCompletedCount()) === 1);
        // A second, fresh database on the same prefix: its outbox row 1 must run too.
        await withEnv(
          async (second) => {
            await once(second);
            await eventually(async () => (await second.queue?.queue.getCompletedCount()) === 2);
            const jobs = await second.queue?.queue.getCompleted();
            expect(new Set(jobs?.map((j) => j.data.sentAt))).toEqual(new Set([first.dataDir, second.dataDir]));
          },
          { env: { QUEUE_PREFIX: prefix } },
        );
      },
      { env: { QUEUE_PREFIX: prefix } },
    );
  });
});
