/**
 * How a sentence relates a condition to a treatment, a part of the body or another condition: the
 * predicate words the claim reader looks for between and around the two names. Word lists only;
 * which treatment works for which disease, and where a disease acts, are facts in the terminology.
 */

/** How a treatment is presented for a condition, strongest first: the first kind whose words occur wins. */
export type TreatmentPredicate = 'harms' | 'standard' | 'works' | 'used';

const words = (list: string): RegExp => new RegExp(`\\b(?:${list})\\b`, 'i');

export const TREATMENT_PREDICATES: ReadonlyArray<{ predicate: TreatmentPredicate; cue: RegExp }> = [
  { predicate: 'harms', cue: words('worsens?|worsened|worse|harm(?:s|ful)?|dangerous') },
  {
    predicate: 'standard',
    cue: words(
      // "refractory to the first-line treatments" speaks of other treatments, which failed.
      '(?<!\\b(?:refractory|resistant|unresponsive|not responding|failed|after|despite)\\s+(?:to\\s+)?(?:the\\s+|all\\s+)?)first[- ]line|standard(?: treatment| care| therapy)?|mainstay|consists? of|(?:usually|generally|mainly|mostly|typically|primarily) (?:treated with|involves?|includes?)|main treatments?|primary (?:treatments?|therap(?:y|ies))|treatment of choice|(?:first|best|top) choice|(?:is|are)\\s+(?:the\\s+)?preferred|preferred (?:treatment|therapy|option|choice)s?|go-to|gold standard|(?:FDA[- ])?approved|next step|recommended|best (?:treatments?|options?|approach|therapy)|proven|cures?|cured|needs?|requires?',
    ),
  },
  {
    predicate: 'works',
    cue: words('works?|worked|effective|helps?|helped|helpful|improves?|improved|(?:showed|shows|led to|leads to|brought|brings) (?:an? )?(?:improvement|benefit)|speeds? (?:up )?recovery|shortens?|shortened|hastens?|benefits?|beneficial|relieves?|reverses?|restores?|heals?|respond(?:s|ed)?(?: well)? to|responsive to|positive results|good results'),
  },
  {
    predicate: 'used',
    cue: words('used|uses?|gets?|avoid(?:s|ed)?|treat(?:s|ed|ing)?|treatments?|therap(?:y|ies)|given|gives?|prescribed|options?|offered|receives?|received|tried|managed with|alternatives?|(?:a|one) course of|put on|started on'),
  },
];

/** Benefit stated as established, beyond "helps": "an effective treatment", "works well". */
export const EFFECT_STATED =
  /\b(?:effective|works? well|worked well|successful|respond(?:s|ed)? well|(?:significantly|greatly|dramatically|markedly|substantially|considerably)\s+(?:improv\w*|better|shorten\w*|speed\w*)|positive results|(?:full|complete|near-complete)\s+(?:recovery|resolution|remission))\b/i;

/** A treatment offered as a sound choice, which says it works as much as "effective" does: "a reasonable second-line option", "a good choice". */
export const GOOD_OPTION = /\b(?:good|great|excellent|reasonable)\s+(?:(?:first|second|third)[- ]line\s+)?(?:treatment\s+)?(?:option|choice|alternative)s?\b/i;

/** What a clause says a condition does to a part of the body: "affects", "attacks", "a disease of". */
export const SITE_PREDICATE = words(
  'affects?|affected|affecting|impacts?|impacted|impacting|attacks?|attacked|attacking|damages?|damaged|damaging|targets?|targeted|targeting|inflames?|injures?|destroys?|destroying|involves?|involving|(?:disease|disorder|condition|illness|inflammation|damage)s? (?:of|in|to)|starts? in|happens? in|located in',
);

/** "the former", "the latter": the sentence's subject is one named earlier, not the nearest name. */
export const ORDER_REFERENCE = /\bthe (?:former|latter)\b/i;

/** "is a type of", "is a form of", plainly "is a", or "is chronic" ("CIDP is chronic GBS"): a condition placed inside another. */
export const KIND_PREDICATE =
  /\b(?:type|form|kind|sort|subtype|variant|cause|example)s? of\b|^\s*(?:is|are|was|were)\s+(?:not\s+)?(?:also\s+)?(?:(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}|(?:simply\s+|just\s+)?(?:chronic|acute|long-term|relapsing|recurrent)\s+)$/i;

/** A condition after the claim limits it: "in children", "when given early", "for people who cannot walk". */
export const CONDITION_CUE = /\b(?:in (?:children|adults|older people|pregnancy|some people|severe cases|mild cases)|when|if|unless|for (?:people|patients|those) who|within \d+ (?:days|weeks))\b[^.;:!?]*/i;

/** Where the claim itself ends and its reason or condition begins. */
export const CLAIM_END = /\b(?:because|since|so that|which is why|as a result|when|if|unless|until|after)\b|:/i;

/**
 * Words that promise repair or cure rather than relief ("regenerate nerves", "treat the root cause",
 * "increase myelin"): read for treatments outside mainstream care, whose evidence is about symptoms
 * at most.
 */
