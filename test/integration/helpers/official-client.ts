// The official botframework-directlinejs client, run in Node: `ws` as the global WebSocket (so its default mode is the
// WebSocket one, as in a browser) and its HTTP calls made with fetch in place of XMLHttpRequest (which Node lacks).
import type { Activity } from 'botbuilder';
import { ConnectionStatus, DirectLine, type DirectLineOptions } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable.js';
import { WebSocket as NodeWebSocket } from 'ws';

// directlinejs chooses WebSocket mode only when a global WebSocket exists (Node 20 has none; Node 22's is replaced too,
// so every test runs the same client).
(globalThis as { WebSocket?: unknown }).WebSocket = NodeWebSocket;

interface AjaxRequest { url: string; method?: string; body?: unknown; headers?: Record<string, string>; timeout?: number }

/** Every HTTP call the client made: method and path with query, in order. */
export type CallLog = string[];

/** RxJS's ajax (the library's only use of XMLHttpRequest) over fetch: the same request, response and error shapes. */
function fetchAjax(calls: CallLog) {
  return (request: AjaxRequest) => new Observable<unknown>((subscriber) => {
    const controller = new AbortController();
    const timer = request.timeout ? setTimeout(() => controller.abort(), request.timeout) : undefined;
    const method = request.method ?? 'GET';
    const url = new URL(request.url);
    calls.push(`${method} ${url.pathname}${url.search}`);
    const body = request.body === undefined || request.body === null ? undefined
      : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    fetch(request.url, { method, headers: request.headers ?? {}, ...(body === undefined ? {} : { body }), signal: controller.signal })
      .then(async (res) => {
        const text = await res.text();
        let response: unknown;
        try { response = text ? JSON.parse(text) : null; } catch { response = text; }
        const xhr = { getResponseHeader: (name: string) => res.headers.get(name) };
        const result = { status: res.status, response, xhr, request };
        if (res.status >= 200 && res.status < 300) { subscriber.next(result); subscriber.complete(); } else subscriber.error(result);
      }, (err: unknown) => subscriber.error({ status: 0, response: null, xhr: { getResponseHeader: () => null }, request, error: err }))
      .finally(() => clearTimeout(timer));
    return () => { clearTimeout(timer); controller.abort(); };
  });
}

export interface OfficialClient {
  directLine: DirectLine;
  /** Every activity the client has received, in order. */
  received: Partial<Activity>[];
  calls: CallLog;
  statuses: ConnectionStatus[];
  /** Resolves with the received activities once `predicate` holds for them (or rejects after `ms`). */
  until(predicate: (received: Partial<Activity>[]) => boolean, ms?: number): Promise<Partial<Activity>[]>;
  untilStatus(status: ConnectionStatus, ms?: number): Promise<void>;
  /** Posts as Web Chat does (a clientActivityID in channelData) and resolves with the server's id for it. */
  post(activity: Record<string, unknown>): Promise<string>;
  end(): void;
}

export function officialClient(domain: string, options: DirectLineOptions & { random?: () => number }): OfficialClient {
  const calls: CallLog = [];
  const directLine = new DirectLine({ domain, ...options, ...({ ajax: fetchAjax(calls) } as object) });
  const received: Partial<Activity>[] = [];
  const statuses: ConnectionStatus[] = [];
  const waiters = new Set<() => void>();
  const wake = () => { for (const w of [...waiters]) w(); };
  const activities = directLine.activity$.subscribe({ next: (a) => { received.push(a as Partial<Activity>); wake(); }, error: () => undefined });
  const status = directLine.connectionStatus$.subscribe((s) => { statuses.push(s); wake(); });
  const wait = <T>(check: () => T | undefined, ms: number, what: string) => new Promise<T>((resolve, reject) => {
    const done = () => {
      const value = check();
      if (value === undefined) return;
      waiters.delete(done);
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => {
      waiters.delete(done);
      reject(new Error(`${what} within ${ms} ms; received ${JSON.stringify(received.map((a) => [a.type, a.text]))}, statuses ${statuses.join(',')}`));
    }, ms);
    waiters.add(done);
    done();
  });
  let n = 0;
  return {
    directLine, received, calls, statuses,
    until: (predicate, ms = 10_000) => wait(() => (predicate(received) ? [...received] : undefined), ms, 'expected activities not received'),
    untilStatus: (s, ms = 10_000) => wait(() => (statuses.includes(s) ? true : undefined), ms, `status ${ConnectionStatus[s]} not reached`).then(() => undefined),
    post: (activity) => new Promise<string>((resolve, reject) => {
      const clientActivityID = `client-${Date.now()}-${n++}`;
      directLine.postActivity({ type: 'message', from: { id: 'resident-1', name: 'Resident', role: 'user' }, channelData: { clientActivityID }, ...activity } as never)
        .subscribe({ next: (id) => resolve(id), error: (err: unknown) => reject(new Error(`postActivity failed: ${JSON.stringify((err as { status?: number }).status)}`)) });
    }),
    end() {
      activities.unsubscribe();
      status.unsubscribe();
      directLine.end();
    },
  };
}

export { ConnectionStatus };
