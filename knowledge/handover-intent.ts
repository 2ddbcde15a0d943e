// "Can I talk to a real person?": a resident asking for a human (service-guidance staff) rather than for an activity.
// Asking for someone to talk to about a need ("I'd like to talk to someone about my anxiety") is a need: the matcher
// answers it with helplines. Only a person as opposed to the bot, or a member of staff, counts here.
import { fold } from './text.js';

/** Words for a human being as opposed to the bot, in the singular (folded: no diacritics). "ihmisten" (people) is not one. */
const PERSON_FI = String.raw`(?:ihmi(?:nen|sen|selle|seen|sta|sella)|henkilo(?:n|lle|on|a)?|tyontekija(?:n|lle|an|a)?|palveluohjaaja(?:n|lle|an|a)?|ohjaaja(?:n|lle|an|a)?|neuvoja(?:n|lle|an|a)?|asiakaspalvelija(?:n|lle|an|a)?|asiakaspalveluun|virkailija(?:n|lle|an|a)?|sosiaalityontekija(?:n|lle|an|a)?)`;
const PERSON_SV = String.raw`(?:manniska|manniskan|person|personal(?:en)?|handlaggare(?:n)?|handledare(?:n)?|radgivare(?:n)?|kundtjanst(?:en)?|socialarbetare(?:n)?|nagon som jobbar)`;
const PERSON_EN = String.raw`(?:human(?: being)?|person|agent|staff(?: member)?|advis[eo]r|worker|caseworker|social worker|operator|someone real|somebody real|real someone)`;

const TALK_FI = String.raw`(?:puhu\w*|jutel\w*|jutt\w*|keskustel\w*|chat\w*|yhtey\w*|asioi\w*|kysy\w*|soitt\w*|kirjoitt\w*)`;
const TALK_SV = String.raw`(?:prata\w*|tala\w*|snacka\w*|chatta\w*|kontakt\w*|skriva\w*|fraga\w*)`;
const TALK_EN = String.raw`(?:talk\w*|speak\w*|chat\w*|connect\w*|transfer\w*|put me through|get in touch|contact\w*|message|write)`;

/** A person who is somebody else's example rather than staff: "a person who has had cancer", "henkilö, joka on…". */
const NOT_STAFF_AFTER = String.raw`(?!\s*(?:,\s*)?(?:who|with|that|joka|jolla|jonka|som|med)\b)`;

const STRONG: readonly RegExp[] = [
  // "a real person", "oikea ihminen", "en riktig människa", "live agent"
  new RegExp(String.raw`\b(?:real|actual|live|proper|human)\s+(?:person|human|agent|being|staff)\b`),
  new RegExp(String.raw`\b(?:oike\w*|elav\w*|aid\w*|ihan)\s+${PERSON_FI}\b`),
  new RegExp(String.raw`\b(?:riktig\w*|verklig\w*|levande)\s+${PERSON_SV}\b`),
  // "not a bot", "ei bottia", "inte en robot"
  /\b(?:not|no more|stop)\s+(?:a\s+|the\s+|this\s+)?(?:bot|robot|machine|chatbot)\b/,
  /\b(?:en|ei)\s+(?:halua|tahdo)\s+(?:puhua|jutella|keskustella|chattailla)\s+(?:botin|robotin|koneen|tekoalyn)\b/,
  /\b(?:inte|ingen)\s+(?:med\s+)?(?:en\s+)?(?:bot|robot|maskin)(?:en)?\b/,
  // "human please", "ihminen kiitos", "människa tack"
  /^\s*(?:a\s+)?(?:human|person|agent|ihminen|ihmiselle|manniska|handlaggare)\s*(?:please|pls|kiitos|tack)?\s*[.!?]*\s*$/,
];

const ASKS: readonly RegExp[] = [
  new RegExp(String.raw`\b${TALK_FI}\b[^.?!]{0,40}?\b${PERSON_FI}\b${NOT_STAFF_AFTER}`),
  new RegExp(String.raw`\b${PERSON_FI}\s+(?:kanssa|puhelimeen|linjalle)\b`),
  new RegExp(String.raw`\b${TALK_SV}\b[^.?!]{0,40}?\b(?:en|nagon|med|till)\b[^.?!]{0,20}?\b${PERSON_SV}\b${NOT_STAFF_AFTER}`),
  new RegExp(String.raw`\b${TALK_EN}\b[^.?!]{0,40}?\b(?:a|an|the|some|to|with|real)\s+${PERSON_EN}\b${NOT_STAFF_AFTER}`),
  // "is there a person I could chat with", "finns det en människa jag kan prata med"
  new RegExp(String.raw`\b(?:a|an)\s+${PERSON_EN}\s+(?:i|we)\s+(?:can|could|might)\s+${TALK_EN}`),
  new RegExp(String.raw`\b(?:en|nagon)\s+${PERSON_SV}\s+(?:jag|vi)\s+(?:kan|far)\s+${TALK_SV}`),
];

/** Long stories are needs: an ask for a person is short, or says "a real person" / "not a bot" outright. */
const MAX_WORDS_FOR_ASK = 20;

/** True when the message asks for a human (staff) rather than describing a need. */
export function asksForPerson(text: string): boolean {
  const folded = fold(text.slice(0, 600)).replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
  if (!folded) return false;
  if (STRONG.some((re) => re.test(folded))) return true;
  if (folded.split(' ').length > MAX_WORDS_FOR_ASK) return false;
  return ASKS.some((re) => re.test(folded));
}
