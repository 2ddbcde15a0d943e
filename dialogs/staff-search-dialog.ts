// Staff search for service-guidance workers: one message of keywords and filters → a compact list, details, and a summary handed to the client.
import { ActivityTypes, MessageFactory, type TurnContext } from 'botbuilder';
import {
  ComponentDialog, Dialog, type DialogContext, type DialogInstance, type DialogReason, type DialogTurnResult,
} from 'botbuilder-dialogs';
import QRCode from 'qrcode';
import type { DialogDeps } from './ports.js';
import { languageName, resultCard } from './ui/cards.js';
import { parseCommand } from './commands.js';
import { session, type Session } from './session.js';
import {
  CLIENT_LANGS, clientLanguageCard, clientSummaryCard, staffPathsCard, staffResultsCard, staffWelcomeCard,
  type AddChip, type FilterChip, type PathOffer,
} from './ui/staff-cards.js';
import { FILTER_KEYS, type FilterKey, readButton, STAFF_ACTION, type StaffSearchButton } from './ui/actions.js';
import { newSummaryCode, SUMMARY_TTL_SECONDS } from './summary-code.js';
import type { Catalogue, Facets, Matcher, RankedActivity } from '../knowledge/contracts.js';
import { passes } from '../knowledge/facets.js';
import type { Activity } from '../knowledge/schema.js';
import { fold } from '../knowledge/text.js';
import { CHANNELS, LANGS, SITUATION_IDS, TYPE_IDS, type Channel, type Lang, type SituationId, type TypeId } from '../knowledge/vocabulary.js';
import { z } from 'zod';
import { checked, instanceState } from './dialog-state.js';
import { PersonaJourneyDialog, type PersonaJourneyOptions } from './persona-journey-dialog.js';
import { formatDate } from './summary.js';
import { PERSONA_JOURNEY_DIALOG, STAFF_SEARCH_DIALOG } from './dialog-ids.js';

export { STAFF_SEARCH_DIALOG };
const LOOP = 'staffSearch.loop';
export const MAX_ROWS = 8;
/** Channels offered as add-filter buttons; home visits are rare enough to type. */
const ADD_CHANNELS: readonly Channel[] = ['phone', 'chat', 'face-to-face'];

export type StaffFilters = Pick<Facets, FilterKey>;

const StaffSearchOptionsSchema = z.object({ text: z.string().optional() });
export type StaffSearchOptions = z.infer<typeof StaffSearchOptionsSchema>;

/** The loop's instance state, checked each turn (it may come from storage): the same object, written in place. */
const StaffStateSchema = z.object({
  text: z.string(),
  filters: z.object({
    municipality: z.string().optional(), channel: z.enum(CHANNELS).optional(), language: z.string().optional(),
    free: z.boolean().optional(), anonymous: z.boolean().optional(),
  }) satisfies z.ZodType<StaffFilters>,
  situationIds: z.array(z.enum(SITUATION_IDS)),
  resultIds: z.array(z.string()),
  preferTypeIds: z.array(z.enum(TYPE_IDS)).optional(),
  excludeIds: z.array(z.string()).optional(),
  likeId: z.string().optional(),
});
type StaffState = z.infer<typeof StaffStateSchema>;

/**
 * Language names in Finnish, Swedish and English ("arabia", "arabiska", "Arabic", "arabiaksi") → ISO code,
 * for the languages the catalogue serves in: staff type a bare language name where a resident would write "arabiaksi".
 */
export function languageNameIndex(catalogue: Catalogue): Map<string, string> {
  const codes = new Set<string>(LANGS);
  for (const a of catalogue.activities) for (const l of a.languages) codes.add(l);
  const index = new Map<string, string>();
  for (const code of codes) {
    for (const ui of LANGS) {
      const name = languageName(code, ui);
      if (name === code) continue;
      const folded = fold(name);
      index.set(folded, code);
      if (ui === 'fi') index.set(`${folded}ksi`, code);
    }
  }
  return index;
}

const MAX_FILTER_WORDS = 125;

