/** Reminder jobs: the sweep that claims due reminders, and the sending of one. */
import { z } from 'zod';
import { defineJob } from '../queue/define.js';
import { reminderFailed, SEND_ATTEMPTS, sendReminder, strandedReminders, sweepReminders } from './send.js';

export const sweepJob = defineJob({
  name: 'reminders.sweep',
  description: 'Queue every reminder whose day has come (on a schedule, and at worker start)',
  payload: z.object({}),
  attempts: 3,
  backoff: (config) => ({ type: 'exponential', delay: config.JOB_RETRY_MS }),
  every: (config) => config.REMINDER_SWEEP_MS,
  handler: async (_payload, ctx) => sweepReminders(ctx.db, ctx.clock()),
});

export const sendJob = defineJob({
  name: 'reminders.send',
  description: 'Send one reminder e-mail',
  payload: z.object({ reminderId: z.number().int().positive() }),
  attempts: SEND_ATTEMPTS,
  backoff: (config) => ({ type: 'exponential', delay: config.REMINDER_RETRY_MS }),
  onFinalFailure: (tx, { reminderId }, reason, ctx) => reminderFailed(tx, reminderId, reason, ctx.clock()),
  stranded: strandedReminders,
  handler: (payload, ctx, run) =>
    sendReminder({ db: ctx.db, config: ctx.config, now: ctx.clock(), attempt: run.attempt }, payload.reminderId),
});
