import { describe, expect, it } from 'vitest';
import { smallTalkKind } from '../../dialogs/small-talk.js';

describe('small talk', () => {
  it.each([
    'moi', 'Hei!', 'terve', 'Moiii 👋', 'hyvää huomenta', 'hej', 'Hejsan!', 'god morgon', 'hi', 'Hello!!', 'good morning :)', 'hei Luotsi',
  ])('reads "%s" as a greeting', (text) => expect(smallTalkKind(text)).toBe('greeting'));

  it.each([
    'kiitos', 'Kiitti!', 'kiitos paljon 🙏', 'kiitos avusta', 'tack', 'Tack så mycket!', 'thanks', 'Thank you!', 'ty', 'thank you so much ❤️', 'hei, kiitos',
  ])('reads "%s" as thanks', (text) => expect(smallTalkKind(text)).toBe('thanks'));

  it.each([
    'heippa', 'Moikka!', 'hei hei', 'näkemiin', 'hej då', 'Hejdå!', 'vi ses', 'bye', 'Goodbye 👋', 'kiitos ja heippa', 'thanks, bye!',
  ])('reads "%s" as a goodbye', (text) => expect(smallTalkKind(text)).toBe('goodbye'));

  it.each(['😊', '👍', '🙏', '❤️', '😊👍🙏❤️', '👍🏽', ' 🙂 🙂 ', ':)', '<3'])('reads "%s" as emoji only', (text) => expect(smallTalkKind(text)).toBe('emoji'));

  it.each([
    'hei, olen yksinäinen', 'moi, tarvitsen apua', 'hej, jag är ensam', 'hi, I need help with my debts', 'kiitos mutta en jaksa enää',
    'ei kiitos', 'no thanks', 'nej tack', 'joo', 'ok', 'asdf', '', '   ', '123', ':(', '+++ ### ???', 'Hoidan äitiäni',
    'poista tietoni', 'yhteenveto', 'hei '.repeat(30),
  ])('does not read "%s" as small talk', (text) => expect(smallTalkKind(text)).toBeUndefined());

  it.each(['😢', '😭😭', '💔', '🔪', '💊💊💊', 'hei 😢', '🙂🔪'])('never answers sad or dangerous emoji "%s" as small talk', (text) => {
    expect(smallTalkKind(text)).toBeUndefined();
  });
});
