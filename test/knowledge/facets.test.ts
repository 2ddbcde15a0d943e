import { describe, expect, it } from 'vitest';
import { createFacetExtractor, filterByFacets, finnishStems } from '../../knowledge/facets.js';
import { fixtureCatalogue } from '../fixtures/catalogue.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { catalogue } = realKnowledge();
const facets = createFacetExtractor(catalogue.municipalities.values());
const code = (fi: string): string => [...catalogue.municipalities.values()].find((m) => m.fi === fi)!.code;

describe('reading facets from a message', () => {
  it.each([
    ['asun Vantaalla ja tarvitsen apua', 'Vantaa'],
    ['onko Helsingissä vertaisryhmiä', 'Helsinki'],
    ['Espoossa asuva omaishoitaja', 'Espoo'],
    ['mä asun rovaniemellä', 'Rovaniemi'],
    ['Hämeenlinnassa on varmaan jotain', 'Hämeenlinna'],
    ['muutin Kirkkonummelle', 'Kirkkonummi'],
    ['Riihimäellä asuva eläkeläinen', 'Riihimäki'],
    ['jag bor i Esbo', 'Espoo'],
    ['finns det något i Helsingfors', 'Helsinki'],
    ['I live in Vantaa', 'Vantaa'],
    ['asun vantaala', 'Vantaa'],
    ['olen yksinäinen, Espoo', 'Espoo'],
    ['velkaneuvonta pori', 'Pori'],
    ['jag är ensam, Esbo', 'Espoo'],
  ])('finds the municipality in "%s"', (text, name) => {
    expect(facets.extract(text).municipality).toBe(code(name));
  });

  it('does not take a first name for a small municipality without a place ending', () => {
    expect(facets.extract('ystäväni Salla on masentunut').municipality).toBeUndefined();
    expect(facets.extract('asun Sallassa').municipality).toBe(code('Salla'));
    expect(facets.extract('Simo sanoi että olen yksinäinen').municipality).toBeUndefined();
    expect(facets.extract('Inari kertoi ryhmästä').municipality).toBeUndefined();
  });

  it('does not take an ordinary word that inflects like a short place name for the place', () => {
    // "pellon" is a field's, not only Pello's
    expect(facets.extract('talomme on pellon laidalla ja olen yksin').municipality).toBeUndefined();
  });

  it.each([
    ['mun äiti on dementikko', 'close-one'],
    ['mieheni juo liikaa', 'close-one'],
    ['min fru har demens', 'close-one'],
    ['my mother needs help', 'close-one'],
    ['lapseni kiusataan koulussa', 'child'],
    ['mitt barn mår dåligt', 'child'],
    ['my son is lonely', 'child'],
    ['olen yksinäinen', 'self'],
    ['jag är ensam', 'self'],
    ["I'm lonely", 'self'],
  ] as const)('reads for whom in "%s" as %s', (text, forWhom) => {
    expect(facets.extract(text).forWhom).toBe(forWhom);
  });

  it.each([
    ['olen 16 ja koulu ahdistaa', 16, 'youth'],
    ['17-vuotias poika', 17, 'youth'],
    ['jag är 72 år', 72, 'senior'],
    ["I'm 15 and lonely", 15, 'youth'],
  ] as const)('reads the age in "%s"', (text, age, group) => {
    const f = facets.extract(text);
    expect(f.age).toBe(age);
    expect(f.ageGroup).toBe(group);
  });

  it('reads age cues without a number', () => {
    expect(facets.extract('olen eläkeläinen ja yksinäinen').ageGroup).toBe('senior');
    expect(facets.extract('jag är pensionär').ageGroup).toBe('senior');
  });

  it('does not read a number of children as an age', () => {
    expect(facets.extract('olen 3 lapsen äiti').age).toBeUndefined();
  });

  it.each([
    ['voisinko puhua puhelimitse', 'phone'],
    ['haluaisin soittaa jollekin', 'phone'],
    ['onko chat-palvelua', 'chat'],
    ['kan jag prata per telefon', 'phone'],
    ['is there help by phone', 'phone'],
    ['haluan tavata kasvokkain', 'face-to-face'],
  ] as const)('reads the channel wish in "%s"', (text, channel) => {
    expect(facets.extract(text).channel).toBe(channel);
  });

  it.each([
    ['palvelua ruotsiksi', 'sv'],
    ['stöd på svenska', 'sv'],
    ['help in English please', 'en'],
    ['tukea arabiaksi', 'ar'],
  ] as const)('reads the language wish in "%s"', (text, lang) => {
    expect(facets.extract(text).language).toBe(lang);
  });

  it('reads wishes for anonymous and free help', () => {
    const f = facets.extract('haluan puhua nimettömästi ja ilmaiseksi');
    expect(f.anonymous).toBe(true);
    expect(f.free).toBe(true);
  });

  it('generates Finnish place-name stems with consonant gradation', () => {
    expect(finnishStems('Helsinki')).toContain('helsingi');
    expect(finnishStems('Hanko')).toContain('hango');
    expect(finnishStems('Kauniainen')).toContain('kauniaisi');
  });
});