/** The filters a staff member's message sets: the matcher's facets, plus bare municipality and language names. */
export function readStaffFilters(text: string, catalogue: Catalogue, matcher: Matcher, languages: Map<string, string>, lang: Lang): { filters: StaffFilters; situationIds: SituationId[] } {
  const match = matcher.match({ text, previousLang: lang, limit: 1 });
  const filters: StaffFilters = {};
  for (const key of FILTER_KEYS) if (match.facets[key] !== undefined) (filters as Record<string, unknown>)[key] = match.facets[key];
  // At most the words 500 characters hold (a typed search is cut there): a pasted page as a place name costs no more.
  for (const token of text.split(/[\s,;.]+/).filter((w) => w.length >= 3).slice(0, MAX_FILTER_WORDS)) {
    if (filters.municipality && filters.language) break;
    if (!filters.municipality) {
      const m = catalogue.findMunicipality(token);
      if (m) filters.municipality = m.code;
    }
    if (!filters.language) {
      const code = languages.get(fold(token));
      if (code) filters.language = code;
    }
  }
  return { filters, situationIds: match.situations.map((s) => s.id) };
}

/** Every filter strictly: a worker who asks for Swedish by phone in Vantaa must not be shown anything else. */
export function searchStaff(
  catalogue: Catalogue, matcher: Matcher, query: { text: string; filters: StaffFilters; preferTypeIds?: TypeId[]; excludeIds?: string[] }, lang: Lang,
): Activity[] {
  const facets: Facets = {
    municipality: undefined, channel: undefined, language: undefined, free: undefined, anonymous: undefined,
    ageGroup: undefined, age: undefined, forWhom: undefined, ...query.filters,
  };
  const match = matcher.match({
    text: query.text, previousLang: lang, facets, limit: 60,
    ...(query.preferTypeIds?.length ? { preferTypeIds: query.preferTypeIds } : {}),
    ...(query.excludeIds?.length ? { excludeIds: query.excludeIds } : {}),
  });
  const active = FILTER_KEYS.filter((k) => query.filters[k] !== undefined && query.filters[k] !== false);
  const strict = (a: Activity) => active.every((k) => passes(a, facets, catalogue, k));
  let list = match.understood ? match.results.map((r) => r.activity).filter(strict) : [];
  if (list.length === 0 && !match.understood && active.length > 0) {
    // Filters alone ("Vantaa puhelin") browse the catalogue: local activities first, national ones last.
    const rank = (a: Activity) => (a.area.scope === 'municipality' ? 0 : a.area.scope === 'region' ? 1 : 2);
    list = catalogue.activities.filter(strict).filter((a) => !query.excludeIds?.includes(a.id)).sort((a, b) => rank(a) - rank(b));
  }
  return list.slice(0, MAX_ROWS);
}

/** A tap on one of staff search's own buttons; undefined for anything else (a forged value included). */
function readStaffButton(context: TurnContext): StaffSearchButton | undefined {
  const button = readButton(context.activity.value);
  return button?.action === STAFF_ACTION ? button : undefined;
}

class StaffLoop extends Dialog<StaffSearchOptions> {
  private readonly languages: Map<string, string>;

  constructor(private readonly deps: DialogDeps) {
    super(LOOP);
    this.languages = languageNameIndex(deps.catalogue);
  }

