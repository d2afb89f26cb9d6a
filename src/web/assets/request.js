// Request page: show only the fieldset of the chosen event type (every fieldset shows without script).
(() => {
  const type = document.getElementById('ev-type');
  if (!type) return;
  const sets = document.querySelectorAll('fieldset[data-event]');
  const sync = () => {
    for (const set of sets) {
      const on = set.dataset.event === type.value;
      set.hidden = !on;
      for (const el of set.querySelectorAll('input, select, textarea')) el.disabled = !on;
    }
  };
  type.addEventListener('change', sync);
  sync();
})();
