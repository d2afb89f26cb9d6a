/** The deadline engine's explanation of one due date, as a disclosure a person can read out to an agency. */
import { type Html, html } from './html.js';

interface ExplanationLike {
  text: string;
  law?: string;
  rule?: string;
  citation?: string;
  start?: string;
  deemedStart?: { date: string; reason: string; citation: string };
  period?: string | null;
  day1?: string | null;
  skipped?: { date: string; reason: string }[];
  pauses?: { from: string; to: string | null; reason?: string; elapsed?: number; remaining?: number }[];
  rolledForward?: { from: string; to: string; citation: string };
  due?: string | null;
  uncertain?: string;
}

/**
 * A due date with the dates other readings of an unsettled law give, shown beside it (not folded
 * away): staff must see both when they write to an agency or file an appeal.
 */
export function dueHtml(
  due: string | null,
  alternatives: readonly { due: string; reading: string; citation: string }[] | undefined,
): Html {
  return html`${due ?? '—'}${(alternatives ?? []).map(
    (a) =>
      html`<div class="alternative">or <strong><time datetime="${a.due}">${a.due}</time></strong> if ${a.reading} (${a.citation})</div>`,
  )}`;
}

export function explanationHtml(kind: string, due: string | null, e: ExplanationLike): Html {
  const skipped = e.skipped ?? [];
  const pauses = e.pauses ?? [];
  return html`<details class="explanation">
<summary>Why ${due ?? 'no due date'}?<span class="visually-hidden"> (${kind.replace(/_/g, ' ')} clock)</span></summary>
<p>${e.text}</p>
<dl>
${e.law ? html`<dt>Law</dt><dd>${e.law}</dd>` : ''}
${e.rule ? html`<dt>Rule</dt><dd>${e.rule}</dd>` : ''}
${e.citation ? html`<dt>Citation</dt><dd>${e.citation}</dd>` : ''}
${e.start ? html`<dt>Start (day 0)</dt><dd>${e.start}</dd>` : ''}
${e.deemedStart ? html`<dt>Deemed start</dt><dd>${e.deemedStart.date}: ${e.deemedStart.reason} (${e.deemedStart.citation})</dd>` : ''}
${e.period ? html`<dt>Period</dt><dd>${e.period}</dd>` : ''}
${e.day1 ? html`<dt>Day 1</dt><dd>${e.day1}</dd>` : ''}
${e.rolledForward ? html`<dt>Rolled forward</dt><dd>from ${e.rolledForward.from} to ${e.rolledForward.to} (${e.rolledForward.citation})</dd>` : ''}
${e.uncertain ? html`<dt>Uncertain</dt><dd>${e.uncertain}</dd>` : ''}
</dl>
${
  skipped.length
    ? html`<p>Days skipped (${skipped.length}):</p><ul class="skipped">${skipped.map((s) => html`<li><time datetime="${s.date}">${s.date}</time>: ${s.reason}</li>`)}</ul>`
    : ''
}
${
  pauses.length
    ? html`<p>Pauses:</p><ul>${pauses.map(
        (p) =>
          html`<li>${p.from} to ${p.to ?? 'not yet resumed'}${p.reason ? `: ${p.reason}` : ''}${p.elapsed !== undefined ? ` (${p.elapsed} days elapsed, ${p.remaining ?? '?'} left)` : ''}</li>`,
      )}</ul>`
    : ''
}
</details>`;
}