  override async beginDialog(dc: DialogContext, raw?: StaffSearchOptions): Promise<DialogTurnResult> {
    const s = session(dc.context);
    const options = checked(StaffSearchOptionsSchema, raw ?? {}, 'staff search options');
    // The instance's own state object, so what search() writes is what the next turn reads.
    Object.assign(dc.activeDialog!.state, { text: '', filters: {}, situationIds: [], resultIds: [] } satisfies StaffState);
    const state = instanceState(dc.activeDialog, StaffStateSchema);
    const text = options.text?.trim();
    if (text) await this.search(dc.context, s, state, text);
    else await dc.context.sendActivity(MessageFactory.attachment(staffWelcomeCard(s.t, this.paths(s))));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const s = session(dc.context);
    const state = instanceState(dc.activeDialog, StaffStateSchema);
    const button = readStaffButton(dc.context);
    switch (button?.op) {
      case 'remove':
        delete state.filters[button.key];
        return this.refresh(dc.context, s, state);
      case 'add':
        this.addFilter(state, button);
        return this.refresh(dc.context, s, state);
      case 'setMunicipality': {
        const name = button.municipalityName ?? '';
        const found = name.trim() ? s.catalogue.findMunicipality(name.trim())
          ?? readStaffFilters(name, s.catalogue, s.matcher, this.languages, s.lang).filters.municipality : undefined;
        const code = typeof found === 'string' ? found : found?.code;
        if (!code) {
          await dc.context.sendActivity(s.t('staff:filters.municipalityNotFound'));
          return Dialog.EndOfTurn;
        }
        state.filters.municipality = code;
        return this.refresh(dc.context, s, state);
      }
      case 'details': {
        const activity = s.catalogue.activityById.get(button.id);
        if (activity) await dc.context.sendActivity(MessageFactory.attachment(this.detailCard(s, activity)));
        return Dialog.EndOfTurn;
      }
      case 'clientSummary': {
        const ids = this.summaryIds(s, state);
        if (ids.length === 0) {
          await dc.context.sendActivity(s.t('staff:summary.empty'));
          return Dialog.EndOfTurn;
        }
        await dc.context.sendActivity(MessageFactory.attachment(clientLanguageCard(s.t, ids.length)));
        return Dialog.EndOfTurn;
      }
      case 'clientLang':
        if (CLIENT_LANGS.includes(button.lang)) await this.clientSummary(dc.context, s, state, button.lang);
        return Dialog.EndOfTurn;
      case 'persona':
        if (s.catalogue.personas.has(button.id)) {
          return dc.beginDialog(PERSONA_JOURNEY_DIALOG, {
            personaId: button.id, audience: 'staff', ...(state.filters.municipality ? { municipality: state.filters.municipality } : {}),
          } satisfies PersonaJourneyOptions);
        }
        return Dialog.EndOfTurn;
      case 'paths':
        await dc.context.sendActivity(MessageFactory.attachment(staffPathsCard(s.t, this.paths(s))));
        return Dialog.EndOfTurn;
      case undefined:
        break;
    }
    // "More like this" on a detail card: the same filters, ranked towards that activity's types.
    const command = parseCommand(dc.context.activity.text, dc.context.activity.value);
    if (command?.action === 'more' && command.id) {
      const like = s.catalogue.activityById.get(command.id);
      if (like) {
        state.preferTypeIds = [...like.typeIds];
        state.excludeIds = [like.id];
        state.likeId = like.id;
        return this.refresh(dc.context, s, state);
      }
    }
    const text = typeof dc.context.activity.text === 'string' ? dc.context.activity.text.trim().slice(0, 500) : '';
    if (text && !command) await this.search(dc.context, s, state, text);
    else await this.show(dc.context, s, state);
    return Dialog.EndOfTurn;
  }

