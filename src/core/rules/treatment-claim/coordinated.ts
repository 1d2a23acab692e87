import type { Mention } from '../../matcher';
import type { TermIndex } from '../../terminology/term-index';
import type { Span } from '../../text/sentences';
import { ENDORSE, NEGATE } from './cues';

const JOINER = /,\s+(?:and|so|or)\s+/g;

/**
 * The right part makes its own claim ("IVIG is preferred in MMN"), not just more list items
 * ("and steroids.") or an elliptical pair that borrows the left's verb ("and steroids for GBS").
 */
function ownClaim(text: string, start: number, end: number, mentions: readonly Mention[]): boolean {
  let rest = text.slice(start, end);
  for (const m of [...mentions].reverse()) rest = `${rest.slice(0, m.offset - start)} ${rest.slice(m.endOffset - start)}`;
  return ENDORSE.test(rest) || NEGATE.test(rest);
}

/**
 * Splits a clause at ", and" / ", so" / ", or" when both sides make their own claim: the left part
 * names a treatment and a disease, and the right part names a treatment and has its own claim word
 * ("Steroids are suggested for CIDP, and IVIG is preferred in MMN"). Lists ("GBS, CIDP, and MMN are
 * treated with IVIG, plasma exchange, and steroids") stay one clause. Returns absolute spans.
 */
export function splitCoordinated(text: string, clause: Span, mentions: readonly Mention[], terms: TermIndex): Span[] {
  const isTreatment = (m: Mention): boolean => terms.get(m.termId)?.kind === 'treatment';
  const out: Span[] = [];
  let from = clause.start;
  JOINER.lastIndex = 0;
  const slice = text.slice(clause.start, clause.end);
  for (let m = JOINER.exec(slice); m; m = JOINER.exec(slice)) {
    const at = clause.start + m.index;
    const left = mentions.filter((x) => x.offset >= from && x.endOffset <= at);
    const right = mentions.filter((x) => x.offset >= at && x.endOffset <= clause.end);
    if (left.some(isTreatment) && left.some((x) => !isTreatment(x)) && right.some(isTreatment) && ownClaim(text, at + m[0].length, clause.end, right)) {
      out.push({ start: from, end: at });
      from = at + m[0].length;
    }
  }
  out.push({ start: from, end: clause.end });
  return out;
}
