// The Teams app package: manifest (schema v1.16) with fi/sv/en localisation and generated icons, zipped for upload.
import JSZip from 'jszip';
import type { Config } from '../config.js';
import { encodePng, type Rgba } from './png.js';

export const MANIFEST_VERSION = '1.16';
export const PLACEHOLDER_APP_ID = '00000000-0000-0000-0000-000000000000';
const PLACEHOLDER_BASE = 'https://luotsi.example.fi';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const BLUE: Rgba = [0x0b, 0x4f, 0x9c, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const PALE: Rgba = [0x9c, 0xc3, 0xee, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** A compass: a ring and a needle. The same drawing at both sizes; the outline version is white on transparent. */
function compass(size: number, outline: boolean): Buffer {
  const c = (size - 1) / 2;
  const ringOuter = size * 0.4;
  const ringWidth = Math.max(2, size * 0.055);
  const needleHalfLength = size * 0.3;
  const needleHalfWidth = size * 0.09;
  return encodePng(size, size, (x, y) => {
    const dx = x - c;
    const dy = y - c;
    const r = Math.hypot(dx, dy);
    const inNeedle = Math.abs(dx) / needleHalfWidth + Math.abs(dy) / needleHalfLength <= 1;
    if (inNeedle) return outline ? WHITE : dy <= 0 ? WHITE : PALE;
    if (r <= ringOuter && r >= ringOuter - ringWidth) return WHITE;
    return outline ? CLEAR : BLUE;
  });
}

interface Texts { shortName: string; fullName: string; shortDescription: string; fullDescription: string; commands: { title: string; description: string }[] }

// Teams is where service-guidance staff use Luotsi during appointments, so the texts speak to staff.
const TEXTS: Record<'fi' | 'sv' | 'en', Texts> = {
  fi: {
    shortName: 'Luotsi',
    fullName: 'Luotsi – järjestötoiminnan palveluohjaus',
    shortDescription: 'Löydä asiakkaalle sopiva järjestöjen toiminta elämäntilanteen mukaan.',
    fullDescription: 'Luotsi auttaa palveluohjaajia löytämään asiakkaan elämäntilanteeseen sopivaa järjestöjen toimintaa: vertaistukea, keskusteluapua, harrastuksia ja arjen apua. Hae vapaalla tekstillä suomeksi, ruotsiksi tai englanniksi, rajaa kunnan, kielen ja kanavan mukaan ja tee asiakkaalle tulostettava yhteenveto. Luotsi ei tallenna henkilötietoja.',
    commands: [
      { title: 'henkilöstöhaku', description: 'Hae toimintaa tyypin, kunnan, kielen tai kanavan mukaan' },
      { title: 'yhteenveto', description: 'Tee tulostettava yhteenveto asiakkaalle' },
      { title: 'aloita alusta', description: 'Aloita uusi haku' },
      { title: 'poista tietoni', description: 'Poista tämän keskustelun tiedot' },
      { title: 'ota yhteydenotot tänne', description: 'Tästä kanavasta tulee verkkochatin asukkaiden yhteydenottojen jono' },
    ],
  },
  sv: {
    shortName: 'Luotsi',
    fullName: 'Luotsi – servicehandledning till föreningsverksamhet',
    shortDescription: 'Hitta föreningsverksamhet som passar klientens livssituation.',
    fullDescription: 'Luotsi hjälper servicehandledare att hitta föreningsverksamhet som passar klientens livssituation: kamratstöd, samtalshjälp, hobbyer och hjälp i vardagen. Sök med fri text på finska, svenska eller engelska, avgränsa efter kommun, språk och kanal och gör en utskrivbar sammanfattning för klienten. Luotsi sparar inga personuppgifter.',
    commands: [
      { title: 'personalsök', description: 'Sök verksamhet efter typ, kommun, språk eller kanal' },
      { title: 'sammanfattning', description: 'Gör en utskrivbar sammanfattning för klienten' },
      { title: 'börja om', description: 'Börja en ny sökning' },
      { title: 'glöm mig', description: 'Radera uppgifterna om detta samtal' },
      { title: 'ta emot kontakter här', description: 'Kanalen blir kön för invånarnas kontaktbegäran från webbchatten' },
    ],
  },
  en: {
    shortName: 'Luotsi',
    fullName: 'Luotsi – service guidance to NGO activities',
    shortDescription: 'Find NGO activities that fit a client\'s life situation.',
    fullDescription: 'Luotsi helps service-guidance staff find NGO activities that fit a client\'s life situation: peer support, someone to talk to, hobbies and everyday help. Search in free text in Finnish, Swedish or English, filter by municipality, language and channel, and make a printable summary for the client. Luotsi stores no personal data.',
    commands: [
      { title: 'staff search', description: 'Search activities by type, municipality, language or channel' },
      { title: 'summary', description: 'Make a printable summary for the client' },
      { title: 'start over', description: 'Start a new search' },
      { title: 'forget me', description: 'Delete the data of this conversation' },
      { title: 'take requests here', description: 'Make this channel the queue for residents\' requests from the web chat' },
    ],
  },
};

export interface TeamsPackage { zip: Buffer; manifest: Record<string, unknown>; warnings: string[] }

function localization(t: Texts): Record<string, unknown> {
  const out: Record<string, unknown> = {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`,
    'name.short': t.shortName,
    'name.full': t.fullName,
    'description.short': t.shortDescription,
    'description.full': t.fullDescription,
  };
  t.commands.forEach((c, i) => {
    out[`bots[0].commandLists[0].commands[${i}].title`] = c.title;
    out[`bots[0].commandLists[0].commands[${i}].description`] = c.description;
  });
  return out;
}

export function buildManifest(config: Pick<Config, 'microsoftApp' | 'publicBaseUrl'>, version = '1.0.0'): { manifest: Record<string, unknown>; warnings: string[] } {
  const warnings: string[] = [];
  let appId = config.microsoftApp.id ?? '';
  if (!GUID.test(appId)) {
    warnings.push(`MicrosoftAppId is ${appId ? 'not a GUID' : 'not set'}: the manifest uses the placeholder ${PLACEHOLDER_APP_ID}; set MicrosoftAppId and build again before uploading`);
    appId = PLACEHOLDER_APP_ID;
  }
  let base = config.publicBaseUrl;
  if (!base.startsWith('https://')) {
    warnings.push(`PUBLIC_BASE_URL (${base}) is not https: Teams requires https links, so the manifest uses ${PLACEHOLDER_BASE}; set PUBLIC_BASE_URL and build again`);
    base = PLACEHOLDER_BASE;
  }
  const fi = TEXTS.fi;
  const manifest = {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version,
    id: appId,
    developer: {
      name: 'Luotsi',
      websiteUrl: `${base}/`,
      privacyUrl: `${base}/privacy`,
      termsOfUseUrl: `${base}/privacy`,
    },
    name: { short: fi.shortName, full: fi.fullName },
    description: { short: fi.shortDescription, full: fi.fullDescription },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#0B4F9C',
    bots: [{
      botId: appId,
      scopes: ['personal', 'team'],
      supportsFiles: false,
      isNotificationOnly: false,
      commandLists: [{ scopes: ['personal', 'team'], commands: fi.commands }],
    }],
    permissions: ['identity', 'messageTeamMembers'],
    // Handover: staff write in a request card's thread without @mentioning the bot, so the bot must read the channel's
    // messages in the teams it is installed in (resource-specific consent, granted by the team's owner on install).
    webApplicationInfo: { id: appId, resource: 'https://RscPermission' },
    authorization: { permissions: { resourceSpecific: [{ name: 'ChannelMessage.Read.Group', type: 'Application' }] } },
    validDomains: [new URL(base).host],
    localizationInfo: {
      defaultLanguageTag: 'fi-fi',
      additionalLanguages: [
        { languageTag: 'sv-se', file: 'sv-se.json' },
        { languageTag: 'en-us', file: 'en-us.json' },
      ],
    },
  };
  return { manifest, warnings };
}

export async function buildTeamsPackage(config: Pick<Config, 'microsoftApp' | 'publicBaseUrl'>): Promise<TeamsPackage> {
  const { manifest, warnings } = buildManifest(config);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  zip.file('sv-se.json', `${JSON.stringify(localization(TEXTS.sv), null, 2)}\n`);
  zip.file('en-us.json', `${JSON.stringify(localization(TEXTS.en), null, 2)}\n`);
  zip.file('color.png', compass(192, false));
  zip.file('outline.png', compass(32, true));
  // A fixed date keeps the zip byte-for-byte reproducible for the same config.
  const date = new Date('2026-01-01T00:00:00Z');
  for (const f of Object.values(zip.files)) f.date = date;
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { zip: buffer, manifest, warnings };
}
