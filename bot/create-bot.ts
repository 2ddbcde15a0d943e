// Wires the bot from its dependencies: state over the given storage, the dialogs, i18n and the crisis guard.
import { ConversationState, type Storage, UserState } from 'botbuilder';
import type { DialogDeps } from '../dialogs/ports.js';
import type { CrisisResult } from '../knowledge/contracts.js';
import { RootDialog } from '../dialogs/root-dialog.js';
import { detectCrisis } from '../knowledge/crisis-guard.js';
import { createI18n, type I18n } from '../dialogs/i18n.js';
import { LuotsiBot } from './luotsi-bot.js';
import { createSafetyReplies } from './safety-replies.js';
import type { HandoverService } from './handover/handover.js';

export interface BotDeps extends DialogDeps {
  storage: Storage;
  /** Defaults to knowledge/crisis-guard.ts; it runs on every message, so it must stay cheap. */
  detectCrisis?: (text: string) => CrisisResult;
  /** Where turn errors go (the adapter's logger); never given message text. */
  onError?: (error: unknown) => void;
  i18n?: I18n;
  /** Handing residents over to staff in Teams (adapters wire its channels); unset, there is no handover. */
  handover?: HandoverService;
}

export function createBot(deps: BotDeps): LuotsiBot {
  const i18n = deps.i18n ?? createI18n();
  return new LuotsiBot({
    deps,
    i18n,
    conversationState: new ConversationState(deps.storage),
    userState: new UserState(deps.storage),
    root: new RootDialog(deps),
    detectCrisis: deps.detectCrisis ?? detectCrisis,
    sharedGuard: deps.detectCrisis === undefined || deps.detectCrisis === detectCrisis,
    safety: createSafetyReplies({ catalogue: deps.catalogue, i18n, detectCrisis: deps.detectCrisis ?? detectCrisis }),
    ...(deps.handover ? { handover: deps.handover } : {}),
    onError: deps.onError ?? ((error) => console.error('luotsi turn failed', error instanceof Error ? error.stack : error)),
  });
}
