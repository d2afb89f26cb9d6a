/**
 * An agency's record (requests filed, open, overdue, answered, days to a final answer, on-time
 * share, outcomes), as the staff and the public agency pages show it over the requests each may see.
 */
import type { AgencyStats } from '../agencies/service.js';
import { type Html, html } from './html.js';

export const pct = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
export const num = (n: number | null) => (n === null ? '—' : String(n));

export function agencyRecordFacts(s: AgencyStats): Html {
  return html`<dl class="facts">
<dt>Requests filed</dt><dd>${s.filed}</dd>
<dt>Open</dt><dd>${s.open}</dd>
<dt>Overdue now</dt><dd>${s.overdue}</dd>
<dt>Answered</dt><dd>${s.completed}</dd>
<dt>Median days to final answer</dt><dd>${num(s.medianDaysToFinal)}</dd>
<dt>90th percentile</dt><dd>${num(s.p90DaysToFinal)}</dd>
<dt>Answered on time</dt><dd>${pct(s.onTimeShare)}</dd>
<dt>Outcomes</dt><dd>fulfilled ${pct(s.shares.fulfilled)}, partial ${pct(s.shares.partial)}, denied ${pct(s.shares.denied)}, no records ${pct(s.shares.noRecords)}</dd>
</dl>`;
}
