import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { suggestActorType } from '../actors/actorTypes.js';
import { suggestInterventionType } from '../interventions/interventions.js';
import { closestMatch } from '../shared/closest.js';
import { decode } from '../shared/decode.js';
import { formatPath, problem, type Problem, type Problems } from '../shared/problem.js';
import { criterion } from './criteria.js';
import { readStructuredText, withPositions, type TextLimits } from './readText.js';
import { CriterionId, PartnershipPlan, SelfAssessment } from './schema.js';

// ---- reading unknown values defensively --------------------------------------------

type Key = string | number;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listAt = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const textAt = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const field = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

const nonEmpty = (problems: readonly Problem[]): Problems | undefined => {
  const [first, ...rest] = problems;
  return first === undefined ? undefined : [first, ...rest];
};

/** The template's placeholders look like `<Name of the partnership>`. */
const placeholder = /^<[^<>]+>$/;

// ---- cross-references -------------------------------------------------------------

/**
 * Problems a schema cannot see: names that must refer to a partner, a target group or an area
 * listed elsewhere in the plan; partners listed twice; and criteria set aside as not applicable
 * that the method does not allow to be. Reads the raw input, so that these problems are reported
 * together with the schema's.
 */
const referenceProblems = (input: unknown): Problem[] => {
  if (!isRecord(input)) return [];
  const problems: Problem[] = [];
  const partners = listAt(input.partners);
  const partnerNames = partners.flatMap((p) => {
    const name = textAt(field(p, 'name'));
    return name === undefined ? [] : [name];
  });
  const known = new Set(partnerNames);

  const seen = new Set<string>();
  partners.forEach((p, i) => {
    const name = textAt(field(p, 'name'));
    if (name === undefined) return;
    if (seen.has(name)) {
      problems.push(
        problem(
          'invalid-value',
          formatPath(['partners', i, 'name']),
          `The partner "${name}" is listed twice.`,
        ),
      );
    }
    seen.add(name);
  });

  const mustBePartner = (value: unknown, path: readonly Key[]) => {
    const name = textAt(value);
    if (name === undefined || known.has(name) || placeholder.test(name.trim())) return;
    problems.push(
      problem(
        'unknown-value',
        formatPath(path),
        `"${name}" is not one of the partners; use a name exactly as it is written in partners.`,
        closestMatch(name, partnerNames),
      ),
    );
  };
  const mustBeIn = (
    value: unknown,
    path: readonly Key[],
    names: readonly string[],
    what: string,
  ) => {
    const name = textAt(value);
    if (name === undefined || names.includes(name) || placeholder.test(name.trim())) return;
    problems.push(
      problem(
        'unknown-value',
        formatPath(path),
        `"${name}" is not one of the ${what}; use a name exactly as it is written there.`,
        closestMatch(name, names),
      ),
    );
  };

  listAt(field(input.aim, 'agreedBy')).forEach((name, i) => {
    mustBePartner(name, ['aim', 'agreedBy', i]);
  });
  const groupNames = listAt(input.targetGroups).flatMap((g) => textAt(field(g, 'name')) ?? []);
  const areaNames = listAt(input.areas).flatMap((a) => textAt(field(a, 'name')) ?? []);
  listAt(input.interventions).forEach((intervention, i) => {
    mustBePartner(field(intervention, 'lead'), ['interventions', i, 'lead']);
    listAt(field(intervention, 'supporting')).forEach((name, j) => {
      mustBePartner(name, ['interventions', i, 'supporting', j]);
    });
    listAt(field(intervention, 'targetGroups')).forEach((name, j) => {
      mustBeIn(
        name,
        ['interventions', i, 'targetGroups', j],
        groupNames,
        'target groups (targetGroups)',
      );
    });
  });
  listAt(input.localOutreachPartners).forEach((o, i) => {
    listAt(field(o, 'areas')).forEach((name, j) => {
      mustBeIn(name, ['localOutreachPartners', i, 'areas', j], areaNames, 'areas (areas)');
    });
  });
  mustBePartner(field(input.baseline, 'by'), ['baseline', 'by']);
  mustBePartner(field(input.monitoring, 'responsible'), ['monitoring', 'responsible']);
  listAt(input.indicators).forEach((indicator, i) => {
    mustBePartner(field(indicator, 'owner'), ['indicators', i, 'owner']);
  });
  mustBePartner(field(input.leader, 'organisation'), ['leader', 'organisation']);
  mustBePartner(field(input.leadInstitution, 'name'), ['leadInstitution', 'name']);
  mustBePartner(field(input.coordination, 'hostedBy'), ['coordination', 'hostedBy']);
  mustBePartner(field(input.nationalFocalPoint, 'institution'), [
    'nationalFocalPoint',
    'institution',
  ]);
  for (const key of [
    'referralPathway',
    'bestInterestsOfTheChild',
    'dataConfidentiality',
    'survivorCentred',
  ]) {
    mustBePartner(field(field(input.safeguards, key), 'responsible'), [
      'safeguards',
      key,
      'responsible',
    ]);
  }
  problems.push(
    ...notApplicableProblems(listAt(input.notApplicable), 'notApplicable', 'criterion'),
  );
  problems.push(...placeholderProblems(input));
  return problems;
};

