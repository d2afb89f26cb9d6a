/**
 * The follow-up letter for an overdue request: it cites the statute and the date the response was
 * due, names the tracking number and the original request, and asks for a response. Staff send it
 * themselves and log it as an outgoing communication event.
 */
import type { Actor } from '../auth/roles.js';
import { today as todayIn } from '../clock.js';
import type { Db } from '../db/index.js';
import { AppError } from '../errors.js';
import { readRequest } from '../requests/service.js';

const LABEL: Record<string, string> = {
  acknowledgment: 'acknowledge',
  response: 'respond to',
  extended_response: 'respond to (with the extension it took)',
  appeal_response: 'decide the appeal of',
};

export function followUpLetter(db: Db, actor: Actor, requestId: number, now: Date) {
  const r = readRequest(db, actor, requestId, now);
  const late = r.deadlines
    .filter((d) => d.kind !== 'appeal_filing' && d.status === 'missed' && d.daysOverdue > 0 && d.metOn === null)
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  const clock = late[0];
  if (!clock?.due) {
    throw new AppError(
      409,
      'not_overdue',
      `Request ${requestId} has no overdue clock, so there is nothing to follow up`,
    );
  }
  const e = clock.explanation as { law?: string; citation?: string; rule?: string; start?: string };
  const sent = r.receivedOn ?? e.start ?? 'the date of the request';
  const unit = (e.rule ?? '').match(/calendar/i) ? 'calendar' : 'business';
  const today = todayIn(r.jurisdiction, now);
  const subject = `Overdue public records request${r.trackingNumber ? ` ${r.trackingNumber}` : ''}: ${r.title}`;
  const body = [
    `To the records officer of ${r.agency.name}:`,
    '',
    `On ${sent} I submitted a public records request under the ${e.law ?? 'applicable public records law'}${r.trackingNumber ? ` (your tracking number ${r.trackingNumber})` : ''}, titled "${r.title}".`,
    '',
    `Under ${e.citation ?? 'the law'}, the agency was required to ${LABEL[clock.kind] ?? 'respond to'} the request by ${clock.due}. As of ${today} no such response has been received; the deadline passed ${clock.daysOverdue} ${clock.daysOverdue === 1 ? `${unit} day` : `${unit} days`} ago.`,
    '',
    'Please provide the records, or a written response as the law requires, without further delay, and tell me the date by which the agency will complete the request. If any records are withheld, please identify them and the exemption claimed for each.',
    '',
    'For reference, the original request read:',
    '',
    ...r.body.split('\n').map((l) => `> ${l}`),
    '',
    'Thank you,',
  ].join('\n');
  return { requestId, clock: clock.kind, due: clock.due, daysOverdue: clock.daysOverdue, subject, body };
}
