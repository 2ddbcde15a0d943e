// The demo municipal page that hosts the chat widget, and the privacy page; both static HTML without inline scripts.
import type { Lang } from '../../knowledge/vocabulary.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export function pageLang(query: unknown, acceptLanguage: string | undefined): Lang {
  if (query === 'fi' || query === 'sv' || query === 'en') return query;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (code === 'fi' || code === 'sv' || code === 'en') return code;
  }
  return 'fi';
}

interface DemoText {
  municipality: string; skip: string; nav: string[]; crumbs: string; heading: string; lead: string;
  paragraphs: string[]; listHeading: string; list: string[]; asideHeading: string; aside: string;
  emergency: string; footer: string; privacy: string; langNav: string;
}

// A made-up municipality: the page shows how the widget sits on a municipal site, not any real city's brand.
const DEMO: Record<Lang, DemoText> = {
  fi: {
    municipality: 'Esimerkkikunta', skip: 'Siirry sisältöön',
    nav: ['Sosiaali- ja terveyspalvelut', 'Asuminen', 'Vapaa-aika', 'Järjestöt ja yhdistykset'],
    crumbs: 'Etusivu › Järjestöt ja yhdistykset › Apua elämäntilanteeseen',
    heading: 'Apua elämäntilanteeseen järjestöistä',
    lead: 'Kunnan alueella toimii kymmeniä yhdistyksiä, jotka tarjoavat vertaistukea, keskusteluapua, harrastuksia ja arjen apua. Luotsi auttaa löytämään juuri sinulle sopivan toiminnan.',
    paragraphs: [
      'Kerro Luotsille omin sanoin, mitä elämässäsi tapahtuu – esimerkiksi että hoidat läheistäsi, olet muuttanut uudelle paikkakunnalle tai tunnet itsesi yksinäiseksi. Luotsi ehdottaa järjestöjen toimintaa, joka voisi auttaa, ja kertoo, miten niihin pääsee mukaan.',
      'Luotsi ei korvaa ammattilaisen arviota. Voit näyttää Luotsin tekemän yhteenvedon palveluohjaajalle tai sosiaalityöntekijälle.',
    ],
    listHeading: 'Näin käytät Luotsia', list: ['Avaa chat sivun oikeasta alakulmasta.', 'Kirjoita suomeksi, ruotsiksi tai englanniksi.', 'Saat ehdotuksia ja voit tallentaa ne yhteenvedoksi.'],
    asideHeading: 'Hätätilanteessa', aside: 'Jos henki tai terveys on vaarassa, soita hätänumeroon 112.',
    emergency: '112', footer: 'Esimerkkikunta – demosivu. Sivu näyttää, miltä Luotsi-chat näyttää kunnan verkkosivuilla.',
    privacy: 'Tietosuoja', langNav: 'Kieli',
  },
  sv: {
    municipality: 'Exempelkommun', skip: 'Hoppa till innehållet',
    nav: ['Social- och hälsovård', 'Boende', 'Fritid', 'Organisationer och föreningar'],
    crumbs: 'Startsida › Organisationer och föreningar › Hjälp i livssituationer',
    heading: 'Hjälp av organisationer i olika livssituationer',
    lead: 'I kommunen verkar tiotals föreningar som erbjuder kamratstöd, samtalshjälp, hobbyer och hjälp i vardagen. Luotsi hjälper dig att hitta verksamhet som passar just dig.',
    paragraphs: [
      'Berätta för Luotsi med egna ord vad som händer i ditt liv – till exempel att du vårdar en närstående, har flyttat till en ny ort eller känner dig ensam. Luotsi föreslår verksamhet som kan hjälpa och berättar hur du kommer med.',
      'Luotsi ersätter inte en yrkespersons bedömning. Du kan visa sammanfattningen för en servicehandledare eller socialarbetare.',
    ],
    listHeading: 'Så här använder du Luotsi', list: ['Öppna chatten i sidans nedre högra hörn.', 'Skriv på finska, svenska eller engelska.', 'Du får förslag och kan spara dem som en sammanfattning.'],
    asideHeading: 'I nödsituationer', aside: 'Om liv eller hälsa är i fara, ring nödnumret 112.',
    emergency: '112', footer: 'Exempelkommun – demosida. Sidan visar hur Luotsi-chatten ser ut på en kommuns webbplats.',
    privacy: 'Dataskydd', langNav: 'Språk',
  },
  en: {
    municipality: 'Example Municipality', skip: 'Skip to content',
    nav: ['Social and health services', 'Housing', 'Leisure', 'Associations and NGOs'],
    crumbs: 'Home › Associations and NGOs › Help in life situations',
    heading: 'Help from associations in life situations',
    lead: 'Dozens of associations in the municipality offer peer support, someone to talk to, hobbies and everyday help. Luotsi helps you find the activity that suits you.',
    paragraphs: [
      'Tell Luotsi in your own words what is going on in your life – for example that you care for a family member, have moved to a new town or feel lonely. Luotsi suggests activities that could help and tells you how to take part.',
      'Luotsi does not replace a professional assessment. You can show the summary to a service guide or a social worker.',
    ],
    listHeading: 'How to use Luotsi', list: ['Open the chat in the bottom right corner of the page.', 'Write in Finnish, Swedish or English.', 'You get suggestions and can save them as a summary.'],
    asideHeading: 'In an emergency', aside: 'If life or health is in danger, call the emergency number 112.',
    emergency: '112', footer: 'Example Municipality – demo page. It shows how the Luotsi chat looks on a municipal website.',
    privacy: 'Privacy', langNav: 'Language',
  },
};

