// Asking for a person (staff) is told apart from asking for someone to talk to about a need, in fi, sv and en.
import { describe, expect, it } from 'vitest';
import { asksForPerson } from '../../knowledge/handover-intent.js';

describe('asking for a person', () => {
  it.each([
    'haluan puhua ihmisen kanssa', 'Voinko jutella oikean ihmisen kanssa?', 'saisinko yhteyden palveluohjaajaan', 'ihminen kiitos',
    'en halua puhua botin kanssa', 'voisinko puhua työntekijän kanssa', 'haluaisin keskustella jonkun työntekijän kanssa',
    'kan jag prata med en människa', 'Kan jag få prata med en handläggare?', 'finns det en människa jag kan prata med',
    'can I talk to a real person', 'I want to speak to a human', 'human please', 'connect me with a staff member',
    'Is there a person I could chat with?', 'not a bot please',
  ])('"%s" asks for a person', (text) => {
    expect(asksForPerson(text)).toBe(true);
  });

  it.each([
    'haluan puhua jonkun kanssa masennuksesta', 'I want to talk to someone about my anxiety', 'haluaisin tutustua uusiin ihmisiin',
    'I would like to talk to a person who has had cancer', 'kan jag prata med någon som har varit med om samma sak',
    'my son is a very social person', 'olen ihan tavallinen ihminen ja yksinäinen', 'I am a person with a disability looking for a group',
    'Vill prata med andra föräldrar', 'Onko ihmisille joilla on velkaa apua', 'I need a support person for my mother',
    'Äitini on muistisairas ja haluaisin puhua jonkun kanssa joka on kokenut saman, olen ihan uupunut enkä tiedä mistä aloittaa tässä kaupungissa',
  ])('"%s" is a need, not a request for staff', (text) => {
    expect(asksForPerson(text)).toBe(false);
  });
});