export const REPAIR_PROMISE = new RegExp(
  words(
    // "nerve repair", "nerve regeneration": the topic named as a noun ("recipes for nerve repair"), not a promise.
    'cures?|cured|curing|reverses?|reversed|reversing|(?<!\\bnerves? )regenerat(?:e|es|ed|ing|ion)(?! (?:of )?(?:other |endogenous |natural )?(?:antioxidants?|vitamins?|glutathione|coenzyme))|rejuvenat(?:e|es|ed|ing|ion)|revitali[sz](?:e|es|ed|ing)|(?<!\\bnerves? )repairs?|repaired|repairing|(?<!self-)(?<!ability to )heals?(?! itself)|healed|(?<!self-)(?<!natural )healing(?= (?:of|for) (?:the |your |damaged |injured |peripheral |long-term )*(?:nerves?|neuropath\\w*|condition|disease|myelin)\\b)|restores?|restored|restoring|rebuilds?|rebuilt|regrows?|regrowth|' +
      '(?:increases?|increasing|boosts?|boosting|builds?|rebuilds?) (?:your |the )?myelin|' +
      // "boost the healing process", "facilitates natural healing", "speeds up nerve recovery".
      '(?:boost|speed|accelerat|facilitat|promot|stimulat|enhanc|support|assist)(?:s|es|ing|e)?(?: up| with| in)? (?:the |your |the body[\'’]s |natural |nerve |nerves[\'’] |myelin |nerve cell |nerve fib(?:er|re) )*(?:healing|recovery|regeneration)(?! time| period| phase)(?: process)?(?! from (?:surgery|an? (?:operation|injury)))|(?:root|underlying) causes?|hasten(?:s|ed|ing)? (?:the )?(?:process of )?recovery|' +
      // "Acupuncture will decrease the inflammation along the nerves", "reduce some causes of inflammation".
      '(?:reduces?|reduced|reducing|decreases?|decreased|decreasing|lowers?|lowered|calms?|eliminat(?:e|es|ed|ing)) (?:the |some |nerve |of |causes |(?:and )?damage )*inflammation(?! (?:markers|elsewhere|in the (?:joints?|gut|skin)))|' +
      '(?:reduces?|reducing|stops?|stopping|calms?|halts?) (?:the )?auto[- ]?immune (?:reaction|response|attack)|' +
      // "put your MS into remission long term": remission promised.
      '(?:put|puts|putting|send|sends|sending|bring|brings|bringing)\\s+(?:your |the |their |his |her )?(?:[\\w-]+\\s+){0,3}?into\\s+(?:long[- ]term\\s+|lasting\\s+|permanent\\s+|full\\s+|complete\\s+)?remission|slow(?:s|ing)? (?:down )?(?:the )?progression|resolv(?:ed|es|ing)(?= (?:with|by|through|using|after) )|success rates?|successes|success stories|treat(?:s|ed|ing)? (?:the )?nerve damage|strengthens? (?:the |your )?nerves|' +
      // "work together to improve overall nerve health", "renew your nerves", "conquer peripheral neuropathy".
      '(?:improv(?:e|es|ing)|support(?:s|ing)?|renew(?:s|ing)?|boost(?:s|ing)?|optimi[sz](?:e|es|ing)) (?:overall |your |the )?(?:nerve|nervous system|CNS|central nervous system) (?:function|health)|renew(?:s|ing)? (?:your |the |damaged )?nerves|conquer(?:s|ing)? (?:your |the )?(?:peripheral )?neuropath\\w*',
  ).source,
  'gi',
);

/**
 * A treatment outside mainstream care presented as a proven success or as the treatment of choice:
 * "can successfully treat the pain", "continues to be my main treatment", "the best remedy".
 */
