// npm run match -- [--lang fi|sv|en] [--municipality NAME] "free text": one JSON object with the situations and ranked activities.
import { createMatcher } from '../matcher.js';
import { createFacetExtractor } from '../facets.js';
import { LANGS, type Lang } from '../vocabulary.js';
import { fail, loadCatalogueOrExit, parseArgs } from './load.js';

const { flags, positional } = parseArgs(process.argv.slice(2));
const text = positional.join(' ');
const langFlag = flags.get('lang');
if (langFlag !== undefined && !(LANGS as readonly string[]).includes(langFlag)) fail(`--lang must be one of ${LANGS.join(', ')}`);
const { catalogue } = loadCatalogueOrExit();
let municipality: string | undefined;
const place = flags.get('municipality');
if (place !== undefined) {
  const m = catalogue.findMunicipality(place) ?? createFacetExtractor(catalogue.municipalities.values()).municipality(place);
  if (!m) fail(`unknown municipality: ${place}`);
  municipality = m.code;
}
const limit = flags.has('limit') ? Number(flags.get('limit')) : undefined;
const matcher = createMatcher(catalogue);
const started = performance.now();
const result = matcher.match({
  text, lang: langFlag as Lang | undefined, facets: municipality ? { municipality } : undefined,
  limit: limit !== undefined && Number.isFinite(limit) ? limit : undefined,
});
const ms = performance.now() - started;
console.log(JSON.stringify({
  lang: result.lang,
  crisis: result.crisis.crisis,
  crisisKind: result.crisis.kind,
  understood: result.understood,
  situations: result.situations.map((s) => ({ id: s.id, score: s.score, why: s.why })),
  results: result.results.map((r) => ({ id: r.id, title: r.title, typeIds: r.typeIds, score: r.score, why: r.why })),
  facets: result.facets,
  relaxed: result.relaxed ?? [],
  ms: Math.round(ms * 1000) / 1000,
}));