describe('former municipalities, parts and inflections', () => {
  it.each([
    ['Bor i Ekenäs', '710'],
    ['asun Tammisaaressa', '710'],
    ['Karjaalla', '710'],
    ['jag bor i Karis och är ensam', '710'],
    ['Pojossa asuva omaishoitaja', '710'],
    ['mummo asuu Fiskarsissa', '710'],
    ['Raaseporissa ei ole mitään', '710'],
    ['Hyvinkäällä asuva eläkeläinen', '106'],
    ['Lohjalla on ruoka-apua?', '444'],
    ['asun Sammatissa', '444'],
    ['Porissa asuva maahanmuuttaja', '609'],
    ['Noormarkussa yksin', '609'],
    ['Rovaniemellä', '698'],
    ['Rengossa asuva omaishoitaja', '109'],
    ['asun Vuosaaressa', '091'],
    ['Tikkurilassa on kai jotain', '092'],
  ])('places "%s" in municipality %s', (text, expected) => {
    expect(facets.extract(text).municipality).toBe(expected);
  });

  it('reads an ambiguous old name only when the sentence says it is a place', () => {
    expect(facets.extract('olen ihan pohjalla enkä jaksa').municipality).toBeUndefined();
    expect(facets.extract('asun Pohjassa').municipality).toBe('710');
    expect(facets.extract('meillä on karjaa ja olen uupunut').municipality).toBeUndefined();
    expect(facets.extract('käyn kalliolla kiipeilemässä').municipality).toBeUndefined();
  });

  it('resolves a typed place name to its municipality for the --municipality option and staff filters', () => {
    expect(facets.municipality('Ekenäs')?.code).toBe('710');
    expect(catalogue.findMunicipality('Tammisaari')?.code).toBe('710');
    expect(catalogue.findMunicipality('Karis')?.code).toBe('710');
    expect(catalogue.findMunicipality('Noormarkku')?.fi).toBe('Pori');
  });
});

describe('filtering activities by facets', () => {
  const fixture = fixtureCatalogue();
  const all = fixture.activities.map((activity) => ({ activity }));

  it('keeps national, own-region and own-municipality activities and drops other cities', () => {
    const { kept, relaxed } = filterByFacets(all, { municipality: '092' }, fixture);
    const ids = kept.map((k) => k.activity.id);
    expect(ids).toContain('omaishoitajat-vertaisryhma-vantaa');
    expect(ids).toContain('omaishoitajat-virkistys-uusimaa');
    expect(ids).toContain('mieli-kriisipuhelin');
    expect(ids).not.toContain('muisti-vertaisryhma-helsinki');
    expect(relaxed).toEqual([]);
  });

  it('relaxes a filter that would leave fewer than three and says so', () => {
    const { kept, relaxed } = filterByFacets(all, { language: 'ar' }, fixture);
    expect(relaxed).toEqual(['language']);
    expect(kept.length).toBe(all.length);
  });
});
