/**
 * The one finding shape every consumer reads: diagnostics, quick fixes, CLI output and tests.
 * Field names follow vfile messages (`ruleId`, `actual`, `url`, `note`).
 * All offsets are 0-based UTF-16 code units into the whole document text (front matter included);
 * positions are 0-based line and character, also in UTF-16 code units.
 */

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeveritySetting = Severity | 'off';

export const CATEGORIES = [
  'anatomy-misclassification',
  'treatment-claim',
  'absolute-claim',
  'outdated-term',
  'spelling',
  'abbreviation-undefined',
  'abbreviation-consistency',
  'ambiguous-abbreviation',
  'stigmatizing-language',
  'numeric-claim',
  'readability',
  'plain-language',
  'must-say',
  'not-checked',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A text edit that repairs a finding: replace [offset, endOffset) with `newText`. */
export interface Fix {
  offset: number;
  endOffset: number;
  newText: string;
  title: string;
  /** Set on fixes that change form, not meaning (spelling, accents, expansions, current names): "fix all" applies only these. */
  mechanical?: boolean;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  range: Range;
  offset: number;
  endOffset: number;
  /** The document text that was flagged. */
  actual: string;
  /** The terminology entry the finding is about, or null. */
  termId: string | null;
  fixes: Fix[];
  /** Documentation page of the rule. */
  url: string;
  /** Extra evidence for the reader (a source, the accepted range...). */
  note?: string;
  /** The terminology sources the finding rests on (a verdict's, a key number's), for reviewers. */
  sources?: FindingSource[];
}

/** A citation a finding rests on, as the terminology gives it. */
export interface FindingSource {
  title: string;
  url?: string;
}

/** A finding before positions are known: rules report offsets only, the engine adds ranges. */
export type RawFinding = Omit<Finding, 'range' | 'severity' | 'url' | 'category' | 'ruleId'> & {
  severity?: Severity;
};

export type Audience = 'patient' | 'professional';
/** `consistent`: either form is fine, but one document should not mix them. */
export type EponymStyle = 'consistent' | 'nonpossessive' | 'possessive';

/** Settings that change what the engine reports. Every field has a default. */
export interface LintSettings {
  /** Rule id or category -> severity or off. A rule id wins over its category. */
  rules: Record<string, SeveritySetting>;
  audience: Audience;
  eponymStyle: EponymStyle;
  readabilityTarget: number;
  /** Abbreviations that never need an expansion (e.g. "MRI"). Added to the built-in list. */
  knownAbbreviations: string[];
}

export const DEFAULT_SETTINGS: LintSettings = {
  rules: {},
  audience: 'patient',
  eponymStyle: 'consistent',
  readabilityTarget: 8,
  knownAbbreviations: [],
};

export const DOCS_BASE_URL = 'https://github.com/neuroterm/neuroterm/blob/main/docs/rules/';