/** Values still holding the template's placeholders, so that an unfinished copy is not scored. */
const placeholderProblems = (input: unknown): Problem[] => {
  const problems: Problem[] = [];
  // Depth is already bounded by readStructuredText; plain values from code are walked the same way.
  const visit = (value: unknown, path: readonly Key[], depth: number) => {
    if (depth > 64) return;
    if (typeof value === 'string' && placeholder.test(value.trim())) {
      problems.push(
        problem(
          'invalid-value',
          formatPath(path),
          `${value.trim()} is still the template's placeholder: fill it in, or delete it.`,
        ),
      );
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, [...path, i], depth + 1);
      });
    } else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key], depth + 1);
    }
  };
  visit(input, [], 0);
  return problems;
};

/** Criteria set aside as not applicable that may not be, and criteria set aside twice. */
const notApplicableProblems = (
  entries: readonly unknown[],
  listName: string,
  key: string,
  isNotApplicable: (entry: unknown) => boolean = () => true,
): Problem[] => {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const parsed = CriterionId.safeParse(field(entry, key));
    if (!parsed.success) return;
    if (seen.has(parsed.data)) {
      problems.push(
        problem(
          'invalid-value',
          formatPath([listName, i, key]),
          `"${parsed.data}" is listed twice.`,
        ),
      );
    }
    seen.add(parsed.data);
    const definition = criterion(parsed.data);
    if (isNotApplicable(entry) && !definition.mayBeNotApplicable) {
      problems.push(
        problem(
          'invalid-value',
          formatPath([listName, i]),
          `"${definition.title}" (${parsed.data}) cannot be set aside as not applicable: every partnership needs it.`,
        ),
      );
    }
  });
  return problems;
};

/**
 * Better suggestions for actor and intervention types than the closest spelling: the words people
 * use ("trade union", "labour inspection") map to the right value.
 */
const improveSuggestions = (problems: Problems, input: unknown): Problems => {
  const improve = (p: Problem): Problem => {
    if (p.code !== 'unknown-value') return p;
    const path = p.path;
    const value = path
      .split(/[.[\]]+/)
      .filter((k) => k !== '')
      .reduce<unknown>((v, k) => (/^\d+$/.test(k) ? listAt(v)[Number(k)] : field(v, k)), input);
    if (typeof value !== 'string') return p;
    const suggestion = /\.actorType$|^makeUp\.actorTypes\[\d+\]$/.test(path)
      ? suggestActorType(value)
      : /^interventions\[\d+\]\.type$|^(focus|makeUp)\.interventionTypes\[\d+\]$/.test(path)
        ? suggestInterventionType(value)
        : undefined;
    return suggestion === undefined ? p : { ...p, suggestion };
  };
  const [first, ...rest] = problems;
  return [improve(first), ...rest.map(improve)];
};

const merge = (first: readonly Problem[], second: readonly Problem[]): Problems | undefined =>
  nonEmpty([...first, ...second]);

// ---- boundaries -----------------------------------------------------------------

/**
 * Decodes a plan from an unknown value (already parsed from YAML or JSON), collecting every
 * problem: the schema's, and names that do not refer to a partner, target group or area of the
 * plan. Unknown actor and intervention types come with the closest valid one.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * import { decodePlan } from '@target87/core';
 * const result = decodePlan({ name: 'X', partners: [{ name: 'A', actorType: 'trade union' }] });
 * E.isLeft(result) && result.left[0].suggestion; // 'workers-organisation'
 * @category constructors
 */
export const decodePlan = (input: unknown): E.Either<Problems, PartnershipPlan> => {
  const references = referenceProblems(input);
  return pipe(
    decode(PartnershipPlan)(input),
    E.mapLeft((problems) => improveSuggestions(problems, input)),
    E.fold(
      (problems) => E.left(merge(problems, references) ?? problems),
      (plan) => {
        const all = nonEmpty(references);
        return all === undefined ? E.right(plan) : E.left(all);
      },
    ),
  );
};

