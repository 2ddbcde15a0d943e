import { describe, expect, it } from 'vitest';
import { parseCommand, parseYesNo } from '../../dialogs/commands.js';

describe('typed commands', () => {
  it.each([
    ['poista tietoni', 'forget'], ['Unohda minut!', 'forget'], ['glöm mig', 'forget'], ['Radera mina uppgifter', 'forget'],
    ['forget me', 'forget'], ['Delete my data, please', 'forget'],
    ['yhteenveto', 'summary'], ['Sammanfattning', 'summary'], ['summary', 'summary'],
    ['staff', 'staff'], ['henkilöstö', 'staff'], ['personal', 'staff'],
    ['aloita alusta', 'startOver'], ['börja om', 'startOver'], ['start over', 'startOver'],
    ['lisää tällaisia', 'more'], ['fler sådana', 'more'], ['more like this', 'more'],
    ['jotain muuta', 'else'], ['något annat', 'else'], ['something else', 'else'],
    ['lähempänä minua', 'nearer'], ['närmare mig', 'nearer'], ['nearer to me', 'nearer'],
    ['vain puhelimitse', 'phone'], ['bara per telefon', 'phone'], ['only by phone', 'phone'],
  ])('reads "%s" as %s', (text, action) => expect(parseCommand(text, undefined)?.action).toBe(action));

  it.each([
    ['voisitko tehdä yhteenvedon', 'summary'], ['Saisinko yhteenvedon näistä?', 'summary'], ['kan jag få en sammanfattning', 'summary'],
    ['can I get a summary', 'summary'], ['Could you summarise these for me', 'summary'],
    ['onko jotain lähempänä?', 'nearer'], ['Löytyykö lähempää?', 'nearer'], ['finns det något närmare?', 'nearer'], ['anything closer?', 'nearer'],
    ['onko muuta?', 'else'], ['Löytyykö muita?', 'else'], ['finns det något annat', 'else'], ['anything else?', 'else'], ['is there something other', 'else'],
  ])('reads the question "%s" as %s', (text, action) => expect(parseCommand(text, undefined)?.action).toBe(action));

  it.each([
    'Is there a food bank near me in Vantaa, we have nothing to eat',
    'Onko lähempänä Kouvolaa mitään vertaistukiryhmää omaishoitajille',
    'I need a summary of what carers can get',
  ])('reads the longer need "%s" as a need, not a refine or summary', (text) => expect(parseCommand(text, undefined)).toBeUndefined());

  it.each([
    ['på svenska', 'sv'], ['In English', 'en'], ['suomeksi', 'fi'], ['på finska', 'fi'], ['in Finnish', 'fi'], ['englanniksi', 'en'],
  ])('reads "%s" as a switch to %s', (text, lang) => expect(parseCommand(text, undefined)).toEqual({ action: 'lang', lang }));

  it.each([
    'haluan poistaa tietoni tästä palvelusta ja sitten kysyä omaishoidosta',
    'I need a summary of what carers can get',
    'Hoidan äitiäni yksin',
    '',
  ])('does not mistake the need "%s" for a command', (text) => expect(parseCommand(text, undefined)).toBeUndefined());

  it('prefers the card data over the text, and ignores unknown actions', () => {
    expect(parseCommand('summary', { action: 'save', id: 'x' })).toEqual({ action: 'save', id: 'x' });
    expect(parseCommand(undefined, { action: 'drop-tables' })).toBeUndefined();
    expect(parseCommand(undefined, ['forget'])).toBeUndefined();
  });

  it('ignores a known action whose data is malformed or forged, and keeps nothing the card did not put there', () => {
    expect(parseCommand(undefined, { action: 'save', id: 42 })).toBeUndefined();
    expect(parseCommand(undefined, { action: 'situation', id: 'drop-tables' })).toBeUndefined();
    expect(parseCommand(undefined, { action: 'lang', lang: 'de' })).toBeUndefined();
    expect(parseCommand(undefined, { action: 'feedback', helpful: 'maybe' })).toBeUndefined();
    expect(parseCommand(undefined, { action: 'handoffConsent', share: 'everything' })).toBeUndefined();
    expect(parseCommand(undefined, { action: 'save', id: 'x', admin: true })).toEqual({ action: 'save', id: 'x' });
    // A typed command still counts when the card data is not ours.
    expect(parseCommand('summary', { action: 'lang', lang: 'de' })).toEqual({ action: 'summary' });
  });

  it('leaves a journey\'s and staff search\'s own buttons to their dialogs', () => {
    expect(parseCommand(undefined, { action: 'journey', op: 'next', step: 1 })).toBeUndefined();
    expect(parseCommand(undefined, { action: 'staffSearch', op: 'paths' })).toBeUndefined();
  });
});

describe('yes and no', () => {
  it.each([['kyllä', true], ['joo', true], ['Ja!', true], ['yes', true], ['ei', false], ['nej tack', false], ['no', false], ['ehkä', undefined]])(
    'reads "%s" as %s', (text, value) => expect(parseYesNo(text)).toBe(value),
  );
});
