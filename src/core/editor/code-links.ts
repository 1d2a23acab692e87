import type { Codes } from '../terminology/types';

/** One code of an entry with the public page that explains it. */
export interface CodeLink {
  system: string;
  code: string;
  /** What the reader sees: "MeSH D020275", "MONDO:0016218", "ICD-11 foundation 1196874419". */
  label: string;
  url: string;
}

/**
 * Public browser pages per code system. ICD-11 codes are given as WHO foundation URIs, which
 * are links already; an ICD-11 value that is not a URI gets no link rather than a guessed one.
 */
const SYSTEMS: ReadonlyArray<{ key: keyof Codes; system: string; url: (code: string) => string | undefined }> = [
  // CDC's browser tool has no documented per-code address, so the link opens the tool itself.
  { key: 'icd10cm', system: 'ICD-10-CM', url: () => 'https://icd10cmtool.cdc.gov/' },
  { key: 'icd11', system: 'ICD-11', url: (c) => (/^https?:\/\/id\.who\.int\//.test(c) ? c.replace(/^http:/, 'https:') : undefined) },
  { key: 'mesh', system: 'MeSH', url: (c) => `https://meshb.nlm.nih.gov/record/ui?ui=${encodeURIComponent(c)}` },
  { key: 'mondo', system: 'MONDO', url: (c) => `https://purl.obolibrary.org/obo/${c.replace(':', '_')}` },
  { key: 'orpha', system: 'ORPHA', url: (c) => `https://www.orpha.net/en/disease/detail/${encodeURIComponent(c.replace(/^ORPHA:/i, ''))}` },
];

/** The entry's codes in a fixed order (ICD-10-CM, ICD-11, MeSH, MONDO, ORPHA); codes without a page have url ''. */
export function codeLinks(codes: Codes | undefined): CodeLink[] {
  const out: CodeLink[] = [];
  for (const { key, system, url } of SYSTEMS) {
    const code = codes?.[key];
    if (code) out.push({ system, code, label: label(system, code), url: url(code) ?? '' });
  }
  return out;
}

function label(system: string, code: string): string {
  const entity = /^https?:\/\/id\.who\.int\/icd\/entity\/(\d+)$/.exec(code);
  if (entity) return `${system} foundation ${entity[1]}`;
  return code.toUpperCase().startsWith(`${system.toUpperCase()}:`) ? code : `${system} ${code}`;
}
