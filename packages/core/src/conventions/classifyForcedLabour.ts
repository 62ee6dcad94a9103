import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as z from 'zod';
import { decode } from '../shared/decode.js';
import type { Problems } from '../shared/problem.js';
import { cite } from './catalogue.js';
import { detectIndicators } from './indicators.js';
import { InstrumentId } from './schema.js';

/**
 * The five situations C.29 Art. 2(2) excludes from forced labour, each only under its conditions.
 *
 * @example
 * ForcedLabourException.options.length; // 5, for Art. 2(2)(a) to (e)
 * classifyForcedLabour({ context: 'prison-labour' });
 * // E.right({ verdict: 'needs-more-information', exception: { citation: 'C.29 Art. 2(2)(c)', ... }, ... })
 * @category model
 */
export const ForcedLabourException = z.enum([
  'military-service',
  'civic-obligation',
  'prison-labour',
  'emergency',
  'communal-service',
]);
/** @category model */
export type ForcedLabourException = z.infer<typeof ForcedLabourException>;

/**
 * What is known of the conditions attached to the Art. 2(2) exceptions. Leave out what is not
 * known: the classification then says what to find out.
 *
 * @example
 * const conditions: ExceptionConditions = { convictedByCourt: true, hiredToPrivateParties: true };
 * classifyForcedLabour({ context: 'prison-labour', conditions });
 * // E.right({ verdict: 'forced-labour', exception: { unmet: ['the person is not hired to ...'], ... }, ... })
 * @category model
 */
export const ExceptionConditions = z.strictObject({
  underMilitaryServiceLaw: z.boolean().optional(),
  purelyMilitaryWork: z.boolean().optional(),
  normalCivicObligation: z.boolean().optional(),
  fullySelfGoverningCountry: z.boolean().optional(),
  convictedByCourt: z.boolean().optional(),
  supervisedByPublicAuthority: z.boolean().optional(),
  hiredToPrivateParties: z.boolean().optional(),
  genuineEmergency: z.boolean().optional(),
  minorService: z.boolean().optional(),
  directInterestOfCommunity: z.boolean().optional(),
  communityConsulted: z.boolean().optional(),
});
/** @category model */
export type ExceptionConditions = z.infer<typeof ExceptionConditions>;

/**
 * A work situation as far as it is known: the two elements of the C.29 Art. 2(1) definition, the
 * context if it may be an Art. 2(2) exception and its conditions, and optionally a description in
 * words, which is read for the same facts.
 *
 * @example
 * classifyForcedLabour({ menaceOfPenalty: true, offeredVoluntarily: false });
 * // E.right({ verdict: 'forced-labour', ... })
 * classifyForcedLabour({ menaceOfPenalty: true }); // E.right({ verdict: 'needs-more-information', ... })
 * @category model
 */
export const ForcedLabourSituation = z.strictObject({
  menaceOfPenalty: z.boolean().optional(),
  offeredVoluntarily: z.boolean().optional(),
  context: ForcedLabourException.optional(),
  conditions: ExceptionConditions.optional(),
  description: z.string().max(10_000).optional(),
});
/** @category model */
export type ForcedLabourSituation = z.infer<typeof ForcedLabourSituation>;

/** @category model */
export type Known = 'yes' | 'no' | 'unknown';

/**
 * How an Art. 2(2) exception fares against the facts: which of its conditions are met, unmet or
 * not known.
 *
 * @category model
 */
export interface ExceptionFinding {
  readonly exception: ForcedLabourException;
  readonly citation: string;
  readonly label: string;
  readonly met: readonly string[];
  readonly unmet: readonly string[];
  readonly unknown: readonly string[];
}

/**
 * The classification: a verdict, the two elements of the definition, the exception considered (if
 * any), the reasoning step by step and the provisions relied on.
 *
 * @category model
 */
export interface ForcedLabourClassification {
  readonly verdict: 'forced-labour' | 'exception' | 'not-forced-labour' | 'needs-more-information';
  readonly elements: { readonly menaceOfPenalty: Known; readonly involuntary: Known };
  readonly exception?: ExceptionFinding;
  readonly reasoning: readonly string[];
  readonly citations: readonly string[];
}

