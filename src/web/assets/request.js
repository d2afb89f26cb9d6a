// Request page: show only the fieldset of the chosen event type (every fieldset shows without script),
// and ask for the note when the event is a note (the note field is shared by every type).
(() => {
  const type = document.getElementById('ev-type');
  if (!type) return;
  const sets = document.querySelectorAll('fieldset[data-event]');
  const note = document.getElementById('ev-note');
  const noteHint = document.getElementById('ev-note-hint');
  const sync = () => {
    for (const set of sets) {
      const on = set.dataset.event === type.value;
      set.hidden = !on;
      for (const el of set.querySelectorAll('input, select, textarea')) el.disabled = !on;
    }
    if (note) note.required = type.value === 'note';
    if (noteHint) noteHint.hidden = type.value !== 'note';
  };
  type.addEventListener('change', sync);
  sync();
})();
