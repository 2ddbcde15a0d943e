// What residents notice in batches 34 and 37: a farmer in everyday words finds the farmers' support, a parent whose teen
// came out finds rainbow support, an old man robbed by a grandchild finds the elder-abuse line, a pensioner widow is not
// sent to the working-age widows first, clubs "not about drinking" do not bring AA, OCD reads as mental health, and a
// Christmas food request finds food aid. Every sentence here is written for this file.
import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../../knowledge/contracts.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher } = realKnowledge();
const match = (lang: Lang, text: string): MatchResult => matcher.match({ text, lang });
const firstThree = (r: MatchResult): string => r.results.slice(0, 3).map((a) => `${a.id} (${a.why.join(',')})`).join('; ');

describe('a topic named in everyday words finds its own association', () => {
  it('a farmer in everyday words gets the farmers\' support first', () => {
    const r = match('fi', 'meillä on pieni farmi Ilmajoella, lehmät lypsetään kahdesti päivässä enkä jaksa enää, kenelle maajussi voi puhua?');
    expect(r.results[0]?.id, firstThree(r)).toBe('mela-valita-viljelijasta');
  });

  // Where a general answer fits well too (a parents' line, debt advice, a chat), the specific association still gets a
  // place among the first three.
  it.each([
    ['fi', 'seta-tieto-ja-tuki', 'tyttäremme 14v kertoi olevansa poika ja haluaa uuden nimen. olemme ihan hukassa, mistä vanhemmat saa tukea?'],
    ['sv', 'suvanto-linja-ikaantyneiden-kaltoinkohtelu', 'Min mormor är 88 och hennes son har tagit pengar från hennes konto i månader. Vem kan hon prata med?'],
    ['sv', 'simpukka-tahaton-lapsettomuus', 'andra missfallet i år, finns det någon att prata med som förstår?'],
    ['fi', 'aca-alkoholistien-aikuiset-lapset', 'Äidin juominen pilasi lapsuuteni ja vasta nyt 35-vuotiaana ymmärrän sen. Onko Turussa ryhmää kaltaisilleni?'],
    ['en', 'aima-raskaus-ja-synnytysmasennus-vertaistuki', 'my son is two months old and I don\'t feel anything for him, is there a group for mums like me?'],
    ['en', 'sak-maahanmuuttajien-tyosuhdeneuvonta', 'I work as an au pair in Espoo and the family makes me work weekends too. Where can I ask about this?'],
    ['en', 'elakeliitto-aija-ryhmat', 'Retired, 71, Kotka. I miss making things from wood with other people. Anything like that around?'],
  ] as const)('%s → %s among the first three: "%s"', (lang, id, text) => {
    const r = match(lang, text);
    expect(r.results.slice(0, 3).map((a) => a.id), firstThree(r)).toContain(id);
  });
});

describe('the person behind the message', () => {
  it('a widow of 75 is not sent first to the association for working-age widows', () => {
    const r = match('en', 'Widow, 78, in Lahti. My husband died last year and the days are empty. Is there company for women like me?');
    expect(r.results[0]?.id, firstThree(r)).not.toBe('nuoret-lesket-vertaistuki');
  });

  it('a widow of 45 with children still finds the working-age widows among the first three', () => {
    const r = match('fi', 'Olen 45-vuotias ja mieheni kuoli keväällä. Lapset ovat 8 ja 12. Onko vertaistukea leskille?');
    expect(r.results.slice(0, 3).map((a) => a.id), firstThree(r)).toContain('nuoret-lesket-vertaistuki');
  });

  it('clubs that "aren\'t just about drinking" do not bring AA', () => {
    const r = match('en', 'new in Tampere for my studies, lonely. any clubs that aren\'t just about drinking?');
    expect(r.results.slice(0, 3).map((a) => a.id), firstThree(r)).not.toContain('aa-ryhmat');
  });
});

describe('a need read from its own words', () => {
  it.each([
    ['sv', 'Jag har tvångssyndrom och tvättar händerna i timmar. Finns det en grupp i Vasa för oss?'],
    ['en', 'My OCD is getting worse and I check the stove twenty times. Any peer group online?'],
  ] as const)('%s: "%s" reads as mental health', (lang, text) => {
    const r = match(lang, text);
    expect(r.situations.map((s) => s.id), firstThree(r)).toContain('mental-health');
  });

  it('a request for Christmas food finds food aid among the first three', () => {
    const r = match('fi', 'jouluruokaa tarvittais, neljä lasta ja työtön, Kerava');
    expect(r.results.slice(0, 3).map((a) => a.id), firstThree(r)).toContain('sininauhaliitto-ruoka-apu');
  });
});
