// The matcher's cheaper ways to the same answers: `read` (no ranking), `readFacets` (the facets alone) and a crisis
// reading handed in by the bot must answer exactly what a full match does, on every eval case and a few short replies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../knowledge/crisis-guard.js';
import type { MatchQuery } from '../../knowledge/contracts.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const cases = readFileSync('test/eval/cases.jsonl', 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
const replies = ['itselleni', 'äidilleni', 'Vantaa', 'asun Espoossa', 'för mig själv', 'Esbo', 'myself', 'only by phone', 'puhelimitse', 'entä Espoossa', 'ok', '', '🙂', 'kyllä'];
const texts = [...replies, ...cases];

describe('the matcher read without ranking', () => {
  const { matcher } = realKnowledge();

  it('reads the language, understanding, crisis, situations and facets a full match reads', () => {
    expect(matcher.read).toBeDefined();
    for (const text of texts) {
      for (const query of [{ text, lang: 'fi', previousLang: 'fi', limit: 3 }, { text, previousLang: 'sv', limit: 1 }] satisfies MatchQuery[]) {
        const { results: _results, relaxed: _relaxed, ...read } = matcher.match(query);
        expect(matcher.read!(query), text).toEqual(read);
      }
    }
  });

  it('reads the facets of a text alone as a full match does', () => {
    expect(matcher.readFacets).toBeDefined();
    for (const text of texts) expect(matcher.readFacets!(text), text).toEqual(matcher.match({ text, lang: 'en', limit: 1 }).facets);
  });

  it('answers the same with the guard\'s reading handed in as without it', () => {
    for (const text of texts.slice(0, 80)) {
      const query: MatchQuery = { text, lang: 'fi', previousLang: 'fi', limit: 3 };
      expect(matcher.match(query, { crisis: detectCrisis(text) }), text).toEqual(matcher.match(query));
    }
  });
});
