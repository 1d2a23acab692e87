/**
 * The UTF-8 JSON of an outgoing message. A `publishDiagnostics` of a long document repeats most of
 * the last one's diagnostics as the same objects (`DiagnosticCache`), so each diagnostic's bytes are
 * made once and kept with it: a keystroke encodes the diagnostics it changed, and the message is
 * assembled by copying bytes, not by serializing and encoding half a megabyte of text again. The
 * result is the JSON value `JSON.stringify` gives (with the diagnostics last in `params`).
 * Diagnostics are never changed once published.
 */
const BYTES_OF = new WeakMap<object, Uint8Array>();
const utf8 = new TextEncoder();

interface PublishMessage {
  method: 'textDocument/publishDiagnostics';
  params: { diagnostics: object[] };
}

function isPublish(message: unknown): message is PublishMessage {
  const m = message as Partial<PublishMessage> | null;
  return m?.method === 'textDocument/publishDiagnostics' && Array.isArray(m.params?.diagnostics);
}

export function messageBytes(message: unknown): Uint8Array {
  if (!isPublish(message)) return utf8.encode(JSON.stringify(message));
  const { diagnostics, ...params } = message.params;
  const { params: _, ...envelope } = message;
  // `{...envelope, params: {...params, diagnostics: [...]}}`, with the diagnostics spliced in as bytes.
  const head = JSON.stringify({ ...envelope, params });
  const open = head.slice(0, head.length - 2) + (head.charAt(head.length - 3) === '{' ? '' : ',') + '"diagnostics":[';
  const parts: Uint8Array[] = [utf8.encode(open)];
  diagnostics.forEach((d, i) => {
    let bytes = BYTES_OF.get(d);
    if (bytes === undefined) BYTES_OF.set(d, (bytes = utf8.encode(JSON.stringify(d))));
    if (i > 0) parts.push(COMMA);
    parts.push(bytes);
  });
  parts.push(CLOSE);
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const COMMA = utf8.encode(',');
const CLOSE = utf8.encode(']}}');
