// Request page: after a change the worker recomputes the clocks. While it does, ask the API whether it
// is done (deadlinesPending), then take the new clocks and status from the page itself, rendered by the
// server as on a reload, and put them in place: no reload, and no second renderer of the clocks here.
(() => {
  const section = document.getElementById('clocks-section');
  if (section?.dataset.pending !== 'true') return;
  const status = document.getElementById('clocks-status');
  const GIVE_UP_MS = 3 * 60_000;
  const started = Date.now();
  let delay = 500;

  const say = (text) => {
    status.textContent = text;
    status.hidden = false;
  };

  async function swap() {
    const res = await fetch(location.pathname, { credentials: 'same-origin', headers: { accept: 'text/html' } });
    if (!res.ok) throw new Error(`the page answered ${res.status}`);
    const fresh = new DOMParser().parseFromString(await res.text(), 'text/html');
    for (const id of ['clocks-body', 'request-status']) {
      const now = fresh.getElementById(id);
      if (now) document.getElementById(id)?.replaceWith(now);
    }
    section.dataset.pending = 'false';
    say('The clocks are up to date.');
  }

  async function check() {
    try {
      const res = await fetch(`/api/v1/requests/${section.dataset.request}`, {
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
      if (!res.ok) throw new Error(`the API answered ${res.status}`);
      if (!(await res.json()).deadlinesPending) {
        await swap();
        return;
      }
    } catch (err) {
      say(`The clocks could not be brought up to date here (${err.message}); reload the page in a moment.`);
      return;
    }
    if (Date.now() - started > GIVE_UP_MS) {
      say('The clocks are still being recomputed (is a worker running?); reload the page later.');
      return;
    }
    delay = Math.min(delay * 1.5, 5000);
    setTimeout(check, delay);
  }

  setTimeout(check, delay);
})();
