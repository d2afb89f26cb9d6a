// Redactions on the document page, through the JSON API (session cookie + x-csrf-token header).
// Everyone signed in sees them: boxes over the page images with their reason, pattern matches marked
// in the page text, and the list. Staff draw boxes (r, then drag on a page image; Escape stops), add
// patterns, remove redactions, and apply them; the page then follows the apply until it is done.
(() => {
  const root = document.querySelector('.tagging[data-redactions="true"]');
  if (!root) return;
  const docId = root.dataset.document;
  const canRedact = root.dataset.canRedact === 'true';
  const csrf = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
  const list = document.getElementById('redaction-list');
  const status = document.getElementById('redaction-status');
  const reasonInput = document.getElementById('redact-reason');
  const drawToggle = document.getElementById('draw-toggle');
  const applyButton = document.getElementById('apply-redactions');
  const patternForm = document.getElementById('pattern-form');
  const patternKind = document.getElementById('pattern-kind');
  const patternRow = document.getElementById('pattern-row');
  const patternText = document.getElementById('pattern-text');
  const publicState = document.getElementById('public-state');
  let redactions = [];

  const say = (text) => {
    if (status) status.textContent = text;
  };

  async function call(method, url, body) {
    const headers = { 'x-csrf-token': csrf, accept: 'application/json' };
    if (body) headers['content-type'] = 'application/json';
    const res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers,
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status === 204) return null;
    const data = await res.json().catch(() => null);
    if (!res.ok) throw new Error(data?.detail || `the server answered ${res.status}`);
    return data;
  }

  // The pages' text as the server rendered it: match offsets refer to it.
  const texts = new Map();
  for (const pre of document.querySelectorAll('pre.page-text[data-page]')) texts.set(pre.dataset.page, pre.textContent);

  const STATUS = { pending: 'not applied', applying: 'being applied', applied: 'applied' };

  function describe(r) {
    if (r.kind === 'box') return `Box on page ${r.page}`;
    const what = r.label ?? (r.kind === 'literal' ? `“${r.pattern}”` : `/${r.pattern}/`);
    const pages = [...new Set((r.matches ?? []).map((m) => m.page))];
    const found = r.matchCount
      ? `${r.matchCount} match${r.matchCount === 1 ? '' : 'es'} on page${pages.length === 1 ? '' : 's'} ${pages.join(', ')}`
      : 'no match';
    return `${what[0].toUpperCase()}${what.slice(1)}: ${found}`;
  }

  function item(r) {
    const li = document.createElement('li');
    li.className = `redaction ${r.status}`;
    const what = document.createElement('span');
    what.textContent = describe(r);
    const reason = document.createElement('span');
    reason.className = 'reason';
    reason.textContent = ` — ${r.reason}`;
    const state = document.createElement('span');
    state.className = `status redaction-${r.status}`;
    state.textContent = r.source === 'detected' ? `${STATUS[r.status]}, detected` : STATUS[r.status];
    li.append(what, reason, ' ', state);
    if (r.kind === 'box') {
      const go = document.createElement('a');
      go.href = `#page-${r.page}`;
      go.textContent = 'show';
      li.append(' ', go);
    }
    if (canRedact) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'link remove-redaction';
      b.dataset.id = String(r.id);
      b.textContent = 'remove';
      b.setAttribute('aria-label', `Remove the redaction: ${describe(r)} (${r.reason})`);
      li.append(' ', b);
    }
    return li;
  }

  function overlay(r) {
    const div = document.createElement('div');
    div.className = `redaction-box ${r.status}`;
    div.style.left = `${r.box.x * 100}%`;
    div.style.top = `${r.box.y * 100}%`;
    div.style.width = `${r.box.width * 100}%`;
    div.style.height = `${r.box.height * 100}%`;
    div.title = `${r.reason} (${STATUS[r.status]})`;
    const label = document.createElement('span');
    label.className = 'redaction-reason';
    label.textContent = r.reason;
    div.append(label);
    return div;
  }

  function markText() {
    for (const [page, text] of texts) {
      const pre = document.querySelector(`pre.page-text[data-page="${page}"]`);
      if (!pre) continue;
      const spans = redactions
        .flatMap((r) =>
          (r.matches ?? []).filter((m) => String(m.page) === page).map((m) => ({ ...m, reason: r.reason })),
        )
        .sort((a, b) => a.start - b.start);
      const parts = [];
      let at = 0;
      for (const m of spans) {
        if (m.start < at) continue;
        parts.push(document.createTextNode(text.slice(at, m.start)));
        const mark = document.createElement('mark');
        mark.className = 'redaction-match';
        mark.title = m.reason;
        mark.textContent = text.slice(m.start, m.end);
        parts.push(mark);
        at = m.end;
      }
      parts.push(document.createTextNode(text.slice(at)));
      pre.replaceChildren(...parts);
    }
  }

  function render() {
    list.replaceChildren(...redactions.map(item));
    if (!redactions.length) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = 'No redactions.';
      list.append(li);
    }
    for (const old of document.querySelectorAll('.page-canvas .redaction-box:not(.ghost)')) old.remove();
    for (const r of redactions) {
      if (!r.box) continue;
      document.querySelector(`.page-canvas[data-page="${r.page}"]`)?.append(overlay(r));
    }
    markText();
    if (applyButton) {
      const waiting = redactions.filter((r) => r.status === 'pending').length;
      applyButton.textContent = waiting ? `Apply ${waiting} redaction${waiting === 1 ? '' : 's'}` : 'Apply redactions';
    }
  }

  async function load() {
    try {
      redactions = (await call('GET', `/api/v1/documents/${docId}/redactions`)).redactions;
      render();
    } catch (err) {
      say(`Could not load the redactions: ${err.message}`);
    }
  }

  const reason = () => reasonInput?.value.trim() || 'personal information';

  // ---- drawing boxes ----
  let drawing = false;
  let drag = null;
  function setDrawing(on) {
    drawing = on && canRedact;
    root.classList.toggle('drawing', drawing);
    drawToggle?.setAttribute('aria-pressed', String(drawing));
    say(drawing ? 'Drag on a page image to black out part of it. Escape stops drawing.' : '');
  }
  drawToggle?.addEventListener('click', () => setDrawing(!drawing));
  const clamp = (v) => Math.min(1, Math.max(0, v));
  function place(ghost, a, b) {
    ghost.style.left = `${Math.min(a.x, b.x) * 100}%`;
    ghost.style.top = `${Math.min(a.y, b.y) * 100}%`;
    ghost.style.width = `${Math.abs(b.x - a.x) * 100}%`;
    ghost.style.height = `${Math.abs(b.y - a.y) * 100}%`;
  }
  function at(e, rect) {
    return { x: clamp((e.clientX - rect.left) / rect.width), y: clamp((e.clientY - rect.top) / rect.height) };
  }
  root.addEventListener('pointerdown', (e) => {
    if (!drawing) return;
    const canvas = e.target.closest?.('.page-canvas');
    if (!canvas) return;
    e.preventDefault();
    const rect = canvas.getBoundingClientRect();
    const ghost = document.createElement('div');
    ghost.className = 'redaction-box ghost';
    canvas.append(ghost);
    const start = at(e, rect);
    drag = { canvas, rect, start, end: start, ghost };
    place(ghost, start, start);
    canvas.setPointerCapture?.(e.pointerId);
  });
  root.addEventListener('pointermove', (e) => {
    if (!drag) return;
    drag.end = at(e, drag.rect);
    place(drag.ghost, drag.start, drag.end);
  });
  async function finishDrag() {
    if (!drag) return;
    const { canvas, start, end, ghost } = drag;
    drag = null;
    const box = {
      x: Math.min(start.x, end.x),
      y: Math.min(start.y, end.y),
      width: Math.abs(end.x - start.x),
      height: Math.abs(end.y - start.y),
    };
    if (box.width < 0.005 || box.height < 0.003) {
      ghost.remove();
      say('That box is too small: drag across what should be blacked out.');
      return;
    }
    const page = Number(canvas.dataset.page);
    try {
      await call('POST', `/api/v1/documents/${docId}/redactions`, { page, box, reason: reason() });
      ghost.remove();
      await load();
      say(`Box added to page ${page} (${reason()}); not applied yet.`);
    } catch (err) {
      ghost.remove();
      say(`Could not add the box: ${err.message}`);
    }
  }
  root.addEventListener('pointerup', finishDrag);
  root.addEventListener('pointercancel', () => {
    drag?.ghost.remove();
    drag = null;
  });

  // ---- patterns ----
  patternKind?.addEventListener('change', () => {
    const typed = patternKind.value === 'literal' || patternKind.value === 'regex';
    patternRow.hidden = !typed;
    patternText.required = typed;
  });
  patternForm?.addEventListener('submit', async (e) => {
    e.preventDefault();
    const kind = patternKind.value;
    const body = { kind, reason: reason() };
    if (kind === 'literal' || kind === 'regex') body.pattern = patternText.value;
    try {
      const added = await call('POST', `/api/v1/documents/${docId}/redactions`, body);
      await load();
      const shown = redactions.find((r) => r.id === added.id);
      say(`Added: ${shown ? describe(shown) : kind}; not applied yet.`);
      patternText.value = '';
    } catch (err) {
      say(`Could not add the pattern: ${err.message}`);
    }
  });

  // ---- removing ----
  list.addEventListener('click', async (e) => {
    const b = e.target.closest?.('.remove-redaction');
    if (!b) return;
    try {
      await call('DELETE', `/api/v1/documents/${docId}/redactions/${b.dataset.id}`);
      await load();
      say('Redaction removed; apply again for the public version to change.');
    } catch (err) {
      say(`Could not remove the redaction: ${err.message}`);
    }
  });

  // ---- applying ----
  async function follow() {
    for (let i = 0; i < 600; i++) {
      const doc = await call('GET', `/api/v1/documents/${docId}`);
      if (!doc.redaction.applying) return doc;
      await new Promise((r) => setTimeout(r, 1000));
    }
    return null;
  }
  applyButton?.addEventListener('click', async () => {
    applyButton.disabled = true;
    say('Applying the redactions… the public sees nothing of this document until they are applied.');
    try {
      const { version } = await call('POST', `/api/v1/documents/${docId}/redactions/apply`);
      const doc = await follow();
      await load();
      if (doc?.redaction.error) say(`Applying failed: ${doc.redaction.error}`);
      else if (doc) {
        say(`Applied (version ${version}): the public now sees the redacted version only.`);
        if (publicState) {
          publicState.className = 'muted';
          publicState.textContent = doc.redacted
            ? 'The public sees the redacted version only. '
            : 'The public sees this document as it is (no redactions). ';
          if (doc.redacted) {
            const a = document.createElement('a');
            a.href = `/api/v1/documents/${docId}/file?version=redacted`;
            a.textContent = 'Download the redacted version';
            publicState.append(a);
          }
        }
      } else say('Still applying; reload the page later.');
    } catch (err) {
      say(`Could not apply the redactions: ${err.message}`);
    } finally {
      applyButton.disabled = false;
    }
  });

  // ---- text found under black boxes in the release ----
  document.getElementById('accept-bad-redactions')?.addEventListener('click', async () => {
    try {
      await call('POST', `/api/v1/documents/${docId}/bad-redactions/accept`);
      location.reload();
    } catch (err) {
      say(`Could not publish the text as released: ${err.message}`);
    }
  });

  // ---- shortcuts ----
  const typing = (el) => el?.closest?.('input, textarea, select, [contenteditable="true"], [contenteditable=""]');
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || document.getElementById('help')?.open) return;
    if (e.key === 'r' && canRedact) {
      e.preventDefault();
      setDrawing(!drawing);
    } else if (e.key === 'Escape' && drawing) {
      e.preventDefault();
      setDrawing(false);
    }
  });

  load();
})();
