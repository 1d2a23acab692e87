/**
 * The terminology data model. `terminology/*.yaml` holds entries in this shape (checked by
 * `terminology/schema.json`); the build compiles them into a `TerminologyIndex` bundled with the code.
 */

export const ENTRY_KINDS = [
  'disease',
  'variant',
  'antibody',
  'test',
  'treatment',
  'symptom',
  'anatomy',
  'concept',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Where in the body a condition acts; claim rules read this, never a list in code. */
export const SITES = [
  'peripheral',
  'central',
  'neuromuscular-junction',
  'autonomic',
  'systemic',
  'metabolic',
  'none',
] as const;
export type Site = (typeof SITES)[number];

export interface Source {
  /** Short key, unique within the entry, that evidence and numbers refer to. */
  id: string;
  title: string;
  url?: string;
  /** How the fact was read (a mirror, an abstract): for reviewers, never shown in hovers or findings. */
  note?: string;
  /**
   * The citation is a clinical practice guideline (or a faithful reproduction of its text). Only such a
   * source can carry a verdict whose evidence level is `guideline`.
   */
  guideline?: boolean;
}

export interface Abbreviation {
  abbr: string;
  /** True when the abbreviation has other common meanings in medicine. */
  ambiguous?: boolean;
  otherMeanings?: string[];
}

export interface OutdatedName {
  term: string;
  /** Why it is outdated (renamed by Chapel Hill 2012...). */
  note?: string;
  /**
   * Patients may still know the condition by this name: for patient readers, the fix at its first use
   * keeps it in brackets ("eosinophilic granulomatosis with polyangiitis (formerly Churg-Strauss syndrome)").
   */
  familiar?: boolean;
}

export const EVIDENCE_STATUSES = [
  'first-line',
  'effective',
  'uncertain',
  'not-effective',
  'may-worsen',
] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/**
 * How strong the evidence behind a verdict is, strongest first. The validator refuses a verdict
 * stronger than its level supports (see `STATUSES_BY_LEVEL` in evidence.ts).
 */
export const EVIDENCE_LEVELS = ['guideline', 'rct', 'observational', 'case-series', 'expert-opinion'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** What the evidence says about one treatment for the entry's disease. */
export interface TreatmentEvidence {
  /** Id of a `treatment` entry. */
  treatment: string;
  status: EvidenceStatus;
  /** The kind of study the verdict rests on. */
  evidence: EvidenceLevel;
  /** The guideline or review, in a few words ("AAN 2003 practice parameter"). */
  guideline: string;
  /** Id of one of the entry's `sources`. */
  source: string;
  note?: string;
  /** `maintenance`: given to keep the condition under control once another treatment has worked, not first. */
  use?: 'maintenance';
  /** No US (FDA) label includes the condition: used off-label there ("FDA-approved for GBS" is wrong). */
  offLabelUS?: { note: string; source: string };
}

/** What the evidence says about giving treatments together ("plasma exchange followed by IVIG adds nothing"). */
export interface CombinationEvidence extends Omit<TreatmentEvidence, 'treatment' | 'note'> {
  /** Ids of `treatment` entries, two or more. */
  treatments: string[];
  /** What the evidence found, in our own words. */
  note: string;
}

/** An accepted numeric range, for the numeric-claim rule. */
export interface KeyNumber {
  /** Stable key: incidence, prevalence, time-to-nadir, minimum-duration, relapse-rate... */
  id: string;
  /** Plain description ("new cases per 100,000 people per year"). */
  label: string;
  min: number;
  max: number;
  unit: 'per-100000-per-year' | 'per-100000' | 'percent' | 'days' | 'weeks' | 'months' | 'years';
  source: string;
  /**
   * A second source, when the two ends of the range come from different sources (`source` states one
   * end, this the other). Id of one of the entry's `sources`.
   */
  alsoSource?: string;
  /**
   * How to read min/max. 'range' (default): the accepted values are min..max. 'at-least': min and up
   * ("at least 8 weeks"; max repeats min). 'at-most': up to max ("up to 39%"; min is 0).
   */
  bound?: NumberBound;
  /**
   * A share that is at least this number (everyone who needs a breathing machine has trouble breathing):
   * `id` names it for numeric-claim's cue words (FLOOR_CUES), `label` says what it is in a finding.
   */
  floorOf?: { id: string; label: string };
}

export const NUMBER_BOUNDS = ['range', 'at-least', 'at-most'] as const;
export type NumberBound = (typeof NUMBER_BOUNDS)[number];

export const NUMBER_UNITS = ['per-100000-per-year', 'per-100000', 'percent', 'days', 'weeks', 'months', 'years'] as const;

export interface Codes {
  icd10cm?: string;
  /** ICD-11 foundation URI or MMS code, only as the reference gives it. */
  icd11?: string;
  mesh?: string;
  mondo?: string;
  orpha?: string;
  /** Human Phenotype Ontology term (symptoms, antibody positivity), "HP:" plus 7 digits. */
  hpo?: string;
}

export const CODE_SYSTEMS = ['icd10cm', 'icd11', 'mesh', 'mondo', 'orpha', 'hpo'] as const;

export interface Relations {
  /** The entry this one is a variant or subtype of. */
  parent?: string;
  /** For a practitioner ("chiropractor"): the treatment they practise, whose approach judges promises made of them. */
  practises?: string;
  treatments?: TreatmentEvidence[];
  /** Verdicts on treatments given together or one after the other. */
  combinations?: CombinationEvidence[];
  /**
   * Treatment ids whose verdict this variant takes from its parent chain. Nothing is inherited
   * silently: a variant's evidence can differ from its parent's (Miller Fisher syndrome and GBS).
   */
  inheritTreatments?: string[];
  /** Entries often confused with this one. */
  contrastWith?: string[];
  related?: string[];
}

export interface Entry {
  id: string;
  preferred: string;
  kind: EntryKind;
  site: Site;
  /** True for diseases that are peripheral neuropathies. */
  peripheralNeuropathy?: boolean;
  /** True when the immune system causes it; false when it is known not to (diabetic neuropathy). */
  immuneMediated?: boolean;
  /** Id of one of the entry's sources that states whether the immune system causes it. */
  immuneSource?: string;
  /** A concept whose name says something about a condition called one ("an autoimmune disease": immune-mediated). */
  implies?: 'immune-mediated' | 'infection' | 'genetic';
  /** One line for the hover where the site matters ("Affects the central nervous system; not a peripheral neuropathy."). */
  siteNote?: string;
  /** Id of one of the entry's sources that states where it acts; shown with site facts in the claims inventory. */
  siteSource?: string;
  synonyms?: string[];
  /**
   * Everyday phrases writers use for the entry in patient text ("nerve pain", "the protective coating").
   * Matched like synonyms, so they get a hover, but never offered as a replacement.
   */
  lay?: string[];
  /**
   * Everyday words that name the entry only inside a list of signs or symptoms ("numbness, tingling and
   * stabbing"): alone they mostly mean something else ("stabbing a steak"). Matched only when a list
   * separator joins them to a symptom the text names in another way; never suggested.
   */
  inLists?: string[];
  /**
   * The plain-language alternative to offer patient readers in place of the term ("tingling or pins and
   * needles" for paresthesia), in our own words; shown in the hover.
   */
  plain?: string;
  abbreviations?: Abbreviation[];
  misspellings?: string[];
  outdated?: OutdatedName[];
  /** For eponyms: the possessive form of the preferred term ("Sjögren's syndrome"). */
  possessive?: string;
  definition: { patient: string; clinical: string };
  codes?: Codes;
  relations?: Relations;
  numbers?: KeyNumber[];
  /** Parts of the body or body functions the condition can affect, each with its source (read by `anatomy-misclassification`). */
  involves?: Involvement[];
  /** Who gets the condition, as far as a source says (read by `numeric-claim` for claims without numbers). */
  population?: Population;
  /** What the condition leaves alone ("sensation" for a purely motor neuropathy), each with its source. */
  spares?: Array<{ part: SparedPart; source: string }>;
  /** Things that can trigger the condition, but rarely: "not caused by vaccines" and "often caused by vaccines" both contradict it. */
  /** `also`: other entries that name the same trigger ("vaccination", the giving of a vaccine). */
  rareTriggers?: Array<{ trigger: string; also?: string[]; note: string; source: string }>;
  /** Tests whose normal or negative result does not rule the condition out (early spinal fluid protein in GBS): "a normal X rules out Y" contradicts it. */
  notRuledOutBy?: Array<{ tests: string[]; note: string; source: string }>;
  infectionSymptoms?: { symptoms: string[]; note: string; source: string };
  /** Acute (days or weeks, then better) or chronic (months or years): "GBS is a chronic condition" contradicts acute. */
  course?: { pace: 'acute' | 'chronic'; note: string; source: string };
  /** What a treatment does and does not do, each with its source: "IVIG removes the antibodies" misdescribes IVIG. */
  actions?: TreatmentActionFact[];
  /** How ill people become varies widely: "it leads to complete paralysis" contradicts it. */
  severityVaries?: { note: string; source: string };
  /** Inherited genes are needed for it or strongly raise its risk: "it is passed on genetically" oversimplifies, it does not contradict. */
  geneticRisk?: { note: string; source: string };
  /** Nerves that regrow after damage (nerve fibres outside the brain and spinal cord): "damaged nerves cannot be repaired" contradicts it. */
  regrows?: { note: string; source: string };
  /** An organ that does not move itself (the lungs): the muscles that do its work, entry ids; a disease of the nerves said to paralyse or attack it names the wrong part. */
  movedBy?: { parts: string[]; note: string; source: string };
  /** The source says most people recover ("most are left paralysed" contradicts it). */
  mostRecover?: { note: string; source: string };
  /** The source says treatment usually cures it (an infection antibiotics clear), so calling it curable is accepted wording. */
  curable?: { note: string; source: string };
  /** The course varies with the kind and cause: "neuropathy is a progressive disease" contradicts it. */
  courseVaries?: { note: string; source: string };
  /**
   * A disease of the central nervous system that authorities still count among the neuromuscular diseases (the motor
   * neurons of the spinal cord and brainstem): calling it "a neuromuscular disease" is accepted wording there.
   */
  neuromuscular?: { note: string; source: string };
  /** Writers often call it by its parent's name (motor neurone disease for ALS in the UK): "the parent, also known as it" is accepted wording. */
  parentNameInUse?: { note: string; source: string };
  /** Its forms damage different parts of the nerve: "it destroys the myelin" leaves forms out. */
  damageVaries?: { note: string; source: string };
  causesVary?: { note: string; source: string };
  infectionTrigger?: { note: string; source: string };
  /** Where weakness starts varies: "it always starts in the feet" contradicts it. */
  onsetVaries?: { note: string; source: string };
  /** What a patient text whose topic is this entry must say (the `must-say` rule). */
  mustSay?: MustSay[];
  /** A treatment outside mainstream care (read by `treatment-claim` for promises of repair or cure). */
  approach?: Approach;
  sources: Source[];
  /** ISO date of the last editorial review. */
  reviewed: string;
  examples?: { flag?: string[]; ok?: string[] };
  /** User terminology may hide a bundled entry. */
  hidden?: boolean;
  /** A general word ("treatment", "movement"): hovered and completed, never taken as a page's topic. */
  general?: boolean;
  /** A concept naming the body's defences as a whole: a remedy said to boost them is read against immune-mediated conditions. */
  immuneDefences?: boolean;
}

/** Body parts and functions a condition can involve; a sentence that denies one of them contradicts the fact. */
export const BODY_PARTS = ['face', 'breathing', 'swallowing', 'eyes', 'speech', 'autonomic', 'arms', 'pain', 'sensation', 'movement'] as const;
export type BodyPart = (typeof BODY_PARTS)[number];

export interface Involvement {
  part: BodyPart;
  source: string;
}

/** Functions a condition leaves alone; a sentence that says it harms one contradicts the fact. */
export const SPARED_PARTS = ['sensation', 'strength'] as const;
export type SparedPart = (typeof SPARED_PARTS)[number];

/** Who gets a condition: which sex more often, the usual age at onset, whether older ages are more at risk. Each fact carries its source. */
export interface Population {
  sex?: { moreCommonIn: 'men' | 'women'; note: string; source: string };
  onset?: { minAge: number; maxAge: number; typicalAge: number; source: string };
  /** The source calls the condition rare: "a common disease" contradicts it. */
  rare?: { note: string; source: string };
  /** The condition is more likely at older ages: "mostly young adults" contradicts it. */
  olderAges?: { note: string; source: string };
}

/** A point a patient text about the entry must make, and the words that show it was made. */
/**
 * Where a treatment stands outside mainstream care: `complementary` (a natural product or a mind
 * and body practice, as NCCIH groups them) or `investigational` (effectiveness not established).
 * No disease entry may rate it effective; `standardFor` names the conditions where it is standard
 * care all the same (vitamin B12 for B12 deficiency).
 */
/** Things a text may say a treatment does; each needs words in the claim reader's action cues. */
export const TREATMENT_ACTIONS = ['removes-antibodies', 'is-donor-plasma'] as const;
export type TreatmentAction = (typeof TREATMENT_ACTIONS)[number];

export interface TreatmentActionFact {
  action: TreatmentAction;
  /** Whether the treatment does it: false makes a text that says so a misdescription. */
  holds: boolean;
  /** What the treatment does instead, in our own words. */
  note: string;
  source: string;
}

export interface Approach {
  /** `unsupported`: the source finds no reliable evidence that it works for any condition (homeopathy). */
  kind: 'complementary' | 'investigational' | 'unsupported';
  source: string;
  standardFor?: string[];
  /**
   * The conditions the source's verdict is about, with their kinds ("investigational for nerve
   * disorders"); left out, it covers every condition outside `standardFor`.
   */
  appliesTo?: string[];
}

export interface MustSay {
  id: string;
  /** What the reader must be told, in our own words. */
  point: string;
  /** Any of these words or phrases in the prose (case aside) shows the point was made. */
  saidWhen: string[];
  /** Id of a citation in sources.yaml. */
  source: string;
}

export interface TerminologyIndex {
  version: 1;
  entries: Entry[];
}

export type SurfaceForm = 'preferred' | 'synonym' | 'lay' | 'abbreviation' | 'misspelling' | 'outdated';
