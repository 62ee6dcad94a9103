import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import * as z from 'zod';
import { decode } from '../shared/decode.js';
import type { Problems } from '../shared/problem.js';
import { cite } from './catalogue.js';
import { detectIndicators } from './indicators.js';
import { InstrumentId } from './schema.js';

// The indicators of each category of C.182 Art. 3, (a) to (d).
const slaveryLike = [
  'slavery',
  'sale-of-child',
  'trafficking',
  'debt-bondage',
  'serfdom',
  'forced-labour',
  'armed-conflict-recruitment',
] as const;
const sexualExploitation = ['prostitution', 'pornography'] as const;
const illicitActivities = ['illicit-activities', 'drug-trafficking'] as const;
const hazards = [
  'hazardous-work',
  'abuse',
  'underground',
  'underwater',
  'heights',
  'confined-spaces',
  'dangerous-machinery',
  'heavy-loads',
  'unhealthy-environment',
  'long-hours',
  'night-work',
] as const;

/**
 * Facts about a child's situation that C.182 Art. 3 turns on. The hazards follow R.190 Para. 3.
 *
 * @example
 * ChildLabourIndicator.parse('debt-bondage');
 * @category model
 */
export const ChildLabourIndicator = z.enum([
  ...slaveryLike,
  ...sexualExploitation,
  ...illicitActivities,
  ...hazards,
]);
/** @category model */
export type ChildLabourIndicator = z.infer<typeof ChildLabourIndicator>;

/**
 * A child's situation: age, the indicators known to be present, and optionally a description in
 * words, which is read for the same indicators.
 *
 * @example
 * const situation: ChildLabourSituation = { age: 14, description: 'works underground in a gold mine' };
 * classifyChildLabour(situation);
 * // E.right({ isWorstForm: true, worstForms: [{ category: 'd', citation: 'C.182 Art. 3(d)', ... }], ... })
 * @category model
 */
export const ChildLabourSituation = z.strictObject({
  age: z.int().min(0).max(120).optional(),
  indicators: z.array(ChildLabourIndicator).optional(),
  description: z.string().max(10_000).optional(),
});
/** @category model */
export type ChildLabourSituation = z.infer<typeof ChildLabourSituation>;

/**
 * The four categories of C.182 Art. 3.
 *
 * @category model
 */
export type WorstFormCategory = 'a' | 'b' | 'c' | 'd';

/**
 * One worst form found: the category, the provision, and the indicators that put it there.
 *
 * @category model
 */
export interface WorstFormFinding {
  readonly category: WorstFormCategory;
  readonly label: string;
  readonly citation: string;
  readonly because: readonly string[];
}

/**
 * The classification: whether the person is a child under C.182, which worst forms apply, the
 * reasoning step by step, and the provisions relied on.
 *
 * @category model
 */
export interface ChildLabourClassification {
  /** `true` under 18, `false` from 18, `null` when no age was given. */
  readonly child: boolean | null;
  readonly worstForms: readonly WorstFormFinding[];
  readonly isWorstForm: boolean;
  readonly reasoning: readonly string[];
  readonly citations: readonly string[];
}

const C182 = InstrumentId.parse('C182');
const C138 = InstrumentId.parse('C138');

const patterns: Readonly<Record<ChildLabourIndicator, RegExp>> = {
  slavery: /\bslave(s|ry)?\b|\benslav/i,
  'sale-of-child':
    /\b(was|were|been|being) sold\b|\bsold (to|into|for)\b|\bsale of (a |the )?(child|children|girls?|boys?)\b/i,
  trafficking: /\btraffick(ed|ing)?\b(?!.*\bdrugs?\b)/i,
  'debt-bondage': /\b(debt|bonded|bondage|advance (payment|wages?))\b/i,
  serfdom: /\bserf(dom)?\b/i,
  'forced-labour': /\bforced (labou?r|to work)\b|\bcompulsory labou?r\b|\bcannot leave\b/i,
  'armed-conflict-recruitment':
    /\b(child soldiers?|soldiers?|armed (group|forces|conflict)|militia|combatants?|rebels?)\b/i,
  prostitution:
    /\b(prostitut\w*|brothels?|commercial sex\w*|sexual(ly)? exploit\w*|sold for sex)\b/i,
  pornography: /\bporn\w*\b/i,
  'illicit-activities': /\b(illicit|illegal activit\w*|begging ring|smuggling|theft ring)\b/i,
  'drug-trafficking': /\b(drugs?|narcotics?|cannabis|cocaine|heroin)\b/i,
  'hazardous-work': /\b(hazardous|dangerous work|harmful work)\b/i,
  abuse: /\b(abused?|beaten|beating|violence)\b/i,
  underground: /\b(mines?|mining|underground|quarry|quarries)\b/i,
  underwater: /\b(under ?water|diving|divers?)\b/i,
  heights: /\b(at heights?|scaffold\w*|roof work|on roofs)\b/i,
  'confined-spaces': /\bconfined spaces?\b/i,
  'dangerous-machinery': /\b(machinery|heavy machines?|chainsaws?|power tools?)\b/i,
  'heavy-loads': /\bheavy (loads?|lifting|bags|sacks)\b|\bcarr(y|ies|ying) heavy\b/i,
  'unhealthy-environment':
    /\b(pesticides?|chemicals?|toxic|fumes|dust|mercury|extreme (heat|cold))\b/i,
  'long-hours': /\b(long hours|(1[0-9]|2[0-4]) hours a day|all day|all night)\b/i,
  'night-work': /\b(night|nights|overnight)\b/i,
};

