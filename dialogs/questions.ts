// The clarifying questions asked between "what I understood" and the results, in one registry: when each is pending, how it is asked (locale keys) and how an answer is applied.
import { parseYesNo } from './commands.js';
import type { Reply } from './reply-prompt.js';
import type { QuestionPrompt } from './ui/cards.js';
import type { Catalogue, Facets } from '../knowledge/contracts.js';
import type { SituationId } from '../knowledge/vocabulary.js';

/** How many clarifying questions one need gets at most: the one place this is decided. */
export const MAX_QUESTIONS = 2;

/** What a question looks at to decide whether it is worth asking now. */
export interface NeedView {
  readonly situationIds: readonly SituationId[];
  readonly facets: Readonly<Facets>;
  /** The questions the chosen situations list in the catalogue, most useful first. */
  readonly listed: readonly string[];
}

/**
 * An answer as it arrives: a tapped option (already checked to be one the question offers: a client can forge any
 * button data), the card's text field, or a typed message.
 */
export type QuestionAnswer =
  | { kind: 'option'; value: string }
  | { kind: 'field'; text: string }
  | { kind: 'typed'; text: string };

/** What reading a written answer needs from the conversation, kept narrow so a question is testable without a bot. */
export interface AnswerReader {
  /** The facets a short text names, read the way the first message is read. */
  facetsOf(text: string): Facets;
  /** A municipality code for a name in any inflection ("Vanda", "Vantaalla"), or undefined. */
  municipalityOf(text: string): string | undefined;
}

/** `set`: the need changed; `none`: nothing to apply; `unread`: a written answer said nothing this question understands. */
export type AnswerOutcome = 'set' | 'none' | 'unread';

export interface ClarifyingQuestion {
  /** Also the `q` of its buttons' data. */
  readonly id: string;
  /** Whether the question is worth asking for this need now (usually: a chosen situation lists it and nothing answered it). */
  pending(need: NeedView): boolean;
  readonly prompt: QuestionPrompt;
  /** Applies an answer to the need's facets. */
  apply(answer: QuestionAnswer, facets: Facets, read: AnswerReader): AnswerOutcome;
  /** Said when a written answer is `unread` and is not a new need (the municipality: "no such place"); silent when unset. */
  readonly notFoundKey?: string;
}

type OptionFacet = 'forWhom' | 'channel' | 'language' | 'ageGroup';

/**
 * A question whose answer is one value of a facet, offered as buttons (`questions.<id>.options.<value>`) and also read
 * from a typed answer ("äiti", "by phone") the way facets are read from the first message.
 */
export function facetQuestion<K extends OptionFacet>(id: string, key: K, values: readonly NonNullable<Facets[K]>[]): ClarifyingQuestion {
  return {
    id,
    pending: (need) => need.listed.includes(id) && need.facets[key] === undefined,
    prompt: { askKey: `questions.${id}.ask`, options: values.map((value) => ({ value, labelKey: `questions.${id}.options.${value}` })) },
    apply(answer, facets, read) {
      if (answer.kind === 'option') {
        const chosen = values.find((v) => v === answer.value);
        if (chosen === undefined) return 'none';
        facets[key] = chosen;
        return 'set';
      }
      // "kyllä" or "no" answers none of these questions: taken as a skip, never as a new need.
      if (answer.kind !== 'typed' || parseYesNo(answer.text) !== undefined) return 'none';
      const value = read.facetsOf(answer.text)[key];
      if (value === undefined) return 'unread';
      facets[key] = value;
      return 'set';
    },
  };
}

/** Where the resident lives: a text field rather than buttons, since there are over 300 municipalities. */
export const MUNICIPALITY_QUESTION: ClarifyingQuestion = {
  id: 'municipality',
  pending: (need) => need.listed.includes('municipality') && need.facets.municipality === undefined && need.facets.elsewhere === undefined,
  prompt: {
    askKey: 'questions.municipality.ask',
    field: {
      id: 'municipalityName', labelKey: 'questions.municipality.label', placeholderKey: 'questions.municipality.placeholder',
      submitKey: 'questions.municipality.submit',
    },
  },
  apply(answer, facets, read) {
    if (answer.kind === 'option') return 'none';
    const code = read.municipalityOf(answer.text);
    if (!code) return 'unread';
    facets.municipality = code;
    return 'set';
  },
  notFoundKey: 'questions.municipality.notFound',
};

/** The questions Luotsi asks; a situation in the catalogue lists those worth asking about it. */
export const DEFAULT_QUESTIONS: readonly ClarifyingQuestion[] = [
  facetQuestion('forWhom', 'forWhom', ['self', 'close-one', 'child']),
  MUNICIPALITY_QUESTION,
  facetQuestion('channel', 'channel', ['phone', 'chat', 'face-to-face', 'online']),
  facetQuestion('language', 'language', ['fi', 'sv', 'en']),
  facetQuestion('age', 'ageGroup', ['child', 'youth', 'adult', 'senior']),
];

export interface QuestionRegistry {
  /** The most questions one need gets. */
  readonly max: number;
  readonly all: readonly ClarifyingQuestion[];
  get(id: string): ClarifyingQuestion | undefined;
  /** The next question to ask: pending and not asked yet, in the order the situations list them, none past the cap. */
  next(need: NeedView, asked: readonly string[]): ClarifyingQuestion | undefined;
}

/** Questions are asked in the order the situations list them; those no situation lists follow in registry order. */
export function createQuestionRegistry(questions: readonly ClarifyingQuestion[], options: { max?: number } = {}): QuestionRegistry {
  const max = options.max ?? MAX_QUESTIONS;
  const byId = new Map(questions.map((q) => [q.id, q]));
  if (byId.size !== questions.length) throw new Error('two clarifying questions share an id');
  return {
    max,
    all: questions,
    get: (id) => byId.get(id),
    next(need, asked) {
      if (asked.length >= max) return undefined;
      const place = (q: ClarifyingQuestion) => {
        const i = need.listed.indexOf(q.id);
        return i < 0 ? need.listed.length + questions.indexOf(q) : i;
      };
      return questions
        .filter((q) => !asked.includes(q.id) && q.pending(need))
        .sort((a, b) => place(a) - place(b))[0];
    },
  };
}

export const QUESTIONS: QuestionRegistry = createQuestionRegistry(DEFAULT_QUESTIONS);

/** The questions the chosen situations list in the catalogue, each once, in the situations' order. */
export function listedQuestions(catalogue: Catalogue, situationIds: readonly SituationId[]): string[] {
  const out: string[] = [];
  for (const id of situationIds) {
    for (const q of catalogue.situations.get(id)?.questions ?? []) if (!out.includes(q)) out.push(q);
  }
  return out;
}

/**
 * What a reply answers to `question`: undefined for a skip, for a tap on another card (an older question's must not
 * answer this one) and for an option the question does not offer (forged button data never becomes a filter).
 */
export function readAnswer(question: ClarifyingQuestion, reply: Reply): QuestionAnswer | undefined {
  const command = reply.command;
  if (!command) return reply.text ? { kind: 'typed', text: reply.text } : undefined;
  if (command.action !== 'answer' || command.q !== question.id) return undefined;
  const { value } = command;
  if (value === 'any') return undefined;
  const field = question.prompt.field;
  if (field) {
    const written = command[field.id];
    const text = typeof written === 'string' ? written : reply.text;
    return text.trim() ? { kind: 'field', text } : undefined;
  }
  if (value === undefined || !question.prompt.options?.some((o) => o.value === value)) return undefined;
  return { kind: 'option', value };
}
