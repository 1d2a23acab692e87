/**
 * Language cues for anatomy-misclassification. Which disease sits where comes from the terminology
 * (`site`, `peripheralNeuropathy`); these patterns only say how a sentence places a disease.
 * Predicates are anchored: they must start right after the disease name (and any abbreviation in
 * brackets, coordinated names or an appositive), so a contrast such as "unlike peripheral
 * neuropathy, MS affects the brain" never pairs MS with "peripheral neuropathy".
 */
import type { Site } from '../../terminology/types';
import { REPORTED_BELIEF } from '../claims/reported';

const BE = String.raw`(?:is|are|was|were|remains?|can be|may be|refers? to|describes)\s+`;
const ADV = String.raw`(?:(?:also|both|all|often|sometimes|actually|really|itself|usually|commonly|generally|mainly|primarily|considered|classified as|known as|regarded as|seen as|described as|called|one of the|another)\s+)*`;
const ADJ = String.raw`(?:(?:slowly|rapidly|very|common|rare|serious|chronic|acute|progressive|autoimmune|inflammatory|demyelinating|immune[- ]mediated|major|main|frequent|well[- ]known|known|typical|important|other|leading|kind of|type of|form of)\s+)*`;
const AUX = String.raw`(?:(?:can|may|might|could|will|does|do|often|sometimes|also|commonly|frequently|usually|eventually|directly)\s+)*`;
const NEUROPATHY = String.raw`(?:peripheral\s+)?(?:poly)?neuropath(?:y|ies)\b`;
const PERIPHERAL_NERVES = String.raw`peripheral\s+(?:nerves?|nervous\s+system)\b`;
const CNS = String.raw`(?:the\s+)?(?:brain|spinal\s+cord|central\s+nervous\s+system|CNS)\b(?!['’]s|\s+(?:roots?|nerves?))`;

const re = (source: string): RegExp => new RegExp(`^${source}`, 'i');
/** "is inflammation of", "is damage to": a process placed in a part of the nervous system. */
const PROCESS_OF = String.raw`(?:an?\s+)?${ADJ}(?:inflammation|swelling|damage|injury|infection)\s+(?:of|to|in)\s+`;
/** Damage verbs, alone or paired ("attack and destroy"). */
const HARM = String.raw`(?:damage[sd]?|attack(?:s|ed)?|destroy(?:s|ed)?|injure[sd]?|harm(?:s|ed)?|target(?:s|ed)?|inflame[sd]?)`;
const HARMS = String.raw`${HARM}(?:\s+(?:and|or)\s+${HARM})?`;

/** Presented as a neuropathy, a cause of one, or a disease of the peripheral nerves. */
const AS_NEUROPATHY = [
  re(`${BE}${ADV}(?:a|an|the)?\\s*${ADJ}(?:type|form|kind|sort|subtype|variant|cause|example)s?\\s+of\\s+${ADJ}${NEUROPATHY}`),
  re(`${BE}${ADV}(?:a|an|another)\\s+${ADJ}${NEUROPATHY}`),
  re(`${AUX}(?:cause[sd]?|lead(?:s)? to|led to|result(?:s|ed)? in|trigger(?:s|ed)?|produce[sd]?)\\s+${ADJ}${NEUROPATHY}`),
  re(`(?:${BE})?${ADV}(?:one of|among)\\s+the\\s+${ADJ}(?:causes|types|forms|kinds)\\s+of\\s+${ADJ}${NEUROPATHY}`),
  re(`${BE}${ADV}(?:one of|among)\\s+(?:the\\s+)?${ADJ}(?:peripheral\\s+)?(?:poly)?neuropathies\\b`),
  re(`${AUX}(?:belongs?\\s+to|falls?\\s+under|counts?\\s+as)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:group\\s+of\\s+)?${ADJ}${NEUROPATHY}`),
];

