import type { Mention } from '../matcher';
import type { TermIndex } from '../terminology/term-index';
import type { Entry, EntryKind } from '../terminology/types';
import type { Audience } from '../types';
import { codeLinks } from './code-links';
import { sourcesByWeight, verdictSummaries } from './entry-evidence';

/** Sources shown in full in a hover: the main one; the rest are counted (Open Terminology Entry lists them). */
const MAX_SOURCES = 1;

const KIND_LABELS: Record<EntryKind, string> = {
  disease: 'disease',
  variant: 'variant',
  antibody: 'antibody',
  test: 'test',
  treatment: 'treatment',
  symptom: 'symptom',
  anatomy: 'anatomy',
  concept: 'concept',
};

export interface EntryMarkdownOptions {
  audience: Audience;
  /** The mention being hovered; a misspelling, outdated name or abbreviation gets a line about it. */
  mention?: Pick<Mention, 'form' | 'surface' | 'text'>;
  /** Leave out codes and sources (completion documentation). */
  brief?: boolean;
  /** List every source, not only the first three (the entry page). */
  allSources?: boolean;
}

/** Escapes Markdown syntax in data text so a term or title renders as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/** The kind of an entry in words ("disease", "antibody"). */
export function kindLabel(kind: EntryKind): string {
  return KIND_LABELS[kind];
}

/**
 * Hover content for one entry as Markdown: the preferred term, the definitions (plain first for
 * patients, clinical first for professionals), the site line, names, codes as links, sources and
 * the review date. Pure; every data string is escaped.
 */
export function entryMarkdown(entry: Entry, terms: TermIndex, options: EntryMarkdownOptions): string {
  const e = escapeMarkdown;
  // Preferred terms are stored as written mid-sentence ("multiple sclerosis"); a heading starts with a capital.
  const parts: string[] = [`**${e(capitalize(entry.preferred))}** · ${kindLabel(entry.kind)}`];
  const about = mentionLine(entry, options.mention);
  if (about) parts.push(about);
  if (entry.siteNote) parts.push(`**Site:** ${e(entry.siteNote)}`);
  const plain = `${e(entry.definition.patient)}`;
  const clinical = `*Clinical:* ${e(entry.definition.clinical)}`;
  const plainLabelled = `*Plain language:* ${e(entry.definition.patient)}`;
  parts.push(...(options.audience === 'professional' ? [clinical, plainLabelled] : [plain, clinical]));

  const names: string[] = [];
  const abbreviations = (entry.abbreviations ?? []).map((a) => {
    const other = a.otherMeanings?.length ? ` (also used for ${a.otherMeanings.map(e).join(', ')})` : '';
    return `${e(a.abbr)}${other}`;
  });
  if (abbreviations.length) names.push(`**Abbreviation:** ${abbreviations.join(', ')}.`);
  if (entry.synonyms?.length) names.push(`**Also called:** ${entry.synonyms.map(e).join(', ')}.`);
  if (entry.lay?.length) names.push(`**In everyday words:** ${entry.lay.map(e).join(', ')}.`);
  if (entry.plain && options.audience !== 'professional') names.push(`**Plain alternative:** ${e(entry.plain)}.`);
  const parent = terms.parentOf(entry);
  if (parent) names.push(`**A form of:** ${e(parent.preferred)}.`);
  if (names.length) parts.push(names.join(' '));
  if (options.brief) return parts.join('\n\n');

  const verdicts = verdictSummaries(entry, terms, options.allSources);
  if (verdicts.length) parts.push(`**Treatments:** ${verdicts.map(e).join('; ')}.`);

  const codes = codeLinks(entry.codes).map((c) => (c.url ? `[${e(c.label)}](${c.url})` : e(c.label)));
  if (codes.length) parts.push(`**Codes:** ${codes.join(' · ')}`);
  // A hover must stay readable: the strongest source in full, the rest counted.
  const ranked = sourcesByWeight(entry);
  const sources = ranked.slice(0, options.allSources ? undefined : MAX_SOURCES).map((s) => `- ${s.url ? `[${e(s.title)}](${s.url})` : e(s.title)}`);
  const more = ranked.length - sources.length;
  if (more > 0) sources.push(`- and ${more} more (Open Terminology Entry lists them all)`);
  if (sources.length) parts.push(`**${options.allSources ? 'Sources' : 'Main source'}:**\n\n${sources.join('\n')}`);
  parts.push(`Reviewed ${e(entry.reviewed)}.`);
  return parts.join('\n\n');
}

function mentionLine(entry: Entry, mention: EntryMarkdownOptions['mention']): string | undefined {
  if (!mention) return undefined;
  const e = escapeMarkdown;
  const preferred = e(entry.preferred);
  switch (mention.form) {
    case 'misspelling':
      return `"${e(mention.text)}" looks like a misspelling: write **${preferred}**.`;
    case 'outdated': {
      const note = entry.outdated?.find((o) => o.term === mention.surface)?.note;
      return `"${e(mention.text)}" is an outdated name: write **${preferred}**.${note ? ` ${e(note)}` : ''}`;
    }
    case 'abbreviation':
      return `${e(mention.surface)} stands for ${preferred}.`;
    default:
      return undefined;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
