import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../knowledge/language.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

describe('language detection for short messages', () => {
  it.each([
    ['mun äiti on dementikko ja mä oon ihan loppu', 'fi'],
    ['Onko Vantaalla vertaistukiryhmiä omaishoitajille?', 'fi'],
    ['olen 16 ja koulu ahdistaa', 'fi'],
    ['en jaksa enaa mitaan', 'fi'],
    ['tarviin apua', 'fi'],
    ['jag orkar inte längre', 'sv'],
    ['Finns det kamratstöd i Esbo?', 'sv'],
    ['min man har demens', 'sv'],
    ['jag är ny i Finland', 'sv'],
    ['I feel so lonely', 'en'],
    ['Is there a peer group in Espoo?', 'en'],
    ['my mum has dementia', 'en'],
    ['I just moved to Finland', 'en'],
  ] as const)('reads "%s" as %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    ['мне очень плохо, помогите'],
    ['أنا وحيد جدا وأحتاج مساعدة'],
    ['我需要帮助'],
    ['Hola, necesito ayuda con mi familia por favor'],
  ])('reads "%s" as another language', (text) => {
    expect(detectLanguage(text)).toBe('other');
  });

  it('keeps another script as other even when the conversation was Finnish', () => {
    expect(detectLanguage('мне плохо', 'fi')).toBe('other');
  });

  it('keeps the conversation language for emoji, empty text and ambiguous one-word replies', () => {
    expect(detectLanguage('😢😢', 'sv')).toBe('sv');
    expect(detectLanguage('   ', 'en')).toBe('en');
    expect(detectLanguage('ok', 'sv')).toBe('sv');
    expect(detectLanguage('')).toBe('other');
  });

  it('switches language when a message is clearly in another one', () => {
    expect(detectLanguage('jag känner mig så ensam hela tiden', 'fi')).toBe('sv');
    expect(detectLanguage('tarvitsen jonkun jolle puhua', 'en')).toBe('fi');
  });

  it('recognises single situation words with the knowledge base vocabulary', () => {
    const { matcher } = realKnowledge();
    expect(matcher.detectLanguage('yksinäisyys')).toBe('fi');
    expect(matcher.detectLanguage('ensamhet')).toBe('sv');
    expect(matcher.detectLanguage('loneliness')).toBe('en');
  });
});
