// The Adaptive Card 1.5 building blocks every card builder shares: the envelope with its readable text, text, buttons, and markdown that Teams and Web Chat both show as meant.
import { type Activity, type Attachment, CardFactory } from 'botbuilder';
import type { ButtonDataInput } from './actions.js';

export type Element = Record<string, unknown>;
export type CardAction = Record<string, unknown>;

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** Teams cuts a button title after about 40 characters (less on a phone); every title is kept within this. */
export const MAX_BUTTON_TITLE = 40;
/** A card's readable text stays a few sentences, not a transcript: a screen reader reads it whole. */
const MAX_READABLE = 1500;
const MAX_SUMMARY = 160;

/**
 * What a card says to someone who does not see it: a screen reader (`speak`), a client that cannot draw the card
 * (`fallbackText`) and a notification (`summary`). Plain sentences in the resident's language, most important first.
 */
export interface Readable {
  /** One short line: the card's title or question. */
  summary: string;
  /** The content after it: why, how to reach, the choices offered. */
  lines?: readonly (string | undefined | false)[];
}

/** One line of readable text: no line breaks inside, no markdown link syntax, no control characters. */
function plainLine(value: string): string {
  return value
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function cap(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

function readableText(readable: Readable): { summary: string; text: string } {
  const summary = cap(plainLine(readable.summary), MAX_SUMMARY);
  const lines = (readable.lines ?? []).filter((l): l is string => typeof l === 'string').map(plainLine).filter(Boolean);
  return { summary, text: cap([summary, ...lines].join('\n'), MAX_READABLE) };
}

/** The card envelope: version 1.5, the body and actions, and `fallbackText` and `speak` from `readable`. */
export function card(body: Element[], actions: CardAction[], readable: Readable): Attachment {
  const { text: spoken } = readableText(readable);
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    // Paragraphs, so a client that shows the fallback as markdown keeps the lines apart.
    fallbackText: spoken.split('\n').join('\n\n'),
    speak: spoken,
    body,
    ...(actions.length ? { actions } : {}),
  });
}

function adaptiveContents(activity: Partial<Activity>): Record<string, unknown>[] {
  return (activity.attachments ?? [])
    .filter((a) => a.contentType === ADAPTIVE_CARD && a.content && typeof a.content === 'object')
    .map((a) => a.content as Record<string, unknown>);
}

/**
 * Gives a card-bearing activity what a screen reader and a notification read: `speak` (the activity's text, then every
 * card's `speak`) and `summary` (the first card's first line). Fields already set are kept. Returns the same activity.
 */
export function withReadableText(activity: Partial<Activity>): Partial<Activity> {
  const cards = adaptiveContents(activity);
  if (cards.length === 0) return activity;
  const spoken = cards.map((c) => (typeof c.speak === 'string' ? c.speak : '')).filter(Boolean);
  if (!activity.speak) {
    const parts = [typeof activity.text === 'string' ? plainLine(activity.text) : '', ...spoken].filter(Boolean);
    if (parts.length) activity.speak = parts.join('\n');
  }
  if (!activity.summary) {
    const first = typeof activity.text === 'string' && activity.text.trim() ? plainLine(activity.text) : spoken[0]?.split('\n')[0];
    if (first) activity.summary = cap(first, MAX_SUMMARY);
  }
  return activity;
}

/** A message with one card and its readable text, as every card reply is sent. */
export function cardMessage(attachment: Attachment): Partial<Activity> {
  return withReadableText({ type: 'message', attachments: [attachment] });
}

// Characters that start markup in Web Chat's markdown or in Teams' subset, each with a look-alike that means nothing there.
// Teams shows a backslash escape such as "\(" literally, so nothing is escaped: markup characters are replaced.
const MARKUP: Record<string, string> = {
  '*': '∗', _: '＿', '[': '［', ']': '］', '`': 'ˋ', '\\': '⧵', '<': '‹', '>': '›', '~': '∼', '#': '＃',
};
const MARKUP_CHARS = /[*_[\]`\\<>~#]/g;

/**
 * Text from the catalogue or from a person, safe to put into a TextBlock: no markdown links, emphasis, headings, code,
 * quotes or HTML, and no backslashes for Teams to show. One paragraph: line breaks inside become spaces.
 */
export function safeText(value: string): string {
  return value.replace(MARKUP_CHARS, (c) => MARKUP[c] ?? c).replace(/\p{Cc}+/gu, ' ').replace(/ {2,}/g, ' ').trim();
}

/** A markdown link with a safe label; the target keeps only characters that cannot end the link early. */
export function link(label: string, url: string): string {
  const target = url.replace(/[\s()<>[\]]/g, (c) => encodeURIComponent(c));
  return `[${safeText(label)}](${target})`;
}

/** Lines of one TextBlock: Teams joins lines split by a single "\n", so paragraphs are used. */
export const lines = (values: readonly string[]): string => values.filter(Boolean).join('\n\n');

/** A title that fits a button: cut at a word with an ellipsis when longer than {@link MAX_BUTTON_TITLE}. */
export function fit(title: string): string {
  return cap(title.replace(/\s+/g, ' ').trim(), MAX_BUTTON_TITLE);
}

export const text = (value: string, extra: Element = {}): Element => ({ type: 'TextBlock', text: value, wrap: true, ...extra });
export const heading = (value: string, size = 'Medium'): Element => text(value, { size, weight: 'Bolder', style: 'heading' });
/** A button; its data is one of ui/actions.ts's union, the same schema that reads the tap back. */
export const submit = (title: string, data: ButtonDataInput, extra: CardAction = {}): CardAction =>
  ({ type: 'Action.Submit', title: fit(title), data, ...extra });
export const openUrl = (title: string, url: string): CardAction => ({ type: 'Action.OpenUrl', title: fit(title), url });
/** Shows and hides elements of the same card (the details of a result); a disclosure, so clients mark it expanded or not. */
export const toggle = (title: string, targets: readonly string[]): CardAction =>
  ({ type: 'Action.ToggleVisibility', title: fit(title), targetElements: [...targets] });
/** A row of buttons inside the body. */
export const actionSet = (actions: CardAction[], extra: Element = {}): Element => ({ type: 'ActionSet', actions, ...extra });
