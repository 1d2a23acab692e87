import type { Mention } from '../../matcher';
import type { Block } from '../rule';

/** Words right before an old name that introduce it for recognition: "formerly called Churg-Strauss syndrome". */
const INTRODUCED_BEFORE =
  /\b(?:(?:formerly|previously|once|originally|historically)(?:\s+(?:called|known as|named|termed|referred to as))?|used to be (?:called|known as)|(?:old|older|earlier|former|historic) name(?:\s+(?:is|was|of \w+ (?:is|was)))?|\b(?:old|older|earlier|former)\b[^.;]{0,40}\b(?:say|said|says|call|called|calls|use|used)(?:\s+(?:it|this|them))?)[\s,:("“]*$/i;
/** Words after an old name that give the new one: "Churg-Strauss syndrome, now called EGPA". */
const RENAMED_AFTER = /^[^.;]{0,40}?\b(?:now (?:also )?(?:called|known as|named|termed|referred to(?: as| by)?)|renamed|which is now)\b/i;
/** Words that offer an old name beside the current one: "CIDP ... The disorder, which is sometimes called chronic relapsing polyneuropathy". */
const ALSO_CALLED_BEFORE = /\b(?:sometimes|also|still|occasionally|often)\s+(?:called|known as|named|termed|referred to as)[\s,:("“]*$/i;
/** Between the current name and an old one in brackets after it: "(", "(GPA/", "(or ", "(also ". */
const BRACKET_AFTER_NAME = /^\s*\(\s*(?:[A-Z]{2,6}\s*[/,;]\s*|(?:or|also|aka)\s+)?$/;
/** An ICD-10-CM style code ("M30.1", "M31.3", "G61.0"): its title may still carry the old name. */
const CODE = /\b[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?\b|\bICD(?:-1[01])?(?:-CM)?\b/;
const OPENERS = '"“‘[(';
const CLOSERS = '"”’])';

/**
 * True when an outdated name is used correctly: introduced as the former name ("formerly called",
 * "previously known as", "now called ..."), offered as another name of a condition the paragraph already
 * named ("CIDP ... which is sometimes called chronic relapsing polyneuropathy"), or cited as the official title of a code (inside quotes or
 * brackets in a sentence that carries an ICD code or calls the quote a title, or in a table row with a code), where the old name
 * is the label itself.
 */
export function isAllowedUse(block: Block, mention: Mention): boolean {
  const unit = block.units.find((u) => u.start <= mention.offset && mention.offset < u.end);
  if (!unit) return false;
  const sentence = block.sentences(unit).find((s) => s.start <= mention.offset && mention.offset < s.end) ?? unit;
  const before = block.masked.slice(sentence.start, mention.offset);
  const after = block.masked.slice(mention.endOffset, sentence.end);
  if (INTRODUCED_BEFORE.test(before) || RENAMED_AFTER.test(after) || afterCurrentName(block, mention)) return true;
  if (ALSO_CALLED_BEFORE.test(before) && namedCurrentlyBefore(block, mention)) return true;
  // A table row that carries a code lists official titles; the code sits in another cell of the line.
  if (unit.kind === 'cell') return CODE.test(lineAround(block.text, mention.offset));
  return isEnclosed(before, after) && (CODE.test(block.masked.slice(sentence.start, sentence.end)) || TITLE_QUOTED.test(before));
}

/** A title named as such before the quote that holds the old name: 'a billing code may show the title "... [Churg-Strauss]"'. */
const TITLE_QUOTED = /\b(?:code|title|heading|label)s?\b[^.;"“]{0,30}["“]/i;

/** The old name in brackets right after the current one: "granulomatosis with polyangiitis (GPA/Wegener's)". */
function afterCurrentName(block: Block, mention: Mention): boolean {
  const index = block.mentions.indexOf(mention);
  let previous = block.mentions[index - 1];
  // "(GPA/Wegener's)": the abbreviation is a mention of the same entry too.
  if (previous?.termId === mention.termId && previous.form === 'abbreviation') previous = block.mentions[index - 2];
  return previous !== undefined && previous.termId === mention.termId && previous.form !== 'outdated' && BRACKET_AFTER_NAME.test(block.masked.slice(previous.endOffset, mention.offset));
}

/** The paragraph already named the condition by a current name, so the old one is offered as another name. */
function namedCurrentlyBefore(block: Block, mention: Mention): boolean {
  return block.mentions.some((m) => m.termId === mention.termId && m.form !== 'outdated' && m.endOffset <= mention.offset);
}

/** The nearest quote or bracket before the mention is still open and closes after it. */
function isEnclosed(before: string, after: string): boolean {
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (CLOSERS.includes(c) && c !== '"') depth++;
    else if (OPENERS.includes(c)) {
      if (depth === 0) return [...after].some((a) => CLOSERS.includes(a));
      depth--;
    }
  }
  return false;
}

function lineAround(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? text.length : end);
}
