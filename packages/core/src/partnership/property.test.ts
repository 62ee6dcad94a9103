import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { actorTypeIds } from '../actors/schema.js';
import { interventionTypeIds } from '../interventions/schema.js';
import { combineSelfAssessments } from './combine.js';
import { assessMakeUp } from './makeUp.js';
import { decodePlan, decodeSelfAssessment, parsePlanText } from './parsePlan.js';
import { criterionIds, PartnershipPlan, SelfAssessment } from './schema.js';
import { scorePlan, scoreSelfAssessment, scoreText } from './scorePlan.js';

const names = ['Ministry', 'Union', 'NGO', 'University', 'IOM', 'Nobody'];
const name = fc.constantFrom(...names);
const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /\S/.test(s));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const place = fc.constantFrom('source', 'transit', 'destination');
const places = fc.uniqueArray(place, { minLength: 1, maxLength: 3 });

/** Plans with every kind of field, including names that refer to no partner. */
const planInput = fc.record(
  {
    name: text,
    aim: maybe(
      fc.record(
        {
          statement: text,
          exploitation: maybe(
            fc.uniqueArray(
              fc.constantFrom('child-labour', 'forced-labour', 'trafficking', 'migrant-workers'),
              { minLength: 1 },
            ),
          ),
          concepts: maybe(text),
          approach: maybe(text),
          agreedBy: maybe(fc.array(name, { maxLength: 4 })),
        },
        { requiredKeys: ['statement'] },
      ),
    ),
    countries: maybe(
      fc.array(fc.constantFrom('Nepal', 'THA', 'Viet Nam', 'Atlantis'), { maxLength: 3 }),
    ),
    targetGroups: maybe(
      fc.array(
        fc.record({
          name: text,
          people: fc.uniqueArray(fc.constantFrom('children', 'adults'), { minLength: 1 }),
          situation: fc.constantFrom('at-risk', 'victims', 'at-risk-and-victims'),
        }),
        { maxLength: 2 },
      ),
    ),
    partners: fc.uniqueArray(
      fc.record(
        {
          name,
          actorType: fc.constantFrom(...actorTypeIds),
          ministry: maybe(fc.constantFrom('labour', 'education', 'statistics', 'other')),
          organisation: maybe(fc.constantFrom('IOM', 'UNICEF', 'ILO', 'Unknown')),
          responsibilities: maybe(fc.array(text, { maxLength: 2 })),
          focalPoint: maybe(
            fc.record(
              { name: text, timeInJobDescription: maybe(text) },
              { requiredKeys: ['name'] },
            ),
          ),
        },
        { requiredKeys: ['name', 'actorType'] },
      ),
      { selector: (p) => p.name, maxLength: 5 },
    ),
    interventions: maybe(
      fc.array(
        fc.record(
          {
            name: text,
            type: fc.constantFrom(...interventionTypeIds),
            level: fc.constantFrom('policy', 'outreach'),
            places,
            lead: maybe(name),
            supporting: maybe(fc.array(name, { maxLength: 2 })),
          },
          { requiredKeys: ['name', 'type', 'level', 'places'] },
        ),
        { maxLength: 6 },
      ),
    ),
    indicators: maybe(
      fc.array(
        fc.record(
          { name: text, baseline: maybe(fc.integer()), target: maybe(text), owner: maybe(name) },
          { requiredKeys: ['name'] },
        ),
        { maxLength: 3 },
      ),
    ),
    focus: maybe(
      fc.record({
        level: maybe(fc.constantFrom('policy', 'outreach', 'both')),
        geography: maybe(fc.constantFrom('in-country', 'cross-border', 'both')),
        places: maybe(places),
        interventionTypes: maybe(
          fc.uniqueArray(fc.constantFrom(...interventionTypeIds), { minLength: 1 }),
        ),
      }),
    ),
    funding: maybe(
      fc.record({
        sources: maybe(
          fc.array(
            fc.record({ funder: text, status: fc.constantFrom('secured', 'pledged', 'sought') }),
            { maxLength: 2 },
          ),
        ),
      }),
    ),
    endorsement: maybe(
      fc.record({
        level: fc.constantFrom(
          'head-of-state-or-government',
          'cabinet',
          'minister',
          'senior-official',
          'none',
        ),
      }),
    ),
    safeguards: maybe(
      fc.record({
        referralPathway: maybe(
          fc.record(
            { description: text, responsible: maybe(name) },
            { requiredKeys: ['description'] },
          ),
        ),
      }),
    ),
    notApplicable: maybe(
      fc.uniqueArray(
        fc.record({
          criterion: fc.constantFrom(
            'facilitate.external-pressure',
            'pathfinder.un-agencies',
            'safeguards.best-interests',
          ),
          reason: text,
        }),
        {
          selector: (n) => n.criterion,
          maxLength: 2,
        },
      ),
    ),
  },
  { requiredKeys: ['name', 'partners'] },
);

