/** The page template escapes every interpolation; only explicit `raw` fragments pass through. */
import { describe, expect, it } from 'vitest';
import { html, raw } from '../../src/web/html.js';
import { localPath } from '../../src/web/layout.js';
import { snippetHtml } from '../../src/web/pages/search.js';

describe('html template', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`" onfocus="x`, '&quot; onfocus=&quot;x'],
    ["'&'", '&#39;&amp;&#39;'],
    [42, '42'],
    [null, ''],
    [undefined, ''],
    [false, ''],
  ])('escapes %j', (value, expected) => {
    expect(html`<p title="${value as string}">${value as string}</p>`.value).toBe(
      `<p title="${expected}">${expected}</p>`,
    );
  });

  it('nests templates and arrays without escaping them twice; raw() is explicit', () => {
    const items = ['a<b', 'c&d'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>${raw('<hr>')}`.value).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul><hr>');
  });
});

describe('search snippets', () => {
  it("keep the API's <mark> and escaped text as they are", () => {
    expect(snippetHtml('the <mark>Geofeedia</mark> contract &amp; invoice').value).toBe(
      'the <mark>Geofeedia</mark> contract &amp; invoice',
    );
  });
  it('are escaped whole if they carry any other markup', () => {
    expect(snippetHtml('<mark>x</mark><img src=x onerror=alert(1)>').value).toBe(
      '&lt;mark&gt;x&lt;/mark&gt;&lt;img src=x onerror=alert(1)&gt;',
    );
  });
});

describe('the page to return to after sign-in', () => {
  it.each([
    ['/requests?status=draft', '/requests?status=draft'],
    ['https://evil.example/', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    [undefined, '/'],
  ])('%j -> %j', (next, expected) => {
    expect(localPath(next)).toBe(expected);
  });
});
