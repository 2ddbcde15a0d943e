import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../knowledge/matcher.js';
import { fixtureCatalogue } from '../fixtures/catalogue.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const { matcher, catalogue } = realKnowledge();
const code = (fi: string): string => [...catalogue.municipalities.values()].find((m) => m.fi === fi)!.code;
const topTypes = (text: string, k = 3): string[] => matcher.match({ text }).results.slice(0, k).flatMap((r) => r.typeIds);

describe('matching a resident message to situations and activities', () => {
  it('finds caregiving and peer support for a Swedish caregiver', () => {
    const r = matcher.match({ text: 'min man har demens och jag orkar inte ta hand om honom ensam' });
    expect(r.lang).toBe('sv');
    expect(r.situations[0]?.id).toBe('caregiver');
    expect(topTypes('min man har demens och jag orkar inte ta hand om honom ensam')).toContain('peer-support');
    expect(r.results[0]?.title).toBe(r.results[0]?.activity.title.sv);
  });

  it('still finds caregiving for a misspelled Finnish message without umlauts', () => {
    const r = matcher.match({ text: 'mun aiti on dementikko ja ma oon ihan loppu, omaishoitjana ei jaksa' });
    expect(r.lang).toBe('fi');
    expect(r.situations[0]?.id).toBe('caregiver');
    expect(r.results.slice(0, 3).some((x) => x.typeIds.includes('peer-support') || x.typeIds.includes('support-person'))).toBe(true);
  });

  it('understands English and returns at least five activities', () => {
    const r = matcher.match({ text: "I'm so lonely since I moved here" });
    expect(r.understood).toBe(true);
    expect(r.situations.map((s) => s.id)).toContain('loneliness');
    expect(r.results.length).toBeGreaterThanOrEqual(5);
  });

  it('explains every result with words from the text', () => {
    const text = 'velat kasvaa ja ulosotto vie palkan';
    const r = matcher.match({ text });
    expect(r.results.length).toBeGreaterThan(0);
    for (const result of r.results) {
      expect(result.why.length).toBeGreaterThan(0);
    }
    expect(r.results[0]!.why.some((w) => text.includes(w))).toBe(true);
    expect(r.situations[0]?.id).toBe('money-debt');
  });

  it('sorts situations and results best first with scores between 0 and 1', () => {
    const r = matcher.match({ text: 'yksinäinen eläkeläinen kaipaa seuraa' });
    for (const list of [r.situations, r.results]) {
      for (let i = 0; i < list.length; i++) {
        expect(list[i]!.score).toBeGreaterThan(0);
        expect(list[i]!.score).toBeLessThanOrEqual(1);
        if (i > 0) expect(list[i]!.score).toBeLessThanOrEqual(list[i - 1]!.score + 1e-9);
      }
    }
  });

  it('filters out other cities\u2019 local activities for a resident of Vantaa', () => {
    const r = matcher.match({ text: 'asun Vantaalla ja hoidan muistisairasta äitiäni', limit: 20 });
    expect(r.facets.municipality).toBe(code('Vantaa'));
    for (const x of r.results) {
      const area = x.activity.area;
      if (area.scope === 'municipality') expect(area.municipalities).toContain(code('Vantaa'));
      if (area.scope === 'region') expect(area.regions).toContain('uusimaa');
    }
  });

  it('flags a crisis and puts crisis lines first', () => {
    const r = matcher.match({ text: 'en jaksa enää elää, haluan kuolla' });
    expect(r.crisis.crisis).toBe(true);
    expect(r.situations[0]?.id).toBe('crisis');
    expect(r.results[0]?.activity.crisisLine).toBeDefined();
  });

  it('does not flag figurative speech as a crisis', () => {
    expect(matcher.match({ text: 'kuolen tylsyyteen, mitä harrastuksia on' }).crisis.crisis).toBe(false);
  });

  it.each([
    ["I'm bored to death at home, what could I do?"],
    ['kuolen tylsyyteen kotona'],
  ])('reads "%s" as wanting something to do, not as grief', (text) => {
    const situations = matcher.match({ text }).situations.map((s) => s.id);
    expect(situations[0]).toBe('hobbies-community');
    expect(situations).not.toContain('bereavement');
  });

  it.each([
    ['', 'empty'],
    ['   \n\t ', 'whitespace'],
    ['😀😀😀🎉', 'emoji only'],
    ['\u0000\u0007\u001b[31m', 'control characters'],
    ['<script>alert(1)</script><div></div>', 'HTML'],
    ['مرحبا كيف حالك', 'Arabic'],
    ['Привет, как дела', 'Cyrillic'],
    ['qwxz zzkj', 'gibberish'],
  ])('answers not understood for %j (%s) without throwing, and still offers the general options', (text) => {
    const r = matcher.match({ text });
    expect(r.understood).toBe(false);
    // Never an empty hand: national, free places to talk, none of them a crisis line.
    expect(r.results.length).toBeGreaterThan(0);
    for (const a of r.results) {
      expect(a.activity.area.scope).toBe('national');
      expect(a.activity.crisisLine).toBeUndefined();
      expect(a.typeIds).toContain('conversation-help');
    }
  });


  it('reads the start of a 100,000-character message and ignores the pasted rest', () => {
    const r = matcher.match({ text: `olen niin yksinäinen ${'a'.repeat(100_000)} ${'velka '.repeat(10_000)}` });
    expect(r.understood).toBe(true);
    expect(r.situations[0]?.id).toBe('loneliness');
    expect(r.situations.map((s) => s.id)).not.toContain('money-debt');
  });

  it('uses the situations the resident chose instead of the text', () => {
    const r = matcher.match({ text: 'apua', situationIds: ['money-debt'] });
    expect(r.situations.map((s) => s.id)).toEqual(['money-debt']);
    expect(r.results[0]?.activity.situationIds).toContain('money-debt');
  });

  it('leaves out activities already shown and prefers the asked-for types', () => {
    const first = matcher.match({ text: 'olen yksinäinen', limit: 3 });
    const shown = first.results.map((r) => r.id);
    const next = matcher.match({ text: 'olen yksinäinen', excludeIds: shown, preferTypeIds: ['hobby-culture-sports'] });
    expect(next.results.some((r) => shown.includes(r.id))).toBe(false);
    expect(next.results[0]?.typeIds).toContain('hobby-culture-sports');
  });

  it('matches the parts of a compound the catalogue knows whole: "velkaneuvonta" finds the debt advice line', () => {
    const r = matcher.match({ text: 'velkaneuvonta Espoo' });
    expect(r.results[0]?.activity.organisation.name).toBe('Takuusäätiö');
    expect(r.facets.municipality).toBe(code('Espoo'));
  });

  it('answers in the forced language', () => {
    const r = matcher.match({ text: 'velkaneuvonta', lang: 'en' });
    expect(r.results[0]?.title).toBe(r.results[0]?.activity.title.en);
  });
});

describe('a matcher over a small catalogue', () => {
  it('finds the Vantaa peer group for a Vantaa caregiver and leaves out the Helsinki one', () => {
    const m = createMatcher(fixtureCatalogue());
    const r = m.match({ text: 'hoidan dementoitunutta äitiä Vantaalla' });
    const ids = r.results.map((x) => x.id);
    expect(ids).toContain('omaishoitajat-vertaisryhma-vantaa');
    expect(ids).not.toContain('muisti-vertaisryhma-helsinki');
  });

  it('is frozen', () => {
    const m = createMatcher(fixtureCatalogue());
    expect(Object.isFrozen(m)).toBe(true);
  });
});
