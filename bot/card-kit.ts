// The Adaptive Card 1.5 building blocks every card builder shares: the card envelope, text, headings, buttons.
import { CardFactory, type Attachment } from 'botbuilder';

export type Element = Record<string, unknown>;
export type CardAction = Record<string, unknown>;

export function card(body: Element[], actions: CardAction[] = []): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
  });
}

export const text = (value: string, extra: Element = {}): Element => ({ type: 'TextBlock', text: value, wrap: true, ...extra });
export const heading = (value: string, size = 'Medium'): Element => text(value, { size, weight: 'Bolder', style: 'heading' });
export const submit = (title: string, data: Record<string, unknown>, extra: CardAction = {}): CardAction =>
  ({ type: 'Action.Submit', title, data, ...extra });
export const openUrl = (title: string, url: string): CardAction => ({ type: 'Action.OpenUrl', title, url });
