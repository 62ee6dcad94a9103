import { describe, expect, it } from 'vitest';
import { combineSelfAssessments } from './combine.js';
import { criteria } from './criteria.js';
import { SelfAssessment, type AnswerValue } from './schema.js';

const rater = (
  name: string,
  answers: Partial<Record<string, AnswerValue>>,
  fallback: AnswerValue = 'yes',
) =>
  SelfAssessment.parse({
    partnership: 'Kilns',
    rater: { name },
    answers: criteria.map((c) => {
      const answer = answers[c.id] ?? fallback;
      return answer === 'not-applicable'
        ? { criterion: c.id, answer, reason: `${name} finds it does not apply` }
        : { criterion: c.id, answer };
    }),
  });

const checkOf = (report: ReturnType<typeof combineSelfAssessments>, id: string) =>
  report.checks.find((c) => c.id === id);

describe('combineSelfAssessments', () => {
  const report = combineSelfAssessments([
    rater('Ministry', { 'facilitate.funding': 'yes', 'work.baseline': 'partly' }),
    rater('Union', { 'facilitate.funding': 'no', 'work.baseline': 'partly' }),
    rater('NGO', {
      'facilitate.funding': 'partly',
      'work.baseline': 'yes',
      'facilitate.legitimacy': 'not-applicable',
    }),
  ]);

  it('takes the mean credit per criterion, with the spread and standard deviation', () => {
    expect(checkOf(report, 'facilitate.funding')?.agreement).toMatchObject({
      mean: 0.5,
      spread: 1,
      standardDeviation: 0.408,
    });
    expect(checkOf(report, 'work.baseline')?.credit).toBeCloseTo(0.67, 2);
  });

  it('gives the combined status from the mean: met from 0.75, partial from 0.25', () => {
    expect(checkOf(report, 'facilitate.funding')?.status).toBe('partial');
    expect(checkOf(report, 'work.shared-aim')?.status).toBe('met');
  });

  it('flags the criteria the raters disagree on most, and asks them to discuss it', () => {
    expect(report.raters?.disputed).toEqual([
      'work.baseline',
      'facilitate.legitimacy',
      'facilitate.funding',
    ]);
    expect(checkOf(report, 'facilitate.funding')?.recommendation).toMatch(
      /^Partners disagree \(1 yes, 1 partly, 1 no\)/,
    );
  });

  it('leaves out the raters who find a criterion not applicable', () => {
    expect(checkOf(report, 'facilitate.legitimacy')).toMatchObject({ status: 'met', credit: 1 });
  });

  it('sets a criterion aside only when every rater does, keeping their reasons', () => {
    const allAside = combineSelfAssessments([
      rater('A', { 'facilitate.legitimacy': 'not-applicable' }),
      rater('B', { 'facilitate.legitimacy': 'not-applicable' }),
    ]);
    expect(checkOf(allAside, 'facilitate.legitimacy')).toMatchObject({ status: 'not-applicable' });
    expect(checkOf(allAside, 'facilitate.legitimacy')?.reason).toContain(
      'A finds it does not apply',
    );
  });

  it('names the raters and counts them', () => {
    expect(report.raters).toMatchObject({ count: 3, names: ['Ministry', 'Union', 'NGO'] });
    expect(report.kind).toBe('combined');
  });

  it('flags nothing when everyone agrees', () => {
    const agreed = combineSelfAssessments([rater('A', {}), rater('B', {})]);
    expect(agreed.raters?.disputed).toEqual([]);
    expect(agreed.score).toBe(100);
  });

  it('scores one rater the same as scoring them alone', () => {
    const alone = combineSelfAssessments([
      rater('A', { 'work.baseline': 'partly', 'work.monitoring': 'no' }),
    ]);
    expect(checkOf(alone, 'work.baseline')?.credit).toBe(0.5);
    expect(checkOf(alone, 'work.monitoring')?.status).toBe('missing');
  });
});

describe('combineSelfAssessments with make-ups', () => {
  const withMakeUp = (name: string, makeUp: Record<string, unknown>) =>
    SelfAssessment.parse({ ...rater(name, {}), makeUp });
  const report = combineSelfAssessments([
    withMakeUp('Ministry', {
      actorTypes: ['government', 'workers-organisation', 'employers-organisation'],
      geography: 'in-country',
    }),
    withMakeUp('NGO', {
      actorTypes: ['government', 'ngo'],
      geography: 'cross-border',
      places: ['source'],
    }),
    rater('Union', {}),
  ]);

  it('counts what each rater’s make-up decides as the answer its status stands for, marked as such', () => {
    expect(checkOf(report, 'complementarity.actor-types')?.agreement?.answers).toEqual([
      { rater: 'Ministry', answer: 'yes', fromMakeUp: true },
      { rater: 'NGO', answer: 'partly', fromMakeUp: true },
      { rater: 'Union', answer: 'yes' },
    ]);
    expect(checkOf(report, 'complementarity.actor-types')?.credit).toBeCloseTo(0.83, 2);
  });

  it('keeps each rater’s evidence from the make-up', () => {
    expect(checkOf(report, 'complementarity.actor-types')?.evidence).toContainEqual({
      path: 'NGO: makeUp.actorTypes',
      text: 'NGOs and mass organisations: outreach capacity and campaigns.',
    });
  });

  it('flags a disagreement the make-ups reveal: one rater finds it in-country, another cross-border at source only', () => {
    expect(checkOf(report, 'matrix.cross-border-reach')?.agreement).toMatchObject({
      answers: [
        { rater: 'Ministry', answer: 'not-applicable', fromMakeUp: true },
        { rater: 'NGO', answer: 'no', fromMakeUp: true },
        { rater: 'Union', answer: 'yes' },
      ],
      disputed: true,
    });
    expect(report.raters?.disputed).toContain('matrix.cross-border-reach');
  });

  it('scores one rater with a make-up the same as scoring them alone', () => {
    const alone = withMakeUp('A', { actorTypes: ['ngo'] });
    const combined = combineSelfAssessments([alone]);
    expect(checkOf(combined, 'complementarity.actor-types')).toMatchObject({
      status: 'missing',
      credit: 0,
    });
    expect(combined.gates.map((g) => g.id)).toEqual(['one-kind-of-actor']);
  });
});
