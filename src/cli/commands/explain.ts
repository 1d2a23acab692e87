import ruleDocs from '../../generated/rule-docs.json';
import { CATEGORIES, RULES, ruleById, ruleUrl, type Entry, type Rule, type Source, type TermIndex } from '../../core/index';
import { foldWord } from '../../core/text/normalize';
import { UsageError, type CliIo } from '../io';
import { termIndexFor } from '../terminology-files';

export const USAGE = `neuroterm explain RULE-ID | CATEGORY | TERM
  a rule's documentation, the rules of a category, or a term's entry (id, name, synonym or abbreviation)`;

const DOCS = ruleDocs as Record<string, string>;

/** `neuroterm explain`: exit 0, or 2 when nothing matches the argument. */
export function run(args: string[], io: CliIo): number {
  const query = args.join(' ').trim();
  if (query === '') {
    io.out(`Rules:\n${RULES.map((r) => `  ${r.id.padEnd(28)} ${r.summary}`).join('\n')}\n`);
    return 0;
  }
  const rule = ruleById(query);
  if (rule) {
    io.out(DOCS[rule.id] ?? ruleSummary(rule));
    return 0;
  }
  if ((CATEGORIES as readonly string[]).includes(query)) {
    const rules = RULES.filter((r) => r.category === query);
    io.out(`Category ${query}: ${rules.length === 0 ? 'no rules yet' : rules.map((r) => r.id).join(', ')}\n`);
    return 0;
  }
  const terms = termIndexFor([]);
  const entry = findEntry(query, terms);
  if (!entry) throw new UsageError(`explain: "${query}" is neither a rule id, a category nor a known term`);
  io.out(describeEntry(entry, terms));
  return 0;
}

function ruleSummary(rule: Rule): string {
  return `# ${rule.id}\n\n${rule.summary}\n\nCategory: ${rule.category}. Default severity: ${rule.defaultSeverity}.\nDocs: ${ruleUrl(rule.id)}\n`;
}

/** By id, else by any surface form (the matcher must cover the whole query). */
function findEntry(query: string, terms: TermIndex): Entry | undefined {
  const byId = terms.get(query) ?? terms.get(foldWord(query).replace(/\s+/g, '-'));
  if (byId) return byId;
  const [mention] = terms.matcher.match(query);
  return mention && mention.offset === 0 && mention.endOffset === query.length ? terms.get(mention.termId) : undefined;
}

function describeEntry(entry: Entry, terms: TermIndex): string {
  const lines = [`${entry.preferred} (${entry.id}, ${entry.kind})`, ''];
  const list = (label: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) lines.push(`${label}: ${values.join(', ')}`);
  };
  list('Also called', entry.synonyms);
  list('In everyday words', entry.lay);
  if (entry.plain) lines.push(`Plain alternative: ${entry.plain}`);
  list('Abbreviations', entry.abbreviations?.map((a) => (a.ambiguous ? `${a.abbr} (ambiguous)` : a.abbr)));
  list('Outdated names', entry.outdated?.map((o) => o.term));
  list('Common misspellings', entry.misspellings);
  if (entry.siteNote) lines.push(`Where: ${entry.siteNote}`);
  const parent = terms.parentOf(entry);
  if (parent) lines.push(`A form of: ${parent.preferred}`);
  lines.push('', `For patients: ${oneLine(entry.definition.patient)}`, '', `Clinical: ${oneLine(entry.definition.clinical)}`);
  const codes = Object.entries(entry.codes ?? {}).map(([system, code]) => `${system} ${code}`);
  if (codes.length > 0) lines.push('', `Codes: ${codes.join('; ')}`);
  // A source is a citation, or (in data not yet compiled) only the id of one.
  const sources = entry.sources as ReadonlyArray<Source | string>;
  lines.push('', 'Sources:', ...sources.map((s) => (typeof s === 'string' ? `  - ${s}` : `  - ${s.title}${s.url ? ` <${s.url}>` : ''}`)));
  lines.push('', `Reviewed: ${entry.reviewed}`, '');
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
