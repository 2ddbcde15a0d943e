// Constructions added after open blind batch 12 (crisis-12, English and Swedish), each with phrasings written here
// rather than taken from the batch. Every table names the category it tests.
import { describe } from 'vitest';
import { concern, crisis, ordinary } from '../fixtures/crisis-tables.js';

describe('emergencies told by their signs: something swallowed, food and water refused with confusion, a neighbour not opening', () => {
  crisis([
    'my daughter 3 years swallowed a coin battery from the remote, she is crying and drooling, what to do',
    'the baby chewed a laundry capsule and now she is coughing and foaming',
    'min son har svalt två magneter för en halvtimme sedan och har ont i magen',
    'poika nielaisi nappipariston kello-ohjaimesta ihan äsken',
    'Grandpa has not eaten or drunk since Sunday and today he is confused and cannot stand',
    'Isä ei syö eikä juo ja on tänään ihan sekava, ei pysty seisomaan',
    'the old man upstairs hasn\'t opened his door since yesterday, his radio is on and I knocked many times',
    'naapurin mummo ei ole avannut ovea aamusta asti ja lehti on yhä postiluukussa',
  ]);
  ordinary([
    'Where can I recycle old batteries and magnets in Vantaa?',
    'My neighbour doesn\'t open the door to strangers, how could a friend volunteer reach her?',
    'Dad takes a handful of vitamin pills every morning, is there a health talk for seniors?',
  ]);
});

describe('cutting deeper, a farewell to everybody hidden in a long email, not being alive to see a date', () => {
  crisis([
    'i cut myself too deep tonight and it keeps bleeding through the towel',
    'viilsin niin syvälle että haava aukeaa',
    'Regarding the course, please send the timetable. I have decided I will not be alive to see my birthday and I have written letters to everybody.',
  ]);
});

describe('figures and histories: a pier jump in summer, a friend who never mentioned self-harm, an overdose last spring, trainees', () => {
  ordinary([
    'We want to jump off the dock at the lake on Midsummer, is there a swimming club with a lifeguard?',
    'We role played suicidal callers on the helpline course today and I\'d like more reading',
  ]);
  concern([
    'My brother has gone very quiet and keeps asking what the point of anything is. He hasn\'t said anything about hurting himself.',
    'My daughter was in hospital after an overdose last spring, she is home and stable but I am scared all the time',
    'Orkar int me nåt mer å allt e grått, men ja gör mej int nå, ja lovar, vill bara prata på svenska',
  ]);
});
