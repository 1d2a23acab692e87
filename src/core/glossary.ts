import type { Mention } from './matcher';
import type { TermIndex } from './terminology/term-index';
import type { Audience } from './types';

export interface GlossaryOptions {
  /** `patient` (default) uses the plain-language definitions, `professional` the clinical ones. */
  audience?: Audience;
  /** Heading level of the two sections (default 2). */
  headingLevel?: number;
}

/**
 * A Markdown glossary of the entries `mentions` refer to, sorted alphabetically, then a table of
 * the abbreviations the text actually uses. Misspelled and outdated mentions count as uses of the
 * entry, under its preferred name. Ready to paste into a leaflet; never throws.
 */
export function buildGlossary(mentions: readonly Mention[], terms: TermIndex, options: GlossaryOptions = {}): string {
  const hashes = '#'.repeat(Math.min(6, Math.max(1, options.headingLevel ?? 2)));
  const entries = new Map<string, { preferred: string; abbreviations: Set<string>; definition: string }>();
  for (const m of mentions) {
    const entry = terms.get(m.termId);
    if (!entry) continue;
    let item = entries.get(entry.id);
    if (!item) {
      const definition = options.audience === 'professional' ? entry.definition.clinical : entry.definition.patient;
      entries.set(entry.id, (item = { preferred: entry.preferred, abbreviations: new Set(), definition }));
    }
    if (m.form === 'abbreviation') item.abbreviations.add(m.surface);
  }
  if (entries.size === 0) return 'No terms from the NeuroTerm terminology were found.\n';

  const byName = [...entries.values()].sort((a, b) => a.preferred.localeCompare(b.preferred, 'en', { sensitivity: 'base' }));
  const lines = [`${hashes} Glossary`, ''];
  for (const item of byName) {
    const abbr = item.abbreviations.size > 0 ? ` (${[...item.abbreviations].join(', ')})` : '';
    lines.push(`**${capitalize(item.preferred)}**${abbr}: ${oneLine(item.definition)}`, '');
  }
  const abbreviations = byName
    .flatMap((item) => [...item.abbreviations].map((abbr) => ({ abbr, meaning: item.preferred })))
    .sort((a, b) => a.abbr.localeCompare(b.abbr, 'en'));
  if (abbreviations.length > 0) {
    lines.push(`${hashes} Abbreviations`, '', '| Abbreviation | Meaning |', '| --- | --- |');
    for (const { abbr, meaning } of abbreviations) lines.push(`| ${cell(abbr)} | ${cell(meaning)} |`);
    lines.push('');
  }
  return lines.join('\n');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Definitions are folded YAML; a glossary line must not break a paragraph or a table. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}