const categories: readonly {
  readonly category: WorstFormCategory;
  readonly label: string;
  readonly indicators: readonly ChildLabourIndicator[];
}[] = [
  {
    category: 'a',
    label:
      'slavery or practices similar to slavery: sale and trafficking of children, debt bondage, serfdom, forced or compulsory labour, including forced recruitment for armed conflict',
    indicators: slaveryLike,
  },
  {
    category: 'b',
    label: 'use, procuring or offering of a child for prostitution or pornography',
    indicators: sexualExploitation,
  },
  {
    category: 'c',
    label:
      'use, procuring or offering of a child for illicit activities, in particular drug production and trafficking',
    indicators: illicitActivities,
  },
  {
    category: 'd',
    label:
      'work likely, by its nature or circumstances, to harm the health, safety or morals of children (hazardous work)',
    indicators: hazards,
  },
];

const classify = (situation: ChildLabourSituation): ChildLabourClassification => {
  const reasoning: string[] = [];
  const citations = new Set<string>();
  const present = new Map<ChildLabourIndicator, string>();
  for (const indicator of situation.indicators ?? []) present.set(indicator, 'stated');
  if (situation.description !== undefined) {
    for (const [indicator, words] of detectIndicators(situation.description, patterns)) {
      if (!present.has(indicator)) present.set(indicator, `the description says "${words}"`);
    }
  }

  const child = situation.age === undefined ? null : situation.age < 18;
  citations.add(cite(C182, '2'));
  if (child === false) {
    reasoning.push(
      `At ${String(situation.age)} the person is not a child under C.182, which covers everyone under 18 (${cite(C182, '2')}); look at forced labour (C.29) instead.`,
    );
    return { child, worstForms: [], isWorstForm: false, reasoning, citations: [...citations] };
  }
  reasoning.push(
    child === null
      ? `No age was given: C.182 applies if the person is under 18 (${cite(C182, '2')}).`
      : `At ${String(situation.age)} the person is a child under C.182, which covers everyone under 18 (${cite(C182, '2')}).`,
  );

  const worstForms: WorstFormFinding[] = [];
  for (const { category, label, indicators } of categories) {
    const because = indicators.flatMap((i) => {
      const how = present.get(i);
      return how === undefined ? [] : [`${i.replace(/-/g, ' ')} (${how})`];
    });
    if (because.length === 0) continue;
    const citation = cite(C182, `3(${category})`);
    citations.add(citation);
    worstForms.push({ category, label, citation, because });
    reasoning.push(`${citation}: ${label}; found: ${because.join('; ')}.`);
  }

  if (worstForms.some((f) => f.category === 'd')) {
    citations.add(cite(C182, '4(1)'));
    reasoning.push(
      `Which work counts as hazardous is set by national law or the competent authority after tripartite consultation, taking R.190 Para. 3 into account (${cite(C182, '4(1)')}); check the national hazardous-work list.`,
    );
  }
  if (worstForms.length === 0) {
    reasoning.push(
      'None of the indicators of the worst forms in C.182 Art. 3 (a) to (d) was found.',
    );
    if (situation.age !== undefined && situation.age < 15) {
      citations.add(cite(C138, '2(3)'));
      reasoning.push(
        `At ${String(situation.age)} the child is below the general minimum age for work of 15 (${cite(C138, '2(3)')}; 14 under Art. 2(4)); only light work from 13 may be allowed (${cite(C138, '7(1)')}).`,
      );
    }
  } else {
    citations.add(cite(C182, '1'));
    citations.add(cite(C182, '7(2)'));
    reasoning.push(
      `Worst forms call for immediate and effective measures as a matter of urgency (${cite(C182, '1')}), including removing the child and providing rehabilitation and social integration (${cite(C182, '7(2)')}).`,
    );
  }
  return {
    child,
    worstForms,
    isWorstForm: worstForms.length > 0,
    reasoning,
    citations: [...citations],
  };
};

/**
 * Whether a situation is among the worst forms of child labour under C.182 Art. 3, which
 * category (a) to (d), and why: the reasoning and the provisions, not just a boolean.
 *
 * Indicators can be given as a list, or read from a description in words; the reasoning says
 * which words were read as which indicator. A classification is an indication for practitioners,
 * not a legal determination: hazardous work in particular is defined by each country's list.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * classifyChildLabour({ age: 15, description: 'recruited by an armed group as a porter' });
 * // E.right({ isWorstForm: true, worstForms: [{ category: 'a', citation: 'C.182 Art. 3(a)', ... }], ... })
 * @category combinators
 */
export const classifyChildLabour = (
  situation: z.input<typeof ChildLabourSituation>,
): E.Either<Problems, ChildLabourClassification> =>
  pipe(decode(ChildLabourSituation)(situation), E.map(classify));
