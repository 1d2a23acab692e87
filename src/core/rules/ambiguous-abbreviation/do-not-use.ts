/**
 * Rule data for ambiguous-abbreviation: the Joint Commission "Do Not Use" forms that concern drug names
 * (Official "Do Not Use" List, 2017). The list governs medication documentation, so the rule applies it
 * only where a sentence is about a medicine or a dose (NOTES section 6).
 */
export interface DoNotUseForm {
  /** The form as written, case-sensitive. */
  form: string;
  /** What to write instead, first choice first. */
  writeInstead: string[];
  /** The form only ever names a drug, so it needs no medication context. */
  alwaysDrug?: boolean;
}

export const DO_NOT_USE: readonly DoNotUseForm[] = [
  { form: 'MS', writeInstead: ['morphine sulfate', 'magnesium sulfate'] },
  { form: 'MSO4', writeInstead: ['morphine sulfate'], alwaysDrug: true },
  { form: 'MgSO4', writeInstead: ['magnesium sulfate'], alwaysDrug: true },
];

/** A dose ("10 mg", "2 g", "5 mL") or a word that shows a sentence is about a drug, not a disease. */
export const MEDICATION_CONTEXT =
  /\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|g|ml|mL|units?)\b|\b(?:morphine|magnesium|sulfate|sulphate|opioids?|analgesics?|painkillers?|milligrams?)\b/;

/** Words of a sentence, for finding the Do Not Use forms without a regex per form. */
export const TOKEN = /[A-Za-z][A-Za-z0-9]*/g;
