// The printable summary page a resident shows or reads to a service-guidance worker: their language, no personal data, no inline script.
import type { SummaryRecord } from '../dialogs/ports.js';
import type { Catalogue } from '../knowledge/contracts.js';
import type { Activity } from '../knowledge/schema.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { phoneFor, telUri } from '../dialogs/ui/cards.js';
import { crisisLinesFor } from './crisis-lines.js';
import type { I18n } from '../dialogs/i18n.js';
import { formatDate } from '../dialogs/session.js';
import { SUMMARY_TTL_SECONDS } from '../dialogs/summary-code.js';

/** Served by the channels layer at this path; the page's CSP allows scripts from its own origin only. */
export const SUMMARY_PRINT_SCRIPT_PATH = '/summary-print.js';
export const SUMMARY_PRINT_SCRIPT = "document.getElementById('print')?.addEventListener('click', () => window.print());\n";

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;max-width:46rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.75rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:1.5rem 0 .25rem}
.code{font-size:2rem;font-weight:700;letter-spacing:.2em;font-family:ui-monospace,Menlo,Consolas,monospace}
.meta{color:#444}.org{color:#444;margin:0}
section.activity{border-top:1px solid #999;padding-top:.5rem;margin-top:1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}dt{font-weight:600}dd{margin:0}
a{color:#0b4f9c}a:focus,button:focus{outline:3px solid #f5a623;outline-offset:2px}
button{font-size:1rem;padding:.6rem 1.2rem;border-radius:.4rem;border:2px solid #0b4f9c;background:#0b4f9c;color:#fff;cursor:pointer}
@media print{button,.no-print{display:none}body{padding:0}a{color:#000;text-decoration:none}}
`;

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
<script src="${SUMMARY_PRINT_SCRIPT_PATH}" defer></script>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function activitySection(a: Activity, lang: Lang, i18n: I18n): string {
  const t = (key: string, vars?: Record<string, string>) => escapeHtml(i18n.t(lang, key, vars));
  const c = a.contact;
  const phone = phoneFor(a, lang);
  const rows: string[] = [];
  if (phone) {
    rows.push(`<dt>${t('contact.phoneLabel')}</dt><dd><a href="${escapeHtml(telUri(phone))}">${escapeHtml(phone)}</a>${c.phoneNote ? ` (${escapeHtml(c.phoneNote[lang])})` : ''}</dd>`);
  }
  if (a.hours) rows.push(`<dt>${t('contact.hoursLabel')}</dt><dd>${escapeHtml(a.hours[lang])}</dd>`);
  if (c.chatUrl) rows.push(`<dt>${t('contact.chatLabel')}</dt><dd><a href="${escapeHtml(c.chatUrl)}">${escapeHtml(c.chatUrl)}</a></dd>`);
  rows.push(`<dt>${t('contact.webLabel')}</dt><dd><a href="${escapeHtml(c.url)}">${escapeHtml(c.url)}</a></dd>`);
  if (c.address) rows.push(`<dt>${t('contact.addressLabel')}</dt><dd>${escapeHtml(c.address)}</dd>`);
  rows.push(`<dt>${t('result.cost')}</dt><dd>${t(`cost.${a.cost}`)}</dd>`);
  return `<section class="activity">
<h3>${escapeHtml(a.title[lang])}</h3>
<p class="org">${escapeHtml(a.organisation.name)}</p>
<p>${escapeHtml(a.description[lang])}</p>
<p><strong>${t('result.nextStep')}:</strong> ${escapeHtml(a.nextStep[lang])}</p>
<dl>${rows.join('\n')}</dl>
</section>`;
}

/**
 * 112 is always first; the catalogue's crisis lines follow, so the page never shows a number the catalogue does not hold.
 * Children's and youth lines only when the summary is about a young person's situation.
 */
function emergencyBlock(lang: Lang, catalogue: Catalogue, i18n: I18n, young: boolean): string {
  const lines = crisisLinesFor(catalogue, 'general', young).filter((a) => phoneFor(a, lang)).slice(0, 2);
  const items = lines.map((a) => {
    const phone = phoneFor(a, lang) ?? '';
    return `<li>${escapeHtml(a.title[lang])}: <a href="${escapeHtml(telUri(phone))}">${escapeHtml(phone)}</a>${a.hours ? ` (${escapeHtml(a.hours[lang])})` : ''}</li>`;
  });
  return `<p>${escapeHtml(i18n.t(lang, 'page.emergency'))}</p>${items.length ? `\n<ul>${items.join('')}</ul>` : ''}`;
}

/** A complete HTML page for a stored summary, in the record's language. */
export function renderSummaryPage(record: SummaryRecord, catalogue: Catalogue, i18n: I18n): string {
  const lang = record.lang;
  const t = (key: string, vars?: Record<string, string>) => escapeHtml(i18n.t(lang, key, vars));
  const activities = record.activityIds.map((id) => catalogue.activityById.get(id)).filter((a): a is Activity => a !== undefined);
  const situations = record.situationIds
    .map((id) => catalogue.situations.get(id as never)?.name[lang])
    .filter((n): n is string => n !== undefined);
  const validUntil = formatDate(record.createdAt + SUMMARY_TTL_SECONDS * 1000, lang);
  const body = `<h1>${t('page.heading')}</h1>
<p>${t('page.intro')}</p>
<p>${t('page.codeLabel')} <span class="code">${escapeHtml(record.code)}</span></p>
<p class="meta">${t('page.validUntil', { date: validUntil })}</p>
${situations.length ? `<h2>${t('page.situations')}</h2>\n<ul>${situations.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : ''}
<h2>${t('page.activities')}</h2>
${activities.length ? activities.map((a) => activitySection(a, lang, i18n)).join('\n') : `<p>${t('page.noActivities')}</p>`}
<h2>${t('page.emergencyHeading')}</h2>
${emergencyBlock(lang, catalogue, i18n, record.situationIds.includes('youth'))}
<p class="meta">${t('page.privacy')}</p>
<p class="no-print"><button type="button" id="print">${t('page.print')}</button></p>`;
  return page(lang, `${i18n.t(lang, 'page.title')} ${record.code}`, body);
}

/** The page for an unknown or expired code: says so plainly, in the language asked for. */
export function renderSummaryNotFound(lang: Lang, i18n: I18n): string {
  const t = (key: string) => escapeHtml(i18n.t(lang, key));
  return page(lang, i18n.t(lang, 'page.notFoundTitle'), `<h1>${t('page.notFoundTitle')}</h1>
<p>${t('page.notFoundText')}</p>`);
}
