/**
 * The follow-up letter for an overdue request, as GET /api/v1/requests/{id}/follow-up has always
 * answered it: now the `follow_up` letter of src/letters (the request's, the organisation's or the
 * generated default template), with the missed clock it is about.
 */
import type { Actor } from '../auth/roles.js';
import type { Config } from '../config.js';
import type { Db } from '../db/index.js';
import { letterContext, renderFrom } from '../letters/service.js';
import { missedClock } from '../letters/values.js';
import { requestVisible } from '../requests/service.js';

export function followUpLetter(db: Db, actor: Actor, requestId: number, now: Date, config: Config) {
  requestVisible(db, actor, requestId, now);
  const ctx = letterContext(db, requestId, now, config);
  // A 409 when no deadline is missed.
  const letter = renderFrom(db, ctx, 'follow_up');
  const clock = missedClock(ctx.facts);
  if (!clock) throw new Error('a follow-up letter was rendered without a missed clock');
  return {
    requestId,
    clock: clock.kind,
    due: clock.due,
    daysOverdue: clock.daysLate,
    subject: letter.subject,
    body: letter.body,
  };
}
