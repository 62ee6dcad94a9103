import {
  criteria,
  criteriaDecidedByMakeUp,
  makeUpQuestions,
  PartnershipMakeUp,
  scoreSelfAssessment,
} from '@target87/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { components } from '../discord/render.js';
import { limits } from '../discord/limits.js';
import type { Reply } from '../reply.js';
import { encodePicks, makeUpCodeLength, quickSelfAssessment, readMakeUpCode } from './quick.js';

/** The arguments a button of the reply carries, found by its label. */
const press = (reply: Reply, label: string): Record<string, string | number | boolean> => {
  const button = reply.buttons?.find((b) => b.label === label);
  if (button === undefined) throw new Error(`no button ${label} on ${reply.title ?? ''}`);
  return { ...button.args };
};

/** Picks values in the reply's menu, as Discord would send them. */
const pick = (reply: Reply, values: readonly string[]): Reply => {
  if (reply.menu === undefined) throw new Error(`no menu on ${reply.title ?? ''}`);
  return quickSelfAssessment({ ...reply.menu.args, [reply.menu.arg]: values.join(',') });
};

const kilnsMakeUp = {
  actorTypes: ['government', 'workers-organisation', 'ngo'],
  interventionTypes: ['monitoring-enforcement', 'victim-assistance'],
  levels: ['policy', 'outreach'],
  places: ['source', 'destination'],
  geography: ['in-country'],
} as const;

/** The same make-up as the core reads it. */
const kilnsMakeUpParsed = () =>
  PartnershipMakeUp.parse({ ...kilnsMakeUp, geography: kilnsMakeUp.geography[0] });

/** Answers the five make-up questions through the menus. */
const answerMakeUp = (): Reply =>
  makeUpQuestions.reduce<Reply>(
    (reply, q) => pick(reply, kilnsMakeUp[q.field]),
    quickSelfAssessment({}),
  );

describe('the make-up code', () => {
  it('round-trips any picks, in six hex digits', () => {
    const picks = fc.tuple(
      ...makeUpQuestions.map((q) =>
        q.multiple
          ? fc.subarray(q.options.map((o) => o.value))
          : fc.subarray(
              q.options.map((o) => o.value),
              { maxLength: 1 },
            ),
      ),
    );
    fc.assert(
      fc.property(picks, (values) => {
        const code = makeUpQuestions.map((q, i) => encodePicks(q, values[i] ?? [])).join('');
        expect(code).toMatch(/^[0-9a-f]{6}$/);
        expect(code).toHaveLength(makeUpCodeLength);
        expect(readMakeUpCode(code)).toEqual(values);
      }),
    );
  });

  it('refuses codes this flow did not write', () => {
    for (const code of ['0', 'zz', 'FF', '0g', '0f14', '0f118', '0f1114', '0f11110', '0f1100x']) {
      expect(readMakeUpCode(code), code).toBeUndefined();
    }
  });
});