/**
 * Reads a plan from YAML or JSON text: safely (size, nesting, aliases; see
 * {@link readStructuredText}), with every problem at once, each with its path, a plain message,
 * its line and column, and a suggestion where one is close.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * import { parsePlanText, planTemplate } from '@target87/core';
 * E.isRight(parsePlanText(planTemplate)); // true
 * @category constructors
 */
export const parsePlanText = (
  text: string,
  limits?: Partial<TextLimits>,
): E.Either<Problems, PartnershipPlan> =>
  pipe(
    readStructuredText(text, limits),
    E.chain((read) =>
      pipe(
        decodePlan(read.value),
        E.mapLeft((problems) => withPositions(problems, read)),
      ),
    ),
  );

/**
 * Decodes a quick self-assessment, collecting every problem: unknown criteria (with the closest
 * id), not-applicable answers without a reason, criteria that cannot be not applicable, criteria
 * answered twice, and unknown actor or intervention types in the make-up (with the closest).
 *
 * @example
 * import { decodeSelfAssessment } from '@target87/core';
 * decodeSelfAssessment({ partnership: 'X', answers: [{ criterion: 'work.baseline', answer: 'partly' }] });
 * @category constructors
 */
export const decodeSelfAssessment = (input: unknown): E.Either<Problems, SelfAssessment> => {
  const answers = listAt(field(input, 'answers'));
  const extra = [
    ...answers.flatMap((a, i) =>
      field(a, 'answer') === 'not-applicable' && textAt(field(a, 'reason')) === undefined
        ? [
            problem(
              'required',
              formatPath(['answers', i, 'reason']),
              'A "not-applicable" answer needs a reason.',
            ),
          ]
        : [],
    ),
    ...notApplicableProblems(
      answers,
      'answers',
      'criterion',
      (a) => field(a, 'answer') === 'not-applicable',
    ),
  ];
  return pipe(
    decode(SelfAssessment)(input),
    E.mapLeft((problems) => improveSuggestions(problems, input)),
    E.fold(
      (problems) => E.left(merge(problems, extra) ?? problems),
      (assessment) => {
        const all = nonEmpty(extra);
        return all === undefined ? E.right(assessment) : E.left(all);
      },
    ),
  );
};

/**
 * Reads a quick self-assessment from YAML or JSON text, safely.
 *
 * @example
 * import { parseSelfAssessmentText } from '@target87/core';
 * parseSelfAssessmentText('partnership: X\nanswers:\n  - criterion: work.baseline\n    answer: yes\n');
 * @category constructors
 */
export const parseSelfAssessmentText = (
  text: string,
  limits?: Partial<TextLimits>,
): E.Either<Problems, SelfAssessment> =>
  pipe(
    readStructuredText(text, limits),
    E.chain((read) =>
      pipe(
        decodeSelfAssessment(read.value),
        E.mapLeft((problems) => withPositions(problems, read)),
      ),
    ),
  );

/**
 * Either kind of input the scorer takes: a full plan or a quick self-assessment.
 *
 * @category model
 */
export type ScorableInput =
  | { readonly kind: 'plan'; readonly plan: PartnershipPlan }
  | { readonly kind: 'self-assessment'; readonly assessment: SelfAssessment };

/**
 * Reads a plan or a quick self-assessment from text, telling them apart by their fields (a
 * self-assessment has `answers`, a plan has `partners`).
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * import { parseScorableText, planTemplate } from '@target87/core';
 * const read = parseScorableText(planTemplate);
 * E.isRight(read) && read.right.kind; // 'plan'
 * @category constructors
 */
export const parseScorableText = (
  text: string,
  limits?: Partial<TextLimits>,
): E.Either<Problems, ScorableInput> =>
  pipe(
    readStructuredText(text, limits),
    E.chain((read) => {
      const isAssessment =
        isRecord(read.value) && 'answers' in read.value && !('partners' in read.value);
      return pipe(
        isAssessment
          ? pipe(
              decodeSelfAssessment(read.value),
              E.map((assessment): ScorableInput => ({ kind: 'self-assessment', assessment })),
            )
          : pipe(
              decodePlan(read.value),
              E.map((plan): ScorableInput => ({ kind: 'plan', plan })),
            ),
        E.mapLeft((problems) => withPositions(problems, read)),
      );
    }),
  );
