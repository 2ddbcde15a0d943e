// The demo municipal page that hosts the chat widget, and the privacy page; both static HTML without inline scripts.
import type { I18n } from '../../dialogs/i18n.js';
import { LANGS, type Lang } from '../../knowledge/vocabulary.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function pageLang(query: unknown, acceptLanguage: string | undefined): Lang {
  if (query === 'fi' || query === 'sv' || query === 'en') return query;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (code === 'fi' || code === 'sv' || code === 'en') return code;
  }
  return 'fi';
}

const LANG_NAMES: Record<Lang, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

// A made-up municipality: the page shows how the widget sits on a municipal site, not any real city's brand.
// Its texts are in locales/{fi,sv,en}/web.json like every other text residents see.
const NAV = ['social', 'housing', 'leisure', 'associations'] as const;
const PARAGRAPHS = ['tell', 'notProfessional'] as const;
const STEPS = ['open', 'write', 'save'] as const;
const PRIVACY_ITEMS = ['noIdentity', 'kept', 'forget', 'summary', 'logs'] as const;

export function renderDemoPage(lang: Lang, i18n: I18n): string {
  const d = (key: string) => i18n.t(lang, `web:demo.${key}`);
  const t = {
    municipality: d('municipality'), skip: d('skip'), crumbs: d('crumbs'), heading: d('heading'), lead: d('lead'),
    nav: NAV.map((k) => d(`nav.${k}`)), paragraphs: PARAGRAPHS.map((k) => d(`paragraphs.${k}`)),
    listHeading: d('listHeading'), list: STEPS.map((k) => d(`list.${k}`)), asideHeading: d('asideHeading'), aside: d('aside'),
    footer: d('footer'), privacy: d('privacy'), langNav: d('langNav'),
  };
  const langLinks = (['fi', 'sv', 'en'] as const)
    .map((l) => `<li><a href="/?lang=${l}" lang="${l}"${l === lang ? ' aria-current="page"' : ''}>${LANG_NAMES[l]}</a></li>`).join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.heading)} – ${esc(t.municipality)}</title>
<link rel="stylesheet" href="/static/demo.css">
<script src="/widget.js" data-lang="${lang}" defer></script>
</head>
<body>
<a class="skip" href="#content">${esc(t.skip)}</a>
<header class="site-header">
  <div class="bar">
    <a class="brand" href="/?lang=${lang}"><span class="crest" aria-hidden="true"></span><span>${esc(t.municipality)}</span></a>
    <nav aria-label="${esc(t.langNav)}"><ul class="langs">${langLinks}</ul></nav>
  </div>
  <nav class="main-nav" aria-label="${esc(t.municipality)}"><ul>${t.nav.map((n, i) => `<li><a href="/?lang=${lang}"${i === 3 ? ' aria-current="page"' : ''}>${esc(n)}</a></li>`).join('')}</ul></nav>
</header>
<main id="content">
  <p class="crumbs">${esc(t.crumbs)}</p>
  <article>
    <h1>${esc(t.heading)}</h1>
    <p class="lead">${esc(t.lead)}</p>
    ${t.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n    ')}
    <h2>${esc(t.listHeading)}</h2>
    <ol>${t.list.map((li) => `<li>${esc(li)}</li>`).join('')}</ol>
  </article>
  <aside class="notice" aria-labelledby="emergency-heading">
    <h2 id="emergency-heading">${esc(t.asideHeading)}</h2>
    <p>${esc(t.aside)}</p>
  </aside>
</main>
<footer class="site-footer"><p>${esc(t.footer)}</p><p><a href="/privacy?lang=${lang}">${esc(t.privacy)}</a></p></footer>
</body>
</html>
`;
}

export function renderPrivacyPage(lang: Lang, stateTtlMinutes: number, i18n: I18n): string {
  const p = (key: string) => i18n.t(lang, `web:privacy.${key}`, { ttl: stateTtlMinutes });
  const t = { title: p('title'), intro: p('intro'), back: p('back'), items: PRIVACY_ITEMS.map((k) => p(`items.${k}`)) };
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)}</title>
<link rel="stylesheet" href="/static/demo.css">
</head>
<body>
<main id="content" class="plain">
  <h1>${esc(t.title)}</h1>
  <p class="lead">${esc(t.intro)}</p>
  <ul>${t.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>
  <p><a href="/?lang=${lang}">${esc(t.back)}</a></p>
</main>
</body>
</html>
`;
}

/**
 * The widget's own texts (button, panel title, errors) from web.json, and the Web Chat bundle's content-hashed URL,
 * written into widget.js where it says so.
 */
export function renderWidget(source: string, i18n: I18n, bundleUrl = '/webchat.js'): string {
  const keys = ['open', 'close', 'title', 'loading', 'failed', 'note', 'privacy', 'input', 'send', 'sendFailed', 'you'] as const;
  const texts = Object.fromEntries(LANGS.map((l) => [l, Object.fromEntries(keys.map((k) => [k, i18n.t(l, `web:widget.${k}`)]))]));
  const markers = { texts: '/*texts*/null', bundle: "/*bundle*/'/webchat.js'" };
  for (const marker of Object.values(markers)) {
    if (!source.includes(marker)) throw new Error(`widget.js has lost its ${marker} marker`);
  }
  if (!/^\/[A-Za-z0-9._~\-/?=&]*$/.test(bundleUrl)) throw new Error(`not a bundle path: ${bundleUrl}`);
  // Function replacements: a '$' in a text must not be read as a replacement pattern.
  return source.replace(markers.texts, () => JSON.stringify(texts)).replace(markers.bundle, () => JSON.stringify(bundleUrl));
}