/** Drops the keys fast-check sets to undefined, as a parsed document would not have them. */
const clean = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe('the parser never throws', () => {
  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        const result = parsePlanText(input);
        expect(E.isLeft(result) || E.isRight(result)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('on text made of YAML and JSON punctuation', () => {
    const token = fc.constantFrom(
      '[',
      ']',
      '{',
      '}',
      ':',
      '- ',
      '&a ',
      '*a',
      '!!',
      '?',
      '#',
      '"',
      "'",
      '\n',
      '  ',
      'name',
      'partners',
      ',',
      '|',
      '>',
      '---',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 200 }), (tokens) => {
        expect(() => scoreText(tokens.join(''))).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it('on any value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => decodePlan(value)).not.toThrow();
        expect(() => decodeSelfAssessment(value)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('on a plan with every field broken in turn, written as YAML', () => {
    fc.assert(
      fc.property(planInput, fc.jsonValue(), fc.nat(), (plan, junk, pick) => {
        const value = clean(plan) as Record<string, unknown>;
        const keys = Object.keys(value);
        const key = keys[pick % keys.length] ?? 'name';
        const broken = { ...value, [key]: junk };
        expect(() => scoreText(stringify(broken))).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe('the scorer never throws and always explains itself', () => {
  it('on any valid plan, even with names that refer to no partner', () => {
    fc.assert(
      fc.property(planInput, (input) => {
        const plan = PartnershipPlan.parse(clean(input));
        const report = scorePlan(plan);
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(100);
        expect(report.checks.map((c) => c.id)).toEqual(criterionIds);
        for (const check of report.checks) {
          expect(check.recommendation.length).toBeGreaterThan(0);
          if (check.status === 'not-applicable') expect(check.reason).toBeDefined();
        }
        const weights = report.checks.reduce((sum, c) => sum + c.weight, 0);
        expect(weights === 0 || Math.abs(weights - 100) < 2).toBe(true);
        expect(report.recommendations.length).toBeLessThanOrEqual(3);
        expect(scorePlan(plan)).toEqual(report);
      }),
      { numRuns: 200 },
    );
  });

  it('on any self-assessments, alone or combined', () => {
    const answer = fc.record({
      criterion: fc.constantFrom(...criterionIds),
      answer: fc.constantFrom('yes', 'partly', 'no'),
    });
    const some = <T>(values: readonly T[]) =>
      maybe(fc.uniqueArray(fc.constantFrom(...values), { minLength: 1 }));
    const makeUp = fc.record(
      {
        actorTypes: some(actorTypeIds),
        interventionTypes: some(interventionTypeIds),
        levels: some(['policy', 'outreach']),
        places: some(['source', 'transit', 'destination']),
        geography: maybe(fc.constantFrom('in-country', 'cross-border', 'both')),
      },
      { requiredKeys: [] },
    );
    const assessment = fc
      .record(
        { partnership: text, makeUp: maybe(makeUp), answers: fc.array(answer, { maxLength: 40 }) },
        { requiredKeys: ['partnership', 'answers'] },
      )
      .map((a) => SelfAssessment.parse(clean(a)));
    fc.assert(
      fc.property(fc.array(assessment, { minLength: 1, maxLength: 4 }), ([first, ...rest]) => {
        if (first === undefined) return;
        const alone = scoreSelfAssessment(first);
        const combined = combineSelfAssessments([first, ...rest]);
        for (const r of [alone, combined]) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(r.checks.map((c) => c.id)).toEqual(criterionIds);
          for (const check of r.checks) {
            if (check.status === 'not-applicable') expect(check.reason).toBeDefined();
          }
        }
        // The make-up decides its criteria, whatever was answered for them.
        if (first.makeUp === undefined) return;
        for (const [id, decided] of assessMakeUp(first.makeUp)) {
          expect(alone.checks.find((c) => c.id === id)?.status).toBe(decided.status);
        }
      }),
      { numRuns: 150 },
    );
  });
});
