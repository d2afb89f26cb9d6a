// Page images in the document viewers (staff and public): a page the worker has not rendered yet
// answers 202 with Retry-After, which an <img> only sees as an error; ask again when it says, and
// show how far rendering is under the image.
(() => {
  async function imageFailed(img) {
    const url = img.src.split('#')[0];
    const caption = img.closest('figure')?.querySelector('.image-status');
    const tries = Number(img.dataset.tries || 0);
    let res;
    try {
      res = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
    } catch {
      if (caption) caption.textContent = 'The page image could not be loaded (network).';
      return;
    }
    if (res.ok && res.status !== 202) {
      // Ready by now (the first load came before the render, or before this script).
      if (caption) caption.textContent = '';
      if (tries < 150) {
        img.dataset.tries = String(tries + 1);
        img.src = `${url}#ready`;
      }
      return;
    }
    if (res.status === 202 && tries < 150) {
      const info = await res.json().catch(() => null);
      const wait = Math.max(1, Number(res.headers.get('retry-after')) || 2);
      if (caption) {
        caption.textContent = info
          ? `Rendering this page… (${info.rendered} of ${info.pages} pages ready)`
          : 'Rendering this page…';
      }
      img.dataset.tries = String(tries + 1);
      // A new fragment makes the browser load the image again; fragments never reach the server.
      setTimeout(() => {
        img.src = `${url}#try${tries + 1}`;
      }, wait * 1000);
      return;
    }
    const problem = await res.json().catch(() => null);
    if (caption) caption.textContent = problem?.detail || `No image of this page (${res.status}).`;
  }
  for (const img of document.querySelectorAll('img.page-image')) {
    img.addEventListener('error', () => imageFailed(img));
    img.addEventListener('load', () => {
      const caption = img.closest('figure')?.querySelector('.image-status');
      if (caption) caption.textContent = '';
    });
    img.addEventListener('dragstart', (e) => e.preventDefault());
    // An image that failed before this script ran.
    if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) imageFailed(img);
  }
})();