const LANG_NAMES: Record<Lang, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

export function renderDemoPage(lang: Lang): string {
  const t = DEMO[lang];
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

interface PrivacyText { title: string; intro: string; items: (ttl: number) => string[]; back: string }

const PRIVACY: Record<Lang, PrivacyText> = {
  fi: {
    title: 'Luotsin tietosuoja',
    intro: 'Luotsi on tehty niin, että siitä voi kysyä kertomatta kuka on.',
    items: (ttl) => [
      'Luotsi ei kysy nimeäsi, henkilötunnustasi eikä yhteystietojasi.',
      `Keskustelun tila säilyy palvelimella ${ttl} minuuttia viimeisestä viestistä ja poistuu sitten itsestään.`,
      'Kirjoita "poista tietoni", niin keskustelusi tiedot poistetaan heti.',
      'Tallentamasi yhteenveto säilyy koodilla 14 päivää. Siinä on vain ehdotetut toiminnat, ei viestejäsi.',
      'Viestiesi tekstiä ei kirjoiteta lokeihin. Tilastoihin kerätään vain nimettömiä määriä (esimerkiksi kuinka usein jokin elämäntilanne mainitaan).',
    ],
    back: 'Takaisin etusivulle',
  },
  sv: {
    title: 'Dataskydd i Luotsi',
    intro: 'Luotsi är byggd så att du kan fråga utan att berätta vem du är.',
    items: (ttl) => [
      'Luotsi frågar inte efter ditt namn, din personbeteckning eller dina kontaktuppgifter.',
      `Samtalets tillstånd sparas på servern i ${ttl} minuter efter det senaste meddelandet och raderas sedan automatiskt.`,
      'Skriv "glöm mig" så raderas uppgifterna om ditt samtal genast.',
      'En sammanfattning som du sparar finns kvar under sin kod i 14 dagar. Den innehåller bara de föreslagna verksamheterna, inte dina meddelanden.',
      'Texten i dina meddelanden skrivs inte i loggar. Statistiken innehåller bara anonyma antal (till exempel hur ofta en livssituation nämns).',
    ],
    back: 'Tillbaka till startsidan',
  },
  en: {
    title: 'Luotsi and your privacy',
    intro: 'Luotsi is built so that you can ask without saying who you are.',
    items: (ttl) => [
      'Luotsi does not ask for your name, personal identity code or contact details.',
      `The state of a conversation is kept on the server for ${ttl} minutes after the last message, then it is deleted automatically.`,
      'Write "forget me" and the data of your conversation is deleted at once.',
      'A summary you save is kept under its code for 14 days. It holds only the suggested activities, not your messages.',
      'The text of your messages is never written to logs. Statistics hold only anonymous counts (for example how often a life situation comes up).',
    ],
    back: 'Back to the front page',
  },
};

export function renderPrivacyPage(lang: Lang, stateTtlMinutes: number): string {
  const t = PRIVACY[lang];
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
  <ul>${t.items(stateTtlMinutes).map((i) => `<li>${esc(i)}</li>`).join('')}</ul>
  <p><a href="/?lang=${lang}">${esc(t.back)}</a></p>
</main>
</body>
</html>
`;
}
