// A minimal Direct Line 3.0 client for tests: the same calls botframework-directlinejs makes, without a browser.
import type { Activity } from 'botbuilder';

export interface DlConversation { conversationId: string; token: string; watermark: number }

export async function json(res: Response): Promise<Record<string, unknown>> {
  return (await res.json()) as Record<string, unknown>;
}

export function dl(base: string) {
  const root = `${base}/v3/directline`;
  const auth = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
  return {
    async generate(locale?: string): Promise<{ conversationId: string; token: string; expires_in: number }> {
      const res = await fetch(`${root}/tokens/generate`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(locale ? { locale } : {}),
      });
      if (res.status !== 200) throw new Error(`generate answered ${res.status}`);
      return (await res.json()) as { conversationId: string; token: string; expires_in: number };
    },
    start: (token: string, body?: unknown) => fetch(`${root}/conversations`, { method: 'POST', headers: auth(token), ...(body ? { body: JSON.stringify(body) } : {}) }),
    post: (token: string, conversationId: string, activity: unknown) =>
      fetch(`${root}/conversations/${conversationId}/activities`, { method: 'POST', headers: auth(token), body: JSON.stringify(activity) }),
    list: (token: string, conversationId: string, watermark?: number | string) =>
      fetch(`${root}/conversations/${conversationId}/activities${watermark === undefined ? '' : `?watermark=${watermark}`}`, { headers: auth(token) }),
    refresh: (token: string) => fetch(`${root}/tokens/refresh`, { method: 'POST', headers: auth(token) }),

    /** Opens a conversation as Web Chat does: generate, then start with the token. */
    async open(locale = 'fi-FI'): Promise<DlConversation> {
      const { token } = await this.generate(locale);
      const res = await this.start(token, { locale });
      if (res.status !== 201) throw new Error(`start answered ${res.status}`);
      const body = (await res.json()) as { conversationId: string; token: string };
      // Skip the greeting so say() sees only the answers to what it said.
      const page = (await (await this.list(body.token, body.conversationId)).json()) as { watermark: string };
      return { conversationId: body.conversationId, token: body.token, watermark: Number(page.watermark) };
    },

    /** Sends a message and returns the bot's activities that follow it (the POST waits for the turn). */
    async say(c: DlConversation, activity: Record<string, unknown>): Promise<{ id: string; echo: Partial<Activity>; replies: Partial<Activity>[] }> {
      const res = await this.post(c.token, c.conversationId, { type: 'message', from: { id: 'ignored' }, ...activity });
      if (res.status !== 200) throw new Error(`post answered ${res.status}: ${await res.text()}`);
      const { id } = (await res.json()) as { id: string };
      const page = (await (await this.list(c.token, c.conversationId, c.watermark)).json()) as { activities: Partial<Activity>[]; watermark: string };
      c.watermark = Number(page.watermark);
      const echo = page.activities.find((a) => a.id === id);
      if (!echo) throw new Error('the echo of the posted activity is missing');
      return { id, echo, replies: page.activities.slice(page.activities.indexOf(echo) + 1).filter((a) => a.from?.role === 'bot') };
    },
  };
}