  /** Back from a path: the list where the worker left it. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, _result?: unknown): Promise<DialogTurnResult> {
    await this.show(dc.context, session(dc.context), instanceState(dc.activeDialog, StaffStateSchema));
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    await this.show(context, session(context), instanceState(instance, StaffStateSchema));
  }

  private paths(s: Session): PathOffer[] {
    // The expert's own path first: it is the one written for staff.
    return [...s.catalogue.personas.values()]
      .map((p) => ({ id: p.id, name: p.name, expert: p.audience === 'staff' }))
      .sort((a, b) => Number(b.expert) - Number(a.expert));
  }

  private addFilter(state: StaffState, add: Extract<StaffSearchButton, { op: 'add' }>): void {
    switch (add.key) {
      case 'channel': state.filters.channel = add.value; break;
      case 'language': state.filters.language = add.value; break;
      case 'free': state.filters.free = add.value; break;
      case 'anonymous': state.filters.anonymous = add.value; break;
    }
  }

  private async search(context: TurnContext, s: Session, state: StaffState, text: string): Promise<void> {
    const read = readStaffFilters(text, s.catalogue, s.matcher, this.languages, s.lang);
    state.text = text;
    state.filters = read.filters;
    state.situationIds = read.situationIds;
    state.preferTypeIds = undefined;
    state.excludeIds = undefined;
    state.likeId = undefined;
    await this.refresh(context, s, state);
  }

  private async refresh(context: TurnContext, s: Session, state: StaffState): Promise<DialogTurnResult> {
    if (!state.text && !state.likeId && FILTER_KEYS.every((k) => state.filters[k] === undefined)) {
      await context.sendActivity(MessageFactory.attachment(staffWelcomeCard(s.t, this.paths(s))));
      return Dialog.EndOfTurn;
    }
    const rows = searchStaff(s.catalogue, s.matcher, state, s.lang);
    state.resultIds = rows.map((a) => a.id);
    await this.show(context, s, state);
    return Dialog.EndOfTurn;
  }

  private async show(context: TurnContext, s: Session, state: StaffState): Promise<void> {
    if (!state.text && !state.likeId && state.resultIds.length === 0) {
      await context.sendActivity(MessageFactory.attachment(staffWelcomeCard(s.t, this.paths(s))));
      return;
    }
    const rows = state.resultIds.map((id) => s.catalogue.activityById.get(id)).filter((a): a is Activity => a !== undefined);
    const like = state.likeId ? s.catalogue.activityById.get(state.likeId) : undefined;
    await context.sendActivity(MessageFactory.attachment(staffResultsCard(s.t, s.lang, s.catalogue, {
      situations: state.situationIds.map((id) => s.catalogue.situations.get(id)?.name[s.lang] ?? id), rows, filters: this.chips(s, state.filters), addable: this.addable(s, state.filters),
      municipalitySet: state.filters.municipality !== undefined, paths: this.paths(s),
      ...(like ? { likeTitle: like.title[s.lang] } : {}),
    })));
  }

  private chips(s: Session, filters: StaffFilters): FilterChip[] {
    const chips: FilterChip[] = [];
    if (filters.municipality) {
      const m = s.catalogue.municipalities.get(filters.municipality);
      chips.push({ key: 'municipality', label: m ? (s.lang === 'sv' && m.sv ? m.sv : m.fi) : filters.municipality });
    }
    if (filters.channel) chips.push({ key: 'channel', label: s.t(`channels.${filters.channel}`) });
    if (filters.language) chips.push({ key: 'language', label: s.t('staff:filters.language', { language: languageName(filters.language, s.lang) }) });
    if (filters.free) chips.push({ key: 'free', label: s.t('staff:filters.free') });
    if (filters.anonymous) chips.push({ key: 'anonymous', label: s.t('staff:filters.anonymous') });
    return chips;
  }

  private addable(s: Session, filters: StaffFilters): AddChip[] {
    const chips: AddChip[] = [];
    if (!filters.channel) for (const c of ADD_CHANNELS) chips.push({ key: 'channel', value: c, label: s.t(`channels.${c}`) });
    if (!filters.language) {
      for (const l of LANGS) chips.push({ key: 'language', value: l, label: s.t('staff:filters.language', { language: languageName(l, s.lang) }) });
    }
    if (!filters.free) chips.push({ key: 'free', value: true, label: s.t('staff:filters.free') });
    if (!filters.anonymous) chips.push({ key: 'anonymous', value: true, label: s.t('staff:filters.anonymous') });
    return chips;
  }

  private detailCard(s: Session, activity: Activity) {
    const result: RankedActivity = { id: activity.id, activity, title: activity.title[s.lang], typeIds: activity.typeIds, score: 1, why: [] };
    const wanted = new Set<string>(s.data.query?.situationIds ?? []);
    const names = activity.situationIds.filter((id) => wanted.has(id)).map((id) => s.catalogue.situations.get(id)?.name[s.lang] ?? id);
    return resultCard(s.t, s.lang, s.catalogue, { result, situationNames: names, saved: s.data.savedIds?.includes(activity.id) ?? false });
  }

  /** Saved activities when the worker picked some ("save to my summary" on a detail card), else the list as shown. */
  private summaryIds(s: Session, state: StaffState): string[] {
    const saved = (s.data.savedIds ?? []).filter((id) => s.catalogue.activityById.has(id));
    return saved.length ? saved : state.resultIds;
  }

  private async clientSummary(context: TurnContext, s: Session, state: StaffState, clientLang: Lang): Promise<void> {
    const ids = this.summaryIds(s, state);
    if (ids.length === 0) {
      await context.sendActivity(s.t('staff:summary.empty'));
      return;
    }
    const code = newSummaryCode();
    const createdAt = s.now();
    await this.deps.summaries.put({ code, lang: clientLang, activityIds: ids, situationIds: state.situationIds, createdAt }, SUMMARY_TTL_SECONDS);
    const url = `${this.deps.publicBaseUrl.replace(/\/+$/, '')}/summary/${code}`;
    const qrDataUrl = await QRCode.toDataURL(url, { margin: 1, width: 240 });
    // The next client starts from an empty selection.
    s.data.savedIds = [];
    const titles = ids.map((id) => s.catalogue.activityById.get(id)?.title[clientLang]).filter((x): x is string => x !== undefined);
    await context.sendActivity(MessageFactory.attachment(clientSummaryCard(s.t, {
      code, url, qrDataUrl, validUntil: formatDate(createdAt + SUMMARY_TTL_SECONDS * 1000, s.lang), clientLang, titles,
    })));
  }
}

/** Staff search: id `staffSearch`, options {@link StaffSearchOptions} (the first message, if any). */
export class StaffSearchDialog extends ComponentDialog<StaffSearchOptions> {
  constructor(deps: DialogDeps) {
    super(STAFF_SEARCH_DIALOG);
    this.addDialog(new StaffLoop(deps));
    this.addDialog(new PersonaJourneyDialog(deps));
    this.initialDialogId = LOOP;
  }
}