const C29 = InstrumentId.parse('C29');
const P29 = InstrumentId.parse('P29');
const C105 = InstrumentId.parse('C105');
const PALERMO = InstrumentId.parse('PALERMO');

type Condition = readonly [key: keyof ExceptionConditions, wanted: boolean, text: string];

const exceptions: Readonly<
  Record<ForcedLabourException, { ref: string; label: string; conditions: readonly Condition[] }>
> = {
  'military-service': {
    ref: '2(2)(a)',
    label: 'work exacted under compulsory military service laws',
    conditions: [
      ['underMilitaryServiceLaw', true, 'it is exacted under compulsory military service laws'],
      ['purelyMilitaryWork', true, 'the work is of a purely military character'],
    ],
  },
  'civic-obligation': {
    ref: '2(2)(b)',
    label: 'normal civic obligations',
    conditions: [
      ['normalCivicObligation', true, 'it is a normal civic obligation'],
      ['fullySelfGoverningCountry', true, 'of the citizens of a fully self-governing country'],
    ],
  },
  'prison-labour': {
    ref: '2(2)(c)',
    label: 'work exacted as a consequence of a conviction in a court of law',
    conditions: [
      ['convictedByCourt', true, 'the person was convicted in a court of law'],
      [
        'supervisedByPublicAuthority',
        true,
        'the work is supervised and controlled by a public authority',
      ],
      [
        'hiredToPrivateParties',
        false,
        'the person is not hired to or placed at the disposal of private individuals, companies or associations',
      ],
    ],
  },
  emergency: {
    ref: '2(2)(d)',
    label: 'work exacted in cases of emergency',
    conditions: [
      [
        'genuineEmergency',
        true,
        'there is a genuine emergency: war, or a calamity or threatened calamity such as fire, flood, famine, earthquake or epidemic',
      ],
    ],
  },
  'communal-service': {
    ref: '2(2)(e)',
    label: 'minor communal services',
    conditions: [
      ['minorService', true, 'the services are minor'],
      [
        'directInterestOfCommunity',
        true,
        'they are performed by members of the community in its direct interest',
      ],
      [
        'communityConsulted',
        true,
        'the members or their representatives have the right to be consulted on the need for them',
      ],
    ],
  },
};