/** Cue lists per site of the subject disease. */
export const SITE_CLAIMS: Partial<Record<Site, readonly RegExp[]>> = {
  central: [
    ...AS_NEUROPATHY,
    re(`${BE}${ADV}(?:a|an)\\s+${ADJ}(?:disease|disorder|condition|illness)\\s+of\\s+the\\s+${PERIPHERAL_NERVES}`),
    re(`${BE}${ADV}(?:a|an|another)\\s+${ADJ}peripheral[- ]nerve\\s+(?:disease|disorder|condition|illness|problem)`),
    re(`${BE}${ADV}${PROCESS_OF}(?:the\\s+|your\\s+)?${PERIPHERAL_NERVES}`),
    re(`${AUX}(?:${HARMS}|affect(?:s|ed)?)\\s+(?:the\\s+|your\\s+)?${PERIPHERAL_NERVES}`),
    re(`${AUX}(?:have|has|cause[sd]?|involve[sd]?)\\s+(?:\\w+\\s+)?peripheral\\s+nerve\\s+(?:involvement|damage)`),
  ],
  // Myasthenia gravis and Lambert-Eaton: "affects the peripheral nervous system" and
  // "neuromuscular disease" are accepted wording (see the rule's docs); only nerve damage is wrong.
  'neuromuscular-junction': [
    ...AS_NEUROPATHY,
    re(`${BE}${ADV}(?:a|an)\\s+${ADJ}(?:disease|disorder|condition|illness)\\s+of\\s+the\\s+(?:peripheral\\s+)?nerves\\b`),
    re(`${AUX}${HARMS}\\s+(?:the\\s+|your\\s+)?(?:peripheral\\s+)?nerves\\b(?!\\s+(?:and|or)\\s+muscles?\\b)`),
    re(`${AUX}(?:cause[sd]?|lead(?:s)? to)\\s+nerve\\s+damage\\b`),
  ],
  peripheral: [
    re(`${BE}${ADV}(?:a|an)\\s+${ADJ}(?:disease|disorder|condition|illness)\\s+of\\s+${CNS}`),
    re(`${BE}${ADV}(?:a|an)\\s+${ADJ}(?:brain|spinal[- ]cord|CNS|central\\s+nervous\\s+system)\\s+(?:disease|disorder|condition|illness)`),
    re(`${BE}${ADV}${PROCESS_OF}${CNS}`),
    re(`${AUX}(?:${HARMS}|affect(?:s|ed)?)\\s+(?:both\\s+)?(?:the\\s+|your\\s+)?${CNS}`),
  ],
};

/** A neuropathy called a disease of the muscles: "MMN is a progressive muscle disorder". */
export const MUSCLE_CLAIM = re(
  `${BE}${ADV}(?:a|an)\\s+${ADJ}(?:(?:muscle|muscular)\\s+(?:disease|disorder|condition|illness)|(?:disease|disorder|condition|illness)\\s+of\\s+(?:the\\s+)?muscles?\\b)`,
);

/**
 * "In LEMS, antibodies attack the nerves": the disease opens the sentence and the immune system is
 * the grammatical subject. After this opener the site's own predicates apply.
 */
