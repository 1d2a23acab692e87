/**
 * Abbreviations that readers know better than their expansions, so AMA style lets them stand without
 * one (AMA: "well-known terms"). Kept short on purpose; users add their own with `knownAbbreviations`.
 */
export const KNOWN_ABBREVIATIONS: readonly string[] = [
  'DNA', 'RNA', 'MRI', 'CT', 'HIV', 'AIDS', 'ICU', 'ECG', 'EKG', 'COVID', 'COVID-19', 'IV', 'BMI',
  'US', 'USA', 'UK', 'EU', 'FDA', 'CDC', 'NIH', 'NHS', 'WHO', 'GP', 'ER', 'MD', 'RN', 'TV', 'PDF', 'FAQ', 'OK', 'AM', 'PM', 'ID',
  // Countries and unions known by their letters.
  'UAE', 'USSR',
  // Journal names are cited by their abbreviation.
  'JAMA', 'BMJ', 'NEJM',
  // Everyday names and signals, never spelled out in prose.
  'SOS', 'NASA', 'BBC', 'CNN', 'UN', 'NATO', 'ATM', 'DIY', 'CEO', 'VIP',
];

/** United States postal codes: after a town and a comma ("Omaha, NE") they are an address, not an abbreviation to spell out. */
export const US_STATE_CODES: ReadonlySet<string> = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD',
  'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC',
  'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC',
]);

/**
 * All-capital words that writers use for emphasis, not as abbreviations ("do NOT stop"). Abbreviations
 * that are not in the terminology are only reported when they are not one of these.
 */
export const EMPHASIS_WORDS: ReadonlySet<string> = new Set([
  'NOT', 'NO', 'DO', 'DONT', 'STOP', 'NEVER', 'ALWAYS', 'NOTE', 'WARNING', 'IMPORTANT', 'CALL', 'NOW', 'ONLY', 'YES',
  'ALL', 'ANY', 'MUST', 'AND', 'OR', 'IF', 'BUT', 'THE', 'YOU', 'YOUR', 'WE', 'FREE', 'NEW', 'TIP', 'TIPS', 'ASAP',
  'PS', 'AN', 'A', 'I', 'IS', 'IT', 'IN', 'ON', 'AT', 'TO', 'OF', 'BE', 'SO', 'MY', 'ME', 'UP', 'GO', 'VERY', 'MORE',
  'CAN', 'WILL', 'MAY', 'HAS', 'ARE', 'WAS', 'NOT', 'ONE', 'TWO', 'OUT', 'OFF', 'FOR', 'GET', 'SEE', 'HELP', 'LIKE',
  'BEST', 'REAL', 'TRUE', 'FALSE', 'NULL', 'NONE', 'TAB', 'END', 'EOF', 'TODO', 'FIXME',
  'HOW', 'THIS', 'THAT', 'WHAT', 'WHY', 'WHEN', 'WHERE', 'THEY', 'THEM', 'OUR', 'HERE', 'THERE', 'JUST', 'MUCH',
  'MANY', 'MOST', 'NEED', 'WANT', 'KNOW', 'LOOK', 'EVEN', 'STILL', 'ALSO', 'REALLY', 'EVERY', 'SOME',
]);

/**
 * Capitals that are codes, not abbreviations a reader needs spelled out: error names (ENOENT), hex colours
 * (FF0000) and identifiers with two or more digits (MD001).
 */
export function isCodeLike(word: string): boolean {
  return /\d.*\d/.test(word) || (/^[0-9A-F]{6}$/.test(word) && /\d/.test(word)) || /^E(?:NOENT|ACCES|PERM|EXIST|ISDIR|NOTDIR|MFILE|INVAL|PIPE|AGAIN|CONNREFUSED)$/.test(word);
}
