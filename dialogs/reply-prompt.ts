// A prompt that accepts either a typed message or a tapped card button, since Action.Submit sends `value` and no text.
import type { Activity, TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult, type PromptValidator } from 'botbuilder-dialogs';
import { z } from 'zod';
import { parseCommand } from './commands.js';
import { CommandDataSchema } from './ui/actions.js';

/** What the resident answered a prompt with; steps read it through this schema (dialogs/dialog-state.ts). */
export const ReplySchema = z.object({
  /** The typed text, trimmed and capped; empty when a button was tapped. */
  text: z.string(),
  command: CommandDataSchema.optional(),
});
export type Reply = z.infer<typeof ReplySchema>;

/** Long pastes are cut here: nothing downstream needs more, and the matcher caps its own input too. */
export const MAX_TEXT = 2000;

export function readReply(context: TurnContext): Reply {
  const raw = typeof context.activity.text === 'string' ? context.activity.text : '';
  const command = parseCommand(raw, context.activity.value);
  return { text: raw.trim().slice(0, MAX_TEXT), ...(command ? { command } : {}) };
}

/**
 * Builds the prompt when it is shown, from a small JSON description kept in dialog state (`options.validations`),
 * so a reprompt after a language switch or a crisis reply comes in the language of that moment.
 */
export type PromptRenderer = (context: TurnContext, spec: unknown) => Partial<Activity> | undefined;

export class ReplyPrompt extends Prompt<Reply> {
  constructor(dialogId: string, private readonly render?: PromptRenderer, validator?: PromptValidator<Reply>) {
    super(dialogId, validator);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const rendered = this.render && options.validations !== undefined ? this.render(context, options.validations) : undefined;
    const prompt = rendered ?? (isRetry && options.retryPrompt ? options.retryPrompt : options.prompt);
    if (prompt) await context.sendActivity(prompt);
  }

  protected async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<Reply>> {
    const reply = readReply(context);
    // Anything at all is an answer: the steps decide what it means, so no message is ever bounced back.
    return reply.text || reply.command ? { succeeded: true, value: reply } : { succeeded: false };
  }
}