const menacePatterns = {
  threats: /\bthreat\w*\b|\bintimidat\w*/i,
  violence: /\b(beat(en|ings?)?|violen\w*|hit|assault\w*|abused?)\b/i,
  'withheld wages':
    /\b(unpaid|not paid|withh[eo]ld\w* (wages|pay|salary)|wages? (were |are )?withheld)\b/i,
  'retained identity documents':
    /\b(passports?|identity (documents?|cards?)|id cards?|papers) (were |was |are |is )?(taken|kept|confiscated|retained|withheld)\b|\b(took|kept|confiscated|retained|withheld|holds?) (their |his |her |the workers'? )?(passports?|identity documents?|papers)\b/i,
  'debt used to hold the worker': /\b(debts?|bonded|bondage|advance)\b/i,
  confinement: /\b(locked|confined|not allowed to leave|guarded)\b/i,
  'threat of denunciation to the authorities':
    /\b(report(ed)? (them |him |her )?to (the )?(police|immigration|authorities)|deport\w*)\b/i,
} as const;

const involuntaryPatterns = {
  deception: /\b(deceiv\w*|decepti\w*|tricked|lied|false promises?|promised a different)\b/i,
  'cannot leave':
    /\b(cannot|can't|could not|couldn't|unable to|not free to) (leave|quit|stop|go home)\b/i,
  coercion: /\b(forced|coerced|compelled|abducted|against (their|his|her) will)\b/i,
  'bonded by debt': /\b(bonded|bondage)\b/i,
} as const;

const contextPatterns: Readonly<Record<ForcedLabourException, RegExp>> = {
  'prison-labour': /\b(prison\w*|inmates?|convicts?|jail|detainees?|penitentiary)\b/i,
  'military-service': /\b(military service|conscript\w*|national service|army)\b/i,
  emergency: /\b(emergency|flood\w*|earthquake|famine|epidemic|wildfire|war)\b/i,
  'civic-obligation': /\b(jury|civic (duty|obligation))\b/i,
  'communal-service': /\b(communal|community work|village work)\b/i,
};

const conditionPatterns: readonly [keyof ExceptionConditions, boolean, RegExp][] = [
  [
    'hiredToPrivateParties',
    true,
    /\b(private (company|companies|firm|contractor|farm|factory)|hired out|leased|contracted to|for a (company|business))\b/i,
  ],
  ['convictedByCourt', true, /\b(convicted|sentenced)\b/i],
  [
    'convictedByCourt',
    false,
    /\b(pre-?trial|awaiting trial|not (yet )?convicted|without (a )?trial|administrative detention)\b/i,
  ],
  ['genuineEmergency', true, /\b(flood\w*|earthquake|famine|epidemic|wildfire)\b/i],
];

const readDescription = (situation: ForcedLabourSituation) => {
  const text = situation.description ?? '';
  const menace = detectIndicators(text, menacePatterns);
  const involuntary = detectIndicators(text, involuntaryPatterns);
  const context =
    situation.context ??
    (Object.entries(contextPatterns) as [ForcedLabourException, RegExp][]).find(([, p]) =>
      p.test(text),
    )?.[0];
  const conditions: ExceptionConditions = { ...situation.conditions };
  const readConditions: string[] = [];
  for (const [key, value, pattern] of conditionPatterns) {
    const match = pattern.exec(text);
    if (match !== null && conditions[key] === undefined) {
      conditions[key] = value;
      readConditions.push(`"${match[0]}"`);
    }
  }
  return { menace, involuntary, context, conditions, readConditions };
};

const judgeException = (
  exception: ForcedLabourException,
  conditions: ExceptionConditions,
): ExceptionFinding => {
  const { ref, label, conditions: wanted } = exceptions[exception];
  const met: string[] = [];
  const unmet: string[] = [];
  const unknown: string[] = [];
  for (const [key, expected, text] of wanted) {
    const value = conditions[key];
    (value === undefined ? unknown : value === expected ? met : unmet).push(text);
  }
  return { exception, citation: cite(C29, ref), label, met, unmet, unknown };
};

const classify = (situation: ForcedLabourSituation): ForcedLabourClassification => {
  const reasoning: string[] = [];
  const citations = new Set<string>([cite(C29, '2(1)')]);
  const read = readDescription(situation);

  const menaceOfPenalty: Known =
    situation.menaceOfPenalty === undefined
      ? read.menace.size > 0 || read.context === 'prison-labour'
        ? 'yes'
        : 'unknown'
      : situation.menaceOfPenalty
        ? 'yes'
        : 'no';
  // A prisoner's consent cannot be presumed: it counts as not freely given unless stated.
  const involuntary: Known =
    situation.offeredVoluntarily === undefined
      ? read.involuntary.size > 0 || read.context === 'prison-labour'
        ? 'yes'
        : 'unknown'
      : situation.offeredVoluntarily
        ? 'no'
        : 'yes';
  const elements = { menaceOfPenalty, involuntary };

  if (read.menace.size > 0) {
    reasoning.push(
      `Signs of a menace of penalty in the description: ${[...read.menace.keys()].join(', ')}.`,
    );
  }
  if (read.involuntary.size > 0) {
    reasoning.push(
      `Signs that the work was not freely offered: ${[...read.involuntary.keys()].join(', ')}.`,
    );
  }
  if (read.context === 'prison-labour' && situation.offeredVoluntarily === undefined) {
    reasoning.push(
      'A prisoner works under the menace of a penalty, and their consent cannot be presumed: unless they freely offered themselves, the work counts as involuntary.',
    );
  }
  if (read.readConditions.length > 0) {
    reasoning.push(`Read from the description: ${read.readConditions.join(', ')}.`);
  }

  let finding: ExceptionFinding | undefined;
  if (read.context !== undefined) {
    finding = judgeException(read.context, read.conditions);
    citations.add(finding.citation);
    if (finding.unmet.length === 0 && finding.unknown.length === 0) {
      reasoning.push(
        `This is ${finding.label}, excluded from forced labour by ${finding.citation}, because ${finding.met.join('; ')}.`,
      );
      if (read.context === 'prison-labour' || read.context === 'military-service') {
        citations.add(cite(C105, '1'));
        reasoning.push(
          `Even so, C.105 forbids compulsory labour as punishment for political views, as labour discipline, as punishment for strikes, for economic development or as discrimination (${cite(C105, '1')}).`,
        );
      }
      return {
        verdict: 'exception',
        elements,
        exception: finding,
        reasoning,
        citations: [...citations],
      };
    }
    if (finding.unmet.length > 0) {
      reasoning.push(
        `It looks like ${finding.label}, but the exception in ${finding.citation} does not apply: it requires that ${finding.unmet.join('; ')}. So the general definition decides.`,
      );
    } else {
      reasoning.push(
        `It may be ${finding.label} (${finding.citation}), which is not forced labour only if ${finding.unknown.join('; ')}. Find out whether these hold.`,
      );
      return {
        verdict: 'needs-more-information',
        elements,
        exception: finding,
        reasoning,
        citations: [...citations],
      };
    }
  }

  const definition = `Forced labour is work or service exacted under the menace of a penalty, for which the person has not offered themselves voluntarily (${cite(C29, '2(1)')}).`;
  const result = (verdict: ForcedLabourClassification['verdict']): ForcedLabourClassification =>
    finding === undefined
      ? { verdict, elements, reasoning, citations: [...citations] }
      : { verdict, elements, exception: finding, reasoning, citations: [...citations] };

  if (menaceOfPenalty === 'yes' && involuntary === 'yes') {
    reasoning.push(`${definition} Both elements are present.`);
    citations.add(cite(C29, '25'));
    citations.add(cite(P29, '1'));
    citations.add(cite(P29, '4(1)'));
    reasoning.push(
      `Exacting forced labour must be a penal offence with adequate, strictly enforced penalties (${cite(C29, '25')}); victims are to be protected and have access to remedies such as compensation, whatever their legal status (${cite(P29, '1')}, ${cite(P29, '4(1)')}).`,
    );
    if (read.involuntary.has('deception')) {
      citations.add(cite(PALERMO, '3'));
      reasoning.push(
        `Recruitment by deception for exploitation may also be trafficking in persons (${cite(PALERMO, '3')}).`,
      );
    }
    return result('forced-labour');
  }
  if (menaceOfPenalty === 'no' || involuntary === 'no') {
    const missing = [
      ...(menaceOfPenalty === 'no' ? ['there is no menace of a penalty'] : []),
      ...(involuntary === 'no' ? ['the person offered themselves voluntarily'] : []),
    ];
    reasoning.push(`${definition} Not forced labour on these facts: ${missing.join(' and ')}.`);
    return result('not-forced-labour');
  }
  const unknown = [
    ...(menaceOfPenalty === 'unknown'
      ? [
          'whether the work is exacted under a menace of penalty (threats, violence, withheld wages or documents, debt)',
        ]
      : []),
    ...(involuntary === 'unknown'
      ? ['whether the person offered themselves voluntarily and is free to leave']
      : []),
  ];
  reasoning.push(`${definition} Still to find out: ${unknown.join('; ')}.`);
  return result('needs-more-information');
};

/**
 * Whether a situation is forced labour under C.29 Art. 2(1), or one of the Art. 2(2) exceptions
 * (which one, with the conditions met, unmet and unknown), with the reasoning and provisions.
 *
 * Facts can be given as fields or read from a description in words; the reasoning says what was
 * read. An indication for practitioners, not a legal determination.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * classifyForcedLabour({ description: 'Prisoners are hired out to a private company to pick fruit' });
 * // E.right({ verdict: 'forced-labour', exception: { citation: 'C.29 Art. 2(2)(c)', unmet: [...] }, ... })
 * classifyForcedLabour({ context: 'military-service', conditions: { underMilitaryServiceLaw: true, purelyMilitaryWork: true } });
 * // E.right({ verdict: 'exception', ... })
 * @category combinators
 */
export const classifyForcedLabour = (
  situation: z.input<typeof ForcedLabourSituation>,
): E.Either<Problems, ForcedLabourClassification> =>
  pipe(decode(ForcedLabourSituation)(situation), E.map(classify));