describe('/score quick', () => {
  it('asks about the make-up first, one menu per question, each skippable, with Back after the first', () => {
    let reply = quickSelfAssessment({});
    for (const [i, q] of makeUpQuestions.entries()) {
      expect(reply.title).toBe(`Quick self-assessment: the partnership, ${String(i + 1)} of 5`);
      expect(reply.body).toContain(q.question);
      expect(reply.menu).toMatchObject({
        command: 'score quick',
        arg: 'picked',
        replace: true,
        options: q.options,
      });
      expect(reply.menu?.pick).toEqual(q.multiple ? { min: 1, max: q.options.length } : undefined);
      expect(reply.buttons?.map((b) => b.label)).toEqual(
        i === 0 ? ['Skip this question'] : ['Skip this question', '◀ Back'],
      );
      reply = quickSelfAssessment(press(reply, 'Skip this question'));
    }
    // Every question skipped: every criterion is asked.
    expect(reply.title).toBe(`Quick self-assessment: 1 of ${String(criteria.length)}`);
  });

  it('goes back one question, and recalls what was said so far', () => {
    const second = pick(quickSelfAssessment({}), ['government', 'ngo']);
    expect(second.body).toContain(
      'So far:\nKinds of actor: Governments, NGOs and mass organisations',
    );
    const third = pick(second, ['victim-assistance']);
    const back = quickSelfAssessment(press(third, '◀ Back'));
    expect(back.title).toBe(second.title);
    expect(back.menu?.args).toEqual(second.menu?.args);
  });

  it('refuses a pick that is not one of the question’s options', () => {
    const reply = quickSelfAssessment({ picked: 'government,goverment' });
    expect(reply).toMatchObject({ ephemeral: true, title: 'That is not one of the choices' });
    expect(quickSelfAssessment({ makeup: '0f111', picked: 'in-country,both' }).title).toBe(
      'That is not one of the choices',
    );
  });

  it('then asks only the criteria the make-up does not decide, saying which it worked out', () => {
    const first = answerMakeUp();
    const decided = criteriaDecidedByMakeUp(kilnsMakeUpParsed());
    const asked = criteria.filter((c) => !decided.includes(c.id));
    expect(decided).toEqual([
      'complementarity.actor-types',
      'complementarity.roles-covered',
      'matrix.cross-border-reach',
      'pathfinder.social-partners-civil-society',
    ]);
    expect(first.title).toBe(`Quick self-assessment: 1 of ${String(asked.length)}`);
    expect(first.body).toContain(
      'so not asked: Different kinds of actor (met); Every needed role covered (met); Cross-border work reaches beyond the source (not applicable); Social partners and civil society (partly met).',
    );
    let reply = first;
    for (const [i, criterion] of asked.entries()) {
      expect(reply.title).toBe(
        `Quick self-assessment: ${String(i + 1)} of ${String(asked.length)}`,
      );
      expect(reply.body).toContain(criterion.question);
      const labels = (reply.buttons ?? []).map((b) => b.label);
      expect(labels.includes('Not applicable')).toBe(criterion.mayBeNotApplicable);
      reply = quickSelfAssessment(press(reply, 'Yes'));
    }
    expect(reply.title).toMatch(/^Quick self-assessment: \d+\.\d of 100, .+ readiness$/);
  });

  it('scores exactly what the core scores for the same make-up and answers', () => {
    let reply = answerMakeUp();
    const letters: string[] = [];
    while (reply.buttons?.some((b) => b.label === 'Partly') === true) {
      const label = letters.length % 3 === 0 ? 'No' : 'Partly';
      letters.push(label === 'No' ? 'n' : 'p');
      reply = quickSelfAssessment(press(reply, label));
    }
    const decided = criteriaDecidedByMakeUp(kilnsMakeUpParsed());
    const asked = criteria.filter((c) => !decided.includes(c.id));
    const core = scoreSelfAssessment({
      partnership: 'Quick self-assessment',
      makeUp: kilnsMakeUpParsed(),
      answers: asked.map((c, i) => ({
        criterion: c.id,
        answer: letters[i] === 'n' ? 'no' : 'partly',
      })),
    });
    expect(reply.title).toBe(
      `Quick self-assessment: ${core.score.toFixed(1)} of 100, ${core.band.replace('-', ' ')} readiness`,
    );
  });

  it('holds a one-kind partnership at low readiness through the gate, however the rest is answered', () => {
    let reply = pick(quickSelfAssessment({}), ['ngo']);
    for (let i = 1; i < makeUpQuestions.length; i += 1) {
      reply = quickSelfAssessment(press(reply, 'Skip this question'));
    }
    while (reply.buttons?.some((b) => b.label === 'Yes') === true) {
      reply = quickSelfAssessment(press(reply, 'Yes'));
    }
    expect(reply.title).toMatch(/ of 100, low readiness$/);
    expect(reply.sections?.find((s) => s.heading === 'What holds the band back')?.body).toContain(
      'Fewer than two kinds of actor',
    );
  });

  it('goes back from the first criterion to the last make-up question, and from the report to the last answer', () => {
    const first = answerMakeUp();
    const back = quickSelfAssessment(press(first, '◀ Back'));
    expect(back.title).toBe('Quick self-assessment: the partnership, 5 of 5');
    const second = quickSelfAssessment(press(first, 'Yes'));
    expect(quickSelfAssessment(press(second, '◀ Back')).title).toBe(first.title);
  });

  it('attaches the full Markdown report on request', () => {
    let reply = answerMakeUp();
    while (reply.buttons?.some((b) => b.label === 'Yes') === true) {
      reply = quickSelfAssessment(press(reply, 'Yes'));
    }
    const download = quickSelfAssessment(press(reply, 'Full report (Markdown)'));
    const markdown = download.files?.[0]?.text ?? '';
    expect(markdown).toMatch(/^# Partnership readiness: Quick self-assessment/);
    expect(markdown).toContain('`makeUp.actorTypes`: Governments');
    const changeLast = quickSelfAssessment(press(reply, '◀ Change the last answer'));
    expect(changeLast.title).toMatch(/^Quick self-assessment: (\d+) of \1$/);
  });

  it('keeps every step’s buttons and menu within Discord’s custom id limit, and the report’s too', () => {
    let reply = quickSelfAssessment({});
    const seen: Reply[] = [reply];
    for (let i = 0; i < makeUpQuestions.length; i += 1) {
      reply = quickSelfAssessment(press(reply, 'Skip this question'));
      seen.push(reply);
    }
    while (reply.buttons?.some((b) => b.label === 'Not applicable' || b.label === 'No') === true) {
      const label = reply.buttons.some((b) => b.label === 'Not applicable')
        ? 'Not applicable'
        : 'No';
      reply = quickSelfAssessment(press(reply, label));
      seen.push(reply);
    }
    for (const step of seen) {
      const rendered = components(step, undefined).flatMap((row) => row.components);
      expect(rendered.length).toBe((step.buttons?.length ?? 0) + (step.menu === undefined ? 0 : 1));
      for (const c of rendered) {
        expect('custom_id' in c ? c.custom_id.length : 0).toBeLessThanOrEqual(limits.customId);
      }
    }
  });

  it('takes answers typed without a make-up as answers to every criterion', () => {
    const all = quickSelfAssessment({ answers: 'y'.repeat(criteria.length) });
    const none = quickSelfAssessment({ answers: 'n'.repeat(criteria.length) });
    expect(all.title).toBe('Quick self-assessment: 100.0 of 100, very high readiness');
    expect(none.title).toBe('Quick self-assessment: 0.0 of 100, low readiness');
  });

  it('refuses answers or codes it cannot read', () => {
    expect(quickSelfAssessment({ answers: 'yes' }).title).toBe('Those answers are not readable');
    expect(quickSelfAssessment({ answers: 'x' }).title).toBe('Those answers are not readable');
    expect(quickSelfAssessment({ makeup: 'zz' }).title).toBe('That step is not readable');
  });
});
