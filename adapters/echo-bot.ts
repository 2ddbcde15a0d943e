// A bot that repeats what it hears in the resident's language: the channel without the dialogs, for load and channel tests.
import { ActivityHandler, ActivityTypes } from 'botbuilder';

const LOCALES = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-US' } as const;

export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const prefix = (context.activity.locale ?? '').slice(0, 2).toLowerCase();
      const locale = prefix === 'sv' || prefix === 'en' ? LOCALES[prefix] : LOCALES.fi;
      const heard = context.activity.text ?? (context.activity.value === undefined ? '' : JSON.stringify(context.activity.value));
      await context.sendActivity({ type: ActivityTypes.Message, text: `echo: ${heard}`, locale });
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if ((context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id)) {
        await context.sendActivity({ type: ActivityTypes.Message, text: 'echo: hello', locale: LOCALES.fi });
      }
      await next();
    });
  }
}
