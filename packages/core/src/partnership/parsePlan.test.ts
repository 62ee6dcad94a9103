import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../shared/problem.js';
import {
  decodePlan,
  decodeSelfAssessment,
  parsePlanText,
  parseScorableText,
  parseSelfAssessmentText,
} from './parsePlan.js';

const problemsOf = <A>(result: E.Either<readonly Problem[], A>): readonly Problem[] =>
  E.isLeft(result) ? result.left : [];

describe('decodePlan', () => {
  it('accepts a minimal plan: a name and partners', () => {
    expect(E.isRight(decodePlan({ name: 'X', partners: [] }))).toBe(true);
  });

  it('returns every problem at once, each with its path', () => {
    const problems = problemsOf(
      decodePlan({
        nmae: 'typo',
        partners: [{ name: 'A', actorType: 'goverment' }, { actorType: 'ngo' }],
        interventions: [
          { name: 'I', type: 'safe migraton', level: 'outreach', places: ['source'], lead: 'B' },
        ],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'required', path: 'name' }),
        expect.objectContaining({ code: 'unknown-field', path: 'nmae', suggestion: 'name' }),
        expect.objectContaining({ path: 'partners[0].actorType', suggestion: 'government' }),
        expect.objectContaining({ code: 'required', path: 'partners[1].name' }),
        expect.objectContaining({ path: 'interventions[0].type', suggestion: 'safe-migration' }),
        expect.objectContaining({ path: 'interventions[0].lead', suggestion: 'A' }),
      ]),
    );
  });

  it('suggests the actor type from the words people use', () => {
    const [problem] = problemsOf(
      decodePlan({ name: 'X', partners: [{ name: 'A', actorType: 'trade union' }] }),
    );
    expect(problem?.suggestion).toBe('workers-organisation');
  });

  it('suggests the intervention type from the words people use', () => {
    const [problem] = problemsOf(
      decodePlan({ name: 'X', partners: [], focus: { interventionTypes: ['labour inspection'] } }),
    );
    expect(problem).toMatchObject({
      path: 'focus.interventionTypes[0]',
      suggestion: 'monitoring-enforcement',
    });
  });

  it('checks that names refer to partners, target groups and areas of the plan', () => {
    const problems = problemsOf(
      decodePlan({
        name: 'X',
        partners: [{ name: 'Ministry of Labour', actorType: 'government' }],
        targetGroups: [{ name: 'Children', people: ['children'] }],
        areas: [{ name: 'North' }],
        monitoring: { mechanism: 'm', responsible: 'Ministry of Labor' },
        interventions: [
          {
            name: 'I',
            type: 'victim-assistance',
            level: 'outreach',
            places: ['source'],
            targetGroups: ['Childrn'],
          },
        ],
        localOutreachPartners: [{ name: 'L', areas: ['Nort'] }],
      }),
    );
    expect(problems.map((p) => [p.path, p.suggestion])).toEqual([
      ['interventions[0].targetGroups[0]', 'Children'],
      ['localOutreachPartners[0].areas[0]', 'North'],
      ['monitoring.responsible', 'Ministry of Labour'],
    ]);
  });

  it('refuses a partner listed twice', () => {
    const problems = problemsOf(
      decodePlan({
        name: 'X',
        partners: [
          { name: 'A', actorType: 'ngo' },
          { name: 'A', actorType: 'media' },
        ],
      }),
    );
    expect(problems[0]).toMatchObject({ path: 'partners[1].name' });
  });

  it('refuses to set aside a criterion every partnership needs, and a criterion set aside twice', () => {
    const problems = problemsOf(
      decodePlan({
        name: 'X',
        partners: [],
        notApplicable: [
          { criterion: 'work.shared-aim', reason: 'We have none' },
          { criterion: 'facilitate.external-pressure', reason: 'None exists' },
          { criterion: 'facilitate.external-pressure', reason: 'Again' },
        ],
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(['notApplicable[0]', 'notApplicable[2].criterion']);
    expect(problems[0]?.message).toContain('cannot be set aside');
  });

  it('needs a reason to set a criterion aside', () => {
    const [problem] = problemsOf(
      decodePlan({
        name: 'X',
        partners: [],
        notApplicable: [{ criterion: 'facilitate.legitimacy' }],
      }),
    );
    expect(problem).toMatchObject({ code: 'required', path: 'notApplicable[0].reason' });
  });

  it('reports the template’s placeholders left in a plan', () => {
    const problems = problemsOf(
      decodePlan({
        name: '<Name of the partnership>',
        partners: [{ name: '<Partner 1>', actorType: 'ngo' }],
        leader: { name: 'A', organisation: '<Partner 1>' },
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'name',
      'partners[0].name',
      'leader.organisation',
    ]);
    expect(problems[0]?.message).toContain('still the template’s placeholder'.replace('’', "'"));
  });

  it('never throws on values that are not a plan', () => {
    for (const value of [null, 3, 'text', [], { partners: 'x' }, { partners: [null, 3] }]) {
      expect(E.isLeft(decodePlan(value))).toBe(true);
    }
  });
});

describe('parsePlanText', () => {
  it('adds the line and column to each problem', () => {
    const [problem] = problemsOf(
      parsePlanText('name: X\npartners:\n  - name: A\n    actorType: goverment\n'),
    );
    expect(problem?.message).toContain('(line 4, column 16)');
    expect(problem?.suggestion).toBe('government');
  });

  it('passes on the reading problems of the text', () => {
    expect(problemsOf(parsePlanText(''))[0]?.code).toBe('empty');
    expect(problemsOf(parsePlanText('name: [oops'))[0]?.code).toBe('syntax');
  });
});

describe('self-assessments', () => {
  it('decodes answers, and needs a reason for not applicable', () => {
    const problems = problemsOf(
      decodeSelfAssessment({
        partnership: 'X',
        answers: [
          { criterion: 'work.baseline', answer: 'yes' },
          { criterion: 'facilitate.legitimacy', answer: 'not-applicable' },
          { criterion: 'work.basline', answer: 'no' },
          { criterion: 'work.shared-aim', answer: 'not-applicable', reason: 'None' },
          { criterion: 'work.baseline', answer: 'no' },
        ],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'answers[1].reason', code: 'required' }),
        expect.objectContaining({ path: 'answers[2].criterion', suggestion: 'work.baseline' }),
        expect.objectContaining({ path: 'answers[3]' }),
        expect.objectContaining({ path: 'answers[4].criterion' }),
      ]),
    );
  });

  it('decodes a make-up, suggesting the actor or intervention type meant', () => {
    const problems = problemsOf(
      decodeSelfAssessment({
        partnership: 'X',
        makeUp: {
          actorTypes: ['government', 'trade union'],
          interventionTypes: ['labour inspection'],
          places: [],
          geography: 'everywhere',
        },
        answers: [],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'makeUp.actorTypes[1]',
          suggestion: 'workers-organisation',
        }),
        expect.objectContaining({
          path: 'makeUp.interventionTypes[0]',
          suggestion: 'monitoring-enforcement',
        }),
        expect.objectContaining({ path: 'makeUp.places' }),
        expect.objectContaining({ path: 'makeUp.geography' }),
      ]),
    );
  });

  it('reads a self-assessment from text', () => {
    const result = parseSelfAssessmentText(
      'partnership: X\nanswers:\n  - criterion: work.baseline\n    answer: partly\n',
    );
    expect(E.isRight(result)).toBe(true);
  });
});

describe('parseScorableText', () => {
  it('tells a self-assessment from a plan', () => {
    const assessment = parseScorableText('partnership: X\nanswers: []\n');
    const plan = parseScorableText('name: X\npartners: []\n');
    expect(E.isRight(assessment) && assessment.right.kind).toBe('self-assessment');
    expect(E.isRight(plan) && plan.right.kind).toBe('plan');
  });
});
