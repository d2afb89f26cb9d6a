/**
 * The frame of every page: skip link, header with the navigation, main landmark, footer. Assets are
 * referenced with a content hash so that browsers may cache them for long.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasRole } from '../auth/roles.js';
import { assetUrl } from './assets.js';
import { type Html, html } from './html.js';

export interface PageOptions {
  title: string;
  body: Html;
  /** Extra scripts from /assets (names only). */
  scripts?: string[];
  /** The nav entry to mark as current. */
  current?:
    | 'dashboard'
    | 'requests'
    | 'new'
    | 'campaigns'
    | 'agencies'
    | 'search'
    | 'queue'
    | 'inbox'
    | 'templates'
    | 'profile'
    | 'public';
  /** Public pages show no staff navigation: the public index, and sign-in (or the dashboard). */
  publicPage?: boolean;
}

export function csrfField(req: FastifyRequest): Html {
  return req.session ? html`<input type="hidden" name="_csrf" value="${req.session.csrfToken}">` : html``;
}

function navLink(href: string, label: string, here: boolean): Html {
  return html`<li><a href="${href}"${here ? html` aria-current="page"` : ''}>${label}</a></li>`;
}

export function page(req: FastifyRequest, o: PageOptions): Html {
  const actor = req.actor;
  const nav =
    actor && !o.publicPage
      ? html`<nav aria-label="Main"><ul>
  ${navLink('/', 'Dashboard', o.current === 'dashboard')}
  ${navLink('/requests', 'Requests', o.current === 'requests')}
  ${hasRole(actor, 'staff') ? navLink('/requests/new', 'New request', o.current === 'new') : ''}
  ${navLink('/campaigns', 'Campaigns', o.current === 'campaigns')}
  ${navLink('/agencies', 'Agencies', o.current === 'agencies')}
  ${navLink('/search', 'Search documents', o.current === 'search')}
  ${navLink('/documents/next', 'Tagging queue', o.current === 'queue')}
  ${hasRole(actor, 'staff') ? navLink('/inbox', 'Inbox', o.current === 'inbox') : ''}
  ${hasRole(actor, 'staff') ? navLink('/letter-templates', 'Letter templates', o.current === 'templates') : ''}
  ${hasRole(actor, 'staff') ? navLink('/requester-profile', 'Requester profile', o.current === 'profile') : ''}
</ul></nav>
<form method="post" action="/sign-out" class="sign-out">${csrfField(req)}<span>${actor.email} (${actor.role})</span> <button type="submit">Sign out</button></form>`
      : o.publicPage
        ? html`<nav aria-label="Public"><ul>
  ${navLink('/public/requests', 'Public requests', o.current === 'public')}
  ${actor ? navLink('/', 'Dashboard', false) : navLink('/sign-in', 'Sign in', false)}
</ul></nav>`
        : '';
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${req.session ? html`<meta name="csrf-token" content="${req.session.csrfToken}">` : ''}
<title>${o.title} · FOIA tracker</title>
<link rel="stylesheet" href="${assetUrl('site.css')}">
<link rel="icon" type="image/svg+xml" href="${assetUrl('favicon.svg')}">
${(o.scripts ?? []).map((s) => html`<script src="${assetUrl(s)}" defer></script>`)}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<p class="brand"><a href="${o.publicPage ? '/public/requests' : '/'}">FOIA tracker</a></p>
${nav}
</header>
<main id="main" tabindex="-1">
${o.body}
</main>
<footer class="site-footer"><p>Public-records request tracker · <a href="/docs">API reference</a></p></footer>
</body>
</html>`;
}

/**
 * A table in a box of its own that scrolls sideways when the table is wider than the screen (a phone),
 * so that the page itself never does.
 */
export function tableBox(table: Html): Html {
  return html`<div class="table-scroll">${table}</div>`;
}

export function sendPage(reply: FastifyReply, body: Html, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').send(body.value);
}

/** A date as written on the page (ISO dates stay ISO: unambiguous to every reader). */
export function dateText(d: string | null | undefined): string {
  return d ?? '—';
}

export function label(kindOrStatus: string): string {
  return kindOrStatus.replace(/_/g, ' ');
}

export function statusBadge(status: string): Html {
  return html`<span class="status status-${status}">${label(status)}</span>`;
}

/** A local path to return to after sign-in; anything else (another origin, `//host`) becomes `/`. */
export function localPath(next: unknown): string {
  // A path on this site only: printable ASCII after one leading slash, never a backslash. Browsers
  // drop tabs and newlines and read a backslash as "/", so "/<tab>/host" or "/<backslash>host" would
  // leave the site; control bytes cannot go into a Location header at all.
  if (typeof next !== 'string' || !/^\/(?!\/)[\x21-\x7e]*$/.test(next) || next.includes('\\')) return '/';
  return next;
}
