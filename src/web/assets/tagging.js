// The document viewer and tagging page: keyboard-first tagging through the JSON API (session cookie
// + x-csrf-token header). j/k or the right/left arrows page, t tag search (arrows, Enter = this page,
// Shift+Enter = whole document), n note, d done, s skip, ? help. Shortcuts never fire while typing
// in a field. Page images not rendered yet are /assets/page-images.js; redactions on the page are
// /assets/redaction.js.
(() => {
  const root = document.querySelector('.tagging');
  if (!root) return;
  const docId = root.dataset.document;
  const csrf = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
  const vocab = JSON.parse(document.getElementById('tag-vocabulary')?.textContent || '[]');
  const pages = [...document.querySelectorAll('.page')];
  const status = document.getElementById('tag-status');
  const search = document.getElementById('tag-search');
  const options = document.getElementById('tag-options');
  const noteForm = document.getElementById('note-form');
  const note = document.getElementById('note-text');
  const help = document.getElementById('help');
  // Staff may add a tag to the vocabulary from here; the picker then offers "Create tag …".
  const canCreate = root.dataset.canCreateTags === 'true';
  const newTag = document.getElementById('new-tag');
  const newTagForm = document.getElementById('new-tag-form');
  let current = 0;
  let busy = false;

  const say = (text) => {
    status.textContent = text;
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

  // ---- pages ----
  function setPage(i, focus) {
    if (!pages.length) return;
    current = Math.max(0, Math.min(pages.length - 1, i));
    pages.forEach((p, k) => {
      p.classList.toggle('current', k === current);
    });
    const p = pages[current];
    document.getElementById('current-page').textContent = p.dataset.page;
    if (focus) {
      p.focus({ preventScroll: true });
      p.scrollIntoView({ block: 'start' });
      history.replaceState(null, '', `#page-${p.dataset.page}`);
    }
  }
  const currentPage = () => (pages.length ? Number(pages[current].dataset.page) : null);
  function move(step) {
    const next = current + step;
    if (next >= pages.length) {
      const more = document.getElementById('next-window');
      if (more) location.href = more.href;
      else say('This is the last page.');
      return;
    }
    if (next < 0) {
      const back = document.getElementById('prev-window');
      if (back) location.href = back.href;
      else say('This is the first page.');
      return;
    }
    setPage(next, true);
  }
  for (const [i, p] of pages.entries()) p.addEventListener('click', () => setPage(i, false));

  // ---- tag lists (the same markup as the server renders) ----
  function tagItem(t) {
    const li = document.createElement('li');
    const name = t.tag?.category === 'note' ? undefined : t.tag?.name;
    if (name) {
      const span = document.createElement('span');
      span.className = 'tag';
      span.textContent = name;
      li.append(span);
    }
    if (t.note) {
      const n = document.createElement('span');
      n.className = 'note';
      n.textContent = `${name ? '— ' : 'Note: '}${t.note}`;
      li.append(' ', n);
    }
    if (t.tag) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'link remove-tag';
      b.dataset.tag = String(t.tag.id);
      b.dataset.page = t.page === null ? '' : String(t.page);
      b.textContent = 'remove';
      b.setAttribute('aria-label', `Remove ${name ?? 'note'}${t.page ? ` from page ${t.page}` : ''}`);
      li.append(' ', b);
    }
    return li;
  }
  function renderTags(doc) {
    if (!doc?.tags) return;
    document.getElementById('doc-tags').replaceChildren(...doc.tags.filter((t) => t.page === null).map(tagItem));
    for (const ul of document.querySelectorAll('[data-page-tags]')) {
      const n = Number(ul.dataset.pageTags);
      ul.replaceChildren(...doc.tags.filter((t) => t.page === n).map(tagItem));
    }
  }
  root.addEventListener('click', async (e) => {
    const b = e.target.closest?.('.remove-tag');
    if (!b) return;
    const page = b.dataset.page;
    try {
      const doc = await call(
        'DELETE',
        `/api/v1/documents/${docId}/tags/${encodeURIComponent(b.dataset.tag)}${page ? `?page=${page}` : ''}`,
      );
      renderTags(doc);
      say('Tag removed.');
      pages[current]?.focus();
    } catch (err) {
      say(`Could not remove the tag: ${err.message}`);
    }
  });

  // ---- tag picker (combobox) ----
  let matches = [];
  let active = -1;
  function renderOptions() {
    options.replaceChildren(
      ...matches.map((t, i) => {
        const li = document.createElement('li');
        li.id = `tag-opt-${t.create ? 'new' : t.id}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === active));
        if (t.create) {
          li.className = 'create';
          li.textContent = `Create tag “${t.name}”…`;
        } else {
          li.textContent = t.name;
          const c = document.createElement('span');
          c.className = 'category';
          c.textContent = ` · ${t.category}`;
          li.append(c);
        }
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          active = i;
          choose(false);
        });
        return li;
      }),
    );
    const open = document.activeElement === search && matches.length > 0;
    options.hidden = !open;
    search.setAttribute('aria-expanded', String(open));
    if (open && active >= 0) {
      search.setAttribute('aria-activedescendant', options.children[active]?.id ?? '');
      options.children[active]?.scrollIntoView({ block: 'nearest' });
    } else {
      search.removeAttribute('aria-activedescendant');
    }
  }
  function filter() {
    const q = search.value.trim().toLowerCase();
    const starts = (t) => (t.name.toLowerCase().startsWith(q) ? 0 : 1);
    matches = vocab
      .filter((t) => !q || t.name.toLowerCase().includes(q) || t.category.toLowerCase().includes(q))
      .sort((a, b) => starts(a) - starts(b) || a.name.localeCompare(b.name))
      .slice(0, 40);
    const typed = search.value.trim();
    if (canCreate && typed && !vocab.some((t) => t.name.toLowerCase() === typed.toLowerCase())) {
      matches.push({ create: true, name: typed });
    }
    active = matches.length ? 0 : -1;
    renderOptions();
  }
  async function choose(wholeDocument) {
    if (busy) return;
    const picked = matches[active];
    if (picked?.create) {
      openNewTag(picked.name, wholeDocument);
      return;
    }
    const name = picked ? picked.name : search.value.trim();
    if (!name) return;
    const page = wholeDocument ? null : currentPage();
    busy = true;
    try {
      const doc = await call(
        'POST',
        `/api/v1/documents/${docId}/tags`,
        page ? { tags: [name], page } : { tags: [name] },
      );
      renderTags(doc);
      say(`Tagged ${page ? `page ${page}` : 'the whole document'} with ${name}.`);
      search.value = '';
      filter();
    } catch (err) {
      say(`Could not add ${name}: ${err.message}`);
    } finally {
      busy = false;
    }
  }
  search.addEventListener('input', filter);
  search.addEventListener('focus', filter);
  search.addEventListener('blur', () => {
    options.hidden = true;
    search.setAttribute('aria-expanded', 'false');
  });
  search.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!matches.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + matches.length) % matches.length;
      renderOptions();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(e.shiftKey);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      search.value = '';
      search.blur();
      pages[current]?.focus();
    }
  });

  // ---- a new tag (staff) ----
  function openNewTag(name, wholeDocument) {
    newTag.open = true;
    document.getElementById('new-tag-name').value = name;
    document.getElementById('new-tag-whole').checked = wholeDocument;
    search.value = '';
    filter();
    document.getElementById('new-tag-category').focus();
    say(`New tag “${name}”: choose its category, then create it.`);
  }
  newTagForm?.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    const name = document.getElementById('new-tag-name').value.trim();
    const category = document.getElementById('new-tag-category').value.trim();
    const page = document.getElementById('new-tag-whole').checked ? null : currentPage();
    busy = true;
    try {
      const tag = await call('POST', '/api/v1/tags', { name, category });
      vocab.push({ id: tag.id, name: tag.name, category: tag.category });
      try {
        const doc = await call(
          'POST',
          `/api/v1/documents/${docId}/tags`,
          page ? { tags: [tag.name], page } : { tags: [tag.name] },
        );
        renderTags(doc);
        say(
          `Created the tag ${tag.name} (${tag.category}) and tagged ${page ? `page ${page}` : 'the whole document'} with it.`,
        );
      } catch (err) {
        say(`Created the tag ${tag.name}, but could not add it here: ${err.message}`);
      }
      newTagForm.reset();
      newTag.open = false;
      pages[current]?.focus();
    } catch (err) {
      say(`Could not create the tag ${name}: ${err.message}`);
    } finally {
      busy = false;
    }
  });
  newTagForm?.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      newTag.open = false;
      pages[current]?.focus();
    }
  });

  // ---- notes ----
  noteForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const text = note.value.trim();
    const page = currentPage();
    if (!text || busy) return;
    busy = true;
    try {
      const doc = await call('POST', `/api/v1/documents/${docId}/tags`, { tags: [], page, note: text });
      renderTags(doc);
      note.value = '';
      say(`Note added to page ${page}.`);
      pages[current]?.focus();
    } catch (err) {
      say(`Could not add the note: ${err.message}`);
    } finally {
      busy = false;
    }
  });
  note.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      noteForm.requestSubmit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      pages[current]?.focus();
    }
  });

  // ---- the work queue ----
  async function nextDocument() {
    try {
      const next = await call('POST', '/api/v1/documents/next');
      location.href = next?.document ? `/documents/${next.document.id}` : '/documents/next';
    } catch (err) {
      say(`Could not fetch the next document: ${err.message}`);
    }
  }
  async function finish(action) {
    if (busy) return;
    busy = true;
    say(action === 'done' ? 'Marking this document done…' : 'Skipping this document…');
    try {
      await call('POST', `/api/v1/documents/${docId}/${action}`);
      await nextDocument();
    } catch (err) {
      say(`Could not ${action === 'done' ? 'finish' : 'skip'} the document: ${err.message}`);
    } finally {
      busy = false;
    }
  }
  document.getElementById('done').addEventListener('click', () => finish('done'));
  document.getElementById('skip').addEventListener('click', () => finish('skip'));
  document.getElementById('help-open').addEventListener('click', () => help.showModal());

  // ---- shortcuts ----
  const typing = (el) => el?.closest?.('input, textarea, select, [contenteditable="true"], [contenteditable=""]');
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || help.open) return;
    const actions = {
      j: () => move(1),
      k: () => move(-1),
      ArrowRight: () => move(1),
      ArrowLeft: () => move(-1),
      t: () => search.focus(),
      n: () => note.focus(),
      d: () => finish('done'),
      s: () => finish('skip'),
      '?': () => help.showModal(),
    };
    const action = actions[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  });

  const fromHash = pages.findIndex((p) => `#${p.id}` === location.hash);
  setPage(Math.max(fromHash, 0), fromHash >= 0);
})();
