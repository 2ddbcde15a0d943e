// Direct Line transcripts kept in memory are mostly Adaptive Card JSON with the same keys and the same catalogue and
// locale texts over and over. Deflate with a preset dictionary of those texts stores a card in a tenth of its size.
// The dictionary is built from the service's own texts only, never from anything a resident typed.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Deflate looks back at most 32 KiB: only the dictionary's last 32 KiB are used, so the most common text goes last. */
const WINDOW = 32 * 1024;
/**
 * What an activity is compressed with: the dictionary's last 8 KiB in an 8 KiB window. Priming and allocating a full
 * 32 KiB window cost most of each activity's deflate; this one costs about 40 % less and stores about 8 % more bytes.
 * Decoding keeps the full window and dictionary: an 8 KiB dictionary is that one's own end, so what was stored with
 * either reads back the same.
 */
const ENCODE_WINDOW_BITS = 13;
/** A stored activity that begins with this character is compressed; JSON never begins with it. */
const COMPRESSED = '\u0000';
/** Shorter activities (a resident's message, a typing note) gain little and would cost a deflate each. */
const MIN_LENGTH = 512;

export interface TranscriptCodec {
  encode(json: string): string;
  decode(stored: string): string;
}

export const plainCodec: TranscriptCodec = { encode: (json) => json, decode: (stored) => stored };

/**
 * `texts` in rising order of how often they recur in activities. Compressed bytes are kept as a one-byte-per-char
 * string: smaller on the V8 heap than a Buffer per activity, and freed like any string.
 */
export function createTranscriptCodec(texts: readonly string[]): TranscriptCodec {
  const all = Buffer.from(texts.join('\n'), 'utf8');
  const dictionary = all.subarray(Math.max(0, all.length - WINDOW));
  const encoding = { dictionary: all.subarray(Math.max(0, all.length - 2 ** ENCODE_WINDOW_BITS)), windowBits: ENCODE_WINDOW_BITS };
  return {
    encode: (json) => (json.length < MIN_LENGTH ? json : COMPRESSED + deflateRawSync(json, encoding).toString('latin1')),
    decode: (stored) => (stored.startsWith(COMPRESSED)
      ? inflateRawSync(Buffer.from(stored.slice(1), 'latin1'), { dictionary }).toString('utf8')
      : stored),
  };
}

/** The keys and shapes every bot activity and Adaptive Card repeats, as JSON.stringify writes them. */
export const ACTIVITY_SKELETON: string = JSON.stringify({
  type: 'message', attachmentLayout: 'list',
  attachments: [{
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5',
      body: [
        { type: 'TextBlock', text: '', wrap: true, size: 'Medium', weight: 'Bolder', style: 'heading' },
        { type: 'TextBlock', text: '', wrap: true, isSubtle: true, size: 'Small' },
        { type: 'FactSet', facts: [{ title: '', value: '' }] },
        { type: 'Input.Toggle', id: 'situation:', title: '', value: 'true', valueOn: 'true', valueOff: 'false' },
        { type: 'Input.ChoiceSet', id: 'add', style: 'compact', isMultiSelect: false, label: '', placeholder: '', choices: [{ title: '', value: '' }] },
        { type: 'ColumnSet', columns: [{ type: 'Column', width: 'stretch', items: [] }] },
        { type: 'Container', items: [], separator: true, spacing: 'Medium' },
      ],
      actions: [
        { type: 'Action.OpenUrl', title: '', url: 'tel:' },
        { type: 'Action.OpenUrl', title: '', url: 'https://' },
        { type: 'Action.Submit', title: '', data: { action: 'confirm' }, style: 'positive' },
        { type: 'Action.Submit', title: '', data: { action: 'startOver' } },
      ],
    },
  }],
  suggestedActions: { to: [], actions: [{ type: 'imBack', title: '', value: '' }] },
  inputHint: 'acceptingInput', channelId: 'directline', locale: 'fi-FI', serviceUrl: 'http://localhost',
  conversation: { id: '', isGroup: false, conversationType: 'personal', name: '' },
  from: { id: 'luotsi', name: 'Luotsi', role: 'bot' }, recipient: { id: 'dl_', name: '', role: 'user' },
  replyToId: '|000000', id: '|000000', timestamp: '2026-01-01T00:00:00.000Z',
  channelData: { clientActivityID: '' },
});
