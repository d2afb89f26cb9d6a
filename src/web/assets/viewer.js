// The public document viewer: j/k or the right/left arrows move to the next or previous page (and
// on to the next window of pages at either end). Shortcuts never fire while typing in a field.
(() => {
  const pages = [...document.querySelectorAll('.viewer .page')];
  if (!pages.length) return;
  const fromHash = pages.findIndex((p) => `#${p.id}` === location.hash);
  let current = Math.max(fromHash, 0);
  function show(i) {
    if (i >= pages.length || i < 0) {
      const more = document.getElementById(i < 0 ? 'prev-window' : 'next-window');
      if (more) location.href = more.href;
      return;
    }
    current = i;
    const p = pages[current];
    p.focus({ preventScroll: true });
    p.scrollIntoView({ block: 'start' });
    history.replaceState(null, '', `#${p.id}`);
  }
  for (const [i, p] of pages.entries()) p.addEventListener('focus', () => (current = i));
  const typing = (el) => el?.closest?.('input, textarea, select, [contenteditable="true"], [contenteditable=""]');
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    const step = { j: 1, ArrowRight: 1, k: -1, ArrowLeft: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    show(current + step);
  });
})();