export const IN_DISEASE = /^\s*,\s*(?:the\s+)?(?:body['’]s\s+)?(?:own\s+)?(?:immune\s+system|antibodies|immune\s+cells|defen[cs]e\s+system)\s+/i;

/** MS called a neuromuscular disorder: right for myasthenia gravis, wrong for a CNS disease. */
export const NEUROMUSCULAR_CLAIM = re(`${BE}${ADV}(?:a|an)\\s+${ADJ}neuromuscular\\s+(?:disease|disorder|condition|illness)`);

/**
 * "MS is an autoimmune disease that attacks the peripheral nerves": the relative clause carries the
 * claim, so the site's predicates are tried again after it.
 */
export const RESTATED = new RegExp(
  String.raw`^${BE}${ADV}(?:a|an)\s+${ADJ}(?:disease|disorder|condition|illness)\s+(?:that|which|where|in which)\s+(?:(?:the\s+)?(?:body['’]s\s+)?(?:own\s+)?(?:immune\s+system|antibodies)\s+)?`,
  'i',
);

/** "is a type of" before another disease's name; the rule compares the two diseases' sites. */
export const TYPE_OF = re(`${BE}${ADV}(?:a|an|the)?\\s*${ADJ}(?:type|form|kind|sort|subtype|variant)\\s+of\\s+`);

/** A peripheral anatomy term defined as the brain and spinal cord. */
export const ANATOMY_CLAIMS: readonly RegExp[] = [
  // "Peripheral nerves are the nerves in the brain and spinal cord" (not "located in": cell bodies of motor nerves are).
  re(`(?:is|are)\\s+(?:(?:the|those)\\s+)?nerves?\\s+(?:in|inside|within)\\s+(?:the\\s+)?(?:brain|spinal\\s+cord)\\b`),
  re(`(?:is|are|consists?\\s+of|includes?|comprises?|means|refers\\s+to|is\\s+made\\s+up\\s+of|is\\s+formed\\s+by|contains)\\s+(?:only\\s+)?(?:the\\s+)?(?:brain|spinal\\s+cord)\\b`),
  // "Peripheral nerves ... are part of the central nervous system", also after a first verb phrase joined by "and".
  re(`(?:[^.;:]*?\\s+and\\s+)?(?:is|are)\\s+(?:also\\s+)?(?:a\\s+)?part\\s+of\\s+(?:the\\s+)?(?:central\\s+nervous\\s+system|CNS|brain|spinal\\s+cord)\\b`),
];

/** Sentences that introduce causes or types of neuropathy; a listed CNS disease after the cue is placed among them. */
export const NEUROPATHY_LIST_CUE = new RegExp(
  [
    String.raw`\b(?:causes|types|forms|kinds|examples|triggers)\s+of\s+(?:[\w-]+\s+){0,2}?${NEUROPATHY}`,
    String.raw`\b(?:conditions|diseases|disorders|illnesses)\s+(?:that|which)\s+${AUX}(?:cause|lead to|trigger|result in)\s+(?:(?:the\s+)?(?:damage|injury)\s+(?:to|of)\s+(?:the\s+|your\s+)?${PERIPHERAL_NERVES}|${NEUROPATHY})`,
    String.raw`\b${NEUROPATHY}\s+(?:can|may|is|are)\s+(?:also\s+|often\s+|sometimes\s+|usually\s+|mostly\s+)*(?:be\s+)?(?:caused\s+by|due\s+to)\b`,
    String.raw`\b${NEUROPATHY}\s+(?:(?:can|may|often|usually|also|sometimes)\s+)*(?:results?|arises?|stems?|develops?)\s+from\b`,
    // "Peripheral neuropathy is a common symptom of multiple sclerosis": the condition named after it would cause it.
    String.raw`\b${NEUROPATHY}\s+(?:is|are|can be|may be)\s+(?:also\s+|often\s+)?(?:a|an|one)?\s*(?:common\s+|frequent\s+|known\s+|typical\s+|possible\s+)?(?:symptoms?|signs?|complications?|features?|consequences?|results?)\s+of\b`,
    String.raw`\b(?:autoimmune\s+)?(?:peripheral\s+)?(?:poly)?neuropathies\s+(?:such as|like|including|include)\b`,
  ].join('|'),
  'i',
);

/** Headings that open a section listing causes or types of neuropathy. */
export const NEUROPATHY_HEADING_CUE = new RegExp(
  String.raw`${NEUROPATHY_LIST_CUE.source}|\b(?:what|which)\s+(?:[\w-]+\s+){0,3}?causes?\s+(?:[\w-]+\s+){0,2}?${NEUROPATHY}`,
  'i',
);

/**
 * A heading that says "types" or "causes" without saying of what ("## Common types"): it lists types
 * of neuropathy when the page title is about neuropathy.
 */
export const BARE_TYPES_HEADING = /^\W*(?:the\s+)?(?:(?:main|common|most\s+common|different|other|key|known)\s+)*(?:types|forms|kinds|causes)\W*$/i;

/** A page title about neuropathy ("# Autoimmune neuropathy: an overview"). */
export const NEUROPATHY_TITLE = new RegExp(`\\b${NEUROPATHY}`, 'i');
/** A title that compares or asks ("# Neuropathy or MS?", "# Neuropathy vs lookalikes") is not about neuropathy alone. */
export const TITLE_CONTRAST = /\?|\b(?:and|or|vs\.?|versus|compared|differ\w*|lookalikes?|similar)\b|&/i;

/**
 * A claim labelled as a myth or quoted to reject it ("## Myth: GBS is a disease of the brain"), or
 * reported as someone's belief ("At first I thought GBS was a brain disease, but...").
 */
export const REJECTED = new RegExp(
  String.raw`\b(?:myths?|misconceptions?|not true|untrue|false|wrong(?:ly)?|mistaken(?:ly)?|incorrect(?:ly)?)\b(?!\s+(?:attack|target|damag|destroy|identif|sees?\b|treat|react|turn))|${REPORTED_BELIEF.source}`,
  'i',
);

/** In a list item or after a list cue, any of these means the writer is contrasting, not listing. */
export const NOT_LISTING =
  /\b(?:not|never|unlike|although|though|whereas|rather|except|instead|mimic\w*|confused|mistaken|look(?:s)? like|brain|spinal cord|central nervous system|CNS)\b|n't\b/i;

/** What a message says about where each site is. */
export const SITE_TEXT: Partial<Record<Site, string>> = {
  central: 'is a disease of the central nervous system (brain and spinal cord), not a peripheral neuropathy',
  'neuromuscular-junction': 'is a disorder of the neuromuscular junction, where nerve meets muscle outside the brain and spinal cord; it is not a neuropathy',
  peripheral: 'affects the peripheral nerves and nerve roots, outside the brain and spinal cord',
  autonomic: 'affects the autonomic nerves, outside the brain and spinal cord, that run automatic body functions',
};
/** Message tails for MS called neuromuscular, the PNS defined as the brain, and a listed CNS disease. */
export const MUSCLE_TEXT = 'is a disease of the peripheral nerves; the muscles weaken because the nerves that drive them are damaged, not because the muscle itself is diseased';
export const NEUROMUSCULAR_TEXT = 'is a disease of the central nervous system (brain and spinal cord), not a neuromuscular disorder';
/** Message tail for a nerve disease placed at the junction between nerve and muscle. */
export const NMJ_TEXT = 'is a disease of the nerves themselves, not of the neuromuscular junction where nerve meets muscle (the site of myasthenia gravis)';
export const ANATOMY_TEXT = 'means the nerves outside the brain and spinal cord; the brain and spinal cord form the central nervous system';
export const LISTED_TEXT = 'is listed among causes or types of peripheral neuropathy, but it';

/** "is also known as", ", also called", "is also referred to as": the words between a condition and a name given to it (end of the text before the name). */
export const NAMED_AS =
  /,?\s*(?:\(\s*)?(?:(?:is|are|was|were)\s+)?(?:(?:also|otherwise|commonly|sometimes|often|not|never)\s+)?(?:(?:known|referred to|described)\s+as|(?:(?<=(?:is|are|also|otherwise|commonly|sometimes|often|not|never)\s+)(?:called|termed|named)))\s+(?:an?\s+|the\s+)?$/i;
/**
 * "Guillain-Barré syndrome, or acute inflammatory demyelinating polyneuropathy (AIDP), is...": "or"
 * giving a second name, read only when the name is followed by a comma or a bracket (an apposition),
 * and only for a form of the condition, since "or" between two conditions usually offers a choice.
 */
export const OR_NAMED = /,?\s+or\s+$/i;
export const APPOSITION_AFTER = /^\s*[,(]/;

/** Naming that is hedged, denied or historical: "sometimes called", "is not known as", "once called". */
export const NAMING_HEDGE = /\b(?:not|never|sometimes|often|occasionally|loosely|wrongly|mistakenly|incorrectly|once|formerly|previously|used to be|also be)\b|n't\b/i;
/** "The condition" or "This disease" just before the naming words: it stands for the paragraph's condition. */
export const STAND_IN_BEFORE = /(?:\b(?:the|this) (?:condition|disease|disorder|illness|syndrome)|^\W*it(?:['\u2019]s| is)?)\s*$/i;
/** Words after a form's name that say it is one form: "also known as AIDP in its most common form". */
export const ONE_FORM = /^[^.;:]{0,40}\b(?:most common|commonest|main|usual|classic|typical)\s+(?:form|type|variant|subtype)\b/i;
/** A condition right after the name narrows it to some cases, so it claims no identity: "also known as Bell's palsy when the cause is unknown". */
export const NAMED_WHEN = /^\s*,?\s*(?:when|if|where|in cases? (?:where|when|of|with))\b/i;

/** Between a named class and its example in a list item: "Autoimmune diseases such as MS", "disorders, including". */
export const EXAMPLE_OF_CLASS = /^,?\s+(?:such as|like|including|e\.g\.,?)\s+$/i;
/** A class in plain words before the named example: "Conditions such as MS". */
export const CLASS_THEN_EXAMPLE = /^\s*(?:[\w-]+\s+){1,3}(?:such as|like|including)\s+$/i;