export const STANDING_PROMISE = new RegExp(
  words(
    'successfully (?:treats?|treated|treating|manages?|managed|managing|relieves?|relieved|eliminates?|reduces?|used)|(?:been )?used successfully|' +
      '(?:main|primary|best|standard|go[- ]to|first-line|preferred|most effective) (?:(?:herbal|natural|home|holistic|alternative) )?(?:treatments?|therap(?:y|ies)|remed(?:y|ies)|options?|solutions?)|treatment of choice|gold standard|' +
      // "cell-based therapies have shown promising results".
      '(?:shown|shows?|showed|showing) (?:very |highly |extremely )?promising results|' +
      // "provide complete treatment of myasthenia gravis": a whole condition's care promised.
      '(?:complete|comprehensive|total|full) (?:treatment|cure|healing|recovery)(?= (?:of|for|from) )|' +
      '(?:one of )?the (?:best|most effective) ways? to (?:manage|treat|relieve|ease|reduce|control|deal with|handle|fight|beat|overcome)|' +
      '(?:remarkable|amazing|dramatic|incredible|astonishing|impressive|excellent|outstanding|life-changing) (?:\\d+(?:\\.\\d+)?\\s*% )?(?:results?|improvements?|success(?:es)?|outcomes?|recover(?:y|ies)|reductions?|decreases?)|' +
      '(?:extremely|highly|incredibly|remarkably|tremendously|hugely|very|particularly|especially|exceptionally) (?:beneficial|effective|successful)|' +
      '(?:offers?|offering|provides?|providing|brings?|bringing|gives?|giving) (?:new |real |fresh |renewed |great )?hope|' +
      '(?:long-term|long-lasting|lasting|permanent|complete|total|significant|substantial|dramatic|remarkable|tremendous) (?:pain )?relief|' +
      // "relieves neuropathic pain for an extended amount of time": lasting relief in other words.
      '(?:relieves?|relieved|relieving|eases?|eased|easing|reduces?|reduced|reducing)\\b[^.;:!?]{0,50}?\\bfor (?:an? )?(?:extended|long|prolonged) (?:amount of |period of |periods of )?time|' +
      // Promotional framing: "is changing the game for neuropathy patients", "plays a vital role in the recovery process".
      '(?:chang(?:es|ing|ed) the game|game[- ]changer|revolutioni[sz](?:es|ing|ed)|transform(?:s|ing|ed) (?:the )?(?:lives|management|treatment|care))|' +
      '(?:plays?|playing) an? (?:vital|key|crucial|critical|major|central|essential|pivotal) (?:role|part) in (?:the )?(?:recovery|healing|treatment|management|repair)|integral to (?:the )?(?:recovery|healing|getting)',
  ).source,
  'gi',
);

/**
 * Evidence appealed to without being named: "studies show", "research has proven", "has been shown to" (not
 * "has been shown to occur before ...": an observation of when or with what a condition comes, not a promise).
 */
export const UNNAMED_EVIDENCE =
  // "learn what the research shows", "whether studies show": an invitation to check, not a claim.
  '(?<!\\b(?:what|whether|how|if)\\s+(?:the\\s+)?)\\b((?:studies|research|science|clinical trials|scientists|experts|doctors)\\s+(?:(?:has|have)\\s+)?(?:(?:also|now)\\s+)?(?:show|shows|showed|shown|prove|proves|proved|proven|confirm|confirms|confirmed|established)|(?:a|an)\\s+(?:proven|established|scientific)\\s+fact|(?:strong|solid|extensive|plenty\\s+of|lots\\s+of)\\s+research\\s+(?:to\\s+show|showing|that\\s+shows)|(?:was|were)\\s+(?:shown|proven|proved)\\s+to\\s+be\\s+(?:\\d+(?:\\.\\d+)?\\s*%\\s+)?(?:very\\s+|highly\\s+)?(?:effective|successful|beneficial)|(?:has|have)\\s+been\\s+(?:shown|proven|proved)\\s+to(?!\\s+(?:occur|happen|appear|develop|precede|follow|run\\s+in|be\\s+(?:linked|associated|related|more\\s+common|less\\s+common|common|rare)))|(?:significant|strong|good|clear|compelling|overwhelming|plenty of)\\s+evidence\\s+(?:to\\s+suggest|suggests|shows|that))\\b';

/**
 * A treatment presented as treating a condition (not a symptom): the benefit word, then only
 * linking words before the condition ("helps with diabetic neuropathy", "very effective in treating
 * this condition", "an effective treatment for GBS", "chiropractors treat neuropathy").
 */
export const TREATS = /\b(?:(?:provides?|provided|providing|offers?|offered|offering)\s+(?:[\w-]+\s+)?(?:treatments?|therapy|therapies|remed(?:y|ies)|cures?|solutions?)|helps?|helped|helpful|effective|useful|works?|treats?|treated|treating|cures?|manages?|improves?|benefits?|beneficial|relieves?|alleviates?|eases?|fights?|combats?|reduces?|prevents?)\b((?:\s+(?:with|in|for|to|on|against|treat|treating|manage|managing|treatments?|therapy|remed(?:y|ies)|options?|herbal|natural|home|holistic|alternative|ayurvedic|the|this|these|your|their|many|other|following|(?:hundreds|thousands|dozens|many|countless|scores)\s+of|(?:minimi[sz]e|lessen|reduce|relieve|ease|alleviate|manage)\s+and\s+(?:relieve|reduce|ease|manage|treat|alleviate)|(?:symptoms?|signs|effects)\s+of))*)\s*$/i;

/** Benefit said of the people who have the condition: "extremely beneficial for people with neuropathy" (not "helps people with CIDP relax"). */
export const TREATS_PEOPLE = /\b(?:beneficial|effective|useful|helpful)\s+(?:for|to)\s+(?:people|patients|those|anyone|individuals)\s+(?:with|who\s+have|suffering\s+from|living\s+with)\s*$/i;

/** Words standing for the condition a page is about: "this condition", "the disease". */
export const CONDITION_STAND_IN = /\b(?:this|the|that|your) (?:condition|disease|illness|disorder)\b/gi;
