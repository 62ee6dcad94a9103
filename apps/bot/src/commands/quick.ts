import {
  assessMakeUp,
  checkGroup,
  criteria,
  decodeSelfAssessment,
  makeUpQuestions,
  scoreSelfAssessment,
  statusLabel,
  type Answer,
  type CheckOutcome,
  type Criterion,
  type MakeUpQuestion,
  type SelfAssessment,
} from '@target87/core';
import { problemsReply } from '../present/evidence.js';
import { reportReply, reportWithMarkdown } from '../present/report.js';
import { notice, type CommandButton, type Reply } from '../reply.js';

// The quick self-assessment keeps no state: everything answered so far travels in the custom ids
// of its buttons and menus, as two short codes.
//
// - `makeup`: one group of hex digits per make-up question, in order. A question that takes several
//   options is a bitmask of the options picked (bit i for option i); one that takes a single option
//   is its position from 1. `0` is a question skipped. Eight actor types take two digits, the other
//   questions one: six digits in all.
// - `answers`: one letter per criterion asked, in report order (y yes, p partly, n no, x not
//   applicable), skipping the criteria the make-up decides.

const quickName = 'Quick self-assessment';
const command = 'score quick';

/** One letter per answer, so every answer fits in a button's custom id. */
const letters = { y: 'yes', p: 'partly', n: 'no', x: 'not-applicable' } as const;
type Letter = keyof typeof letters;
const isLetter = (c: string): c is Letter => Object.hasOwn(letters, c);

/** Hex digits a make-up question takes in the code. */
const widthOf = (question: MakeUpQuestion): number =>
  question.multiple ? Math.ceil(question.options.length / 4) : 1;

/** The length of a complete make-up code. */
export const makeUpCodeLength = makeUpQuestions.reduce((sum, q) => sum + widthOf(q), 0);

/** The longest text a make-up menu can send: every option of one question, comma-separated. */
export const pickedMaxLength = Math.max(
  ...makeUpQuestions.map((q) => q.options.map((o) => o.value).join(',').length),
);

const hasBit = (mask: number, bit: number): boolean => Math.floor(mask / 2 ** bit) % 2 === 1;

/**
 * Reads a make-up code into the values picked for each question answered so far (empty when
 * skipped), or `undefined` when it is not one this flow wrote.
 *
 * @example
 * readMakeUpCode('11'); // [['government', 'ngo']]
 */
export const readMakeUpCode = (code: string): readonly (readonly string[])[] | undefined => {
  const picks: string[][] = [];
  let at = 0;
  for (const question of makeUpQuestions) {
    if (at === code.length) break;
    const digits = code.slice(at, at + widthOf(question));
    if (digits.length < widthOf(question) || !/^[0-9a-f]+$/.test(digits)) return undefined;
    const n = Number.parseInt(digits, 16);
    const { options } = question;
    if (question.multiple ? n >= 2 ** options.length : n > options.length) return undefined;
    picks.push(
      question.multiple
        ? options.filter((_, i) => hasBit(n, i)).map((o) => o.value)
        : options.slice(n - 1, n === 0 ? 0 : n).map((o) => o.value),
    );
    at += widthOf(question);
  }
  return at === code.length ? picks : undefined;
};

/**
 * Writes the values picked for a question as its digits of the make-up code.
 *
 * @example
 * encodePicks(makeUpQuestions[0], ['government', 'ngo']); // '11'
 */
export const encodePicks = (question: MakeUpQuestion, values: readonly string[]): string => {
  const n = question.multiple
    ? question.options.reduce((mask, o, i) => (values.includes(o.value) ? mask + 2 ** i : mask), 0)
    : question.options.findIndex((o) => o.value === values[0]) + 1;
  return n.toString(16).padStart(widthOf(question), '0');
};

/** The make-up as the core reads it: only the questions answered, not those skipped. */
const makeUpOf = (picks: readonly (readonly string[])[]): Record<string, unknown> =>
  Object.fromEntries(
    makeUpQuestions.flatMap((q, i) => {
      const values = picks[i] ?? [];
      return values.length === 0 ? [] : [[q.field, q.multiple ? values : values[0]]];
    }),
  );

/** The code without its last question's digits: one step back. */
const withoutLast = (code: string, answered: number): string => {
  const last = makeUpQuestions[answered - 1];
  return last === undefined ? code : code.slice(0, code.length - widthOf(last));
};

const step = (label: string, args: Readonly<Record<string, string>>): CommandButton => ({
  label,
  command,
  args,
  replace: true,
});

/** `{ makeup }`, left out while the code is empty. */
const codeArgs = (code: string): Record<string, string> => (code === '' ? {} : { makeup: code });

const footer =
  'Nothing is stored: your answers travel with the buttons. Answer for the partnership as a whole.';

/** What has been said about the partnership so far, one line per question. */
const saidSoFar = (picks: readonly (readonly string[])[]): string =>
  makeUpQuestions
    .slice(0, picks.length)
    .map((q, i) => {
      const values = picks[i] ?? [];
      const labels = q.options.filter((o) => values.includes(o.value)).map((o) => o.label);
      return `${q.title}: ${labels.length === 0 ? 'skipped' : labels.join(', ')}`;
    })
    .join('\n');

/** One question about the partnership's make-up, as a menu. */
const makeUpStep = (code: string, picks: readonly (readonly string[])[]): Reply => {
  const index = picks.length;
  const question = makeUpQuestions[index];
  if (question === undefined) return notice('Nothing to ask', 'The make-up is complete.');
  return {
    title: `${quickName}: the partnership, ${String(index + 1)} of ${String(makeUpQuestions.length)}`,
    body: [
      `**${question.title}**\n${question.question}`,
      index === 0
        ? 'First, five questions about the partnership. What you pick decides some criteria by the method’s own rules, so they are not asked later. Skip a question you cannot answer: its criteria are then asked one by one.'
        : `So far:\n${saidSoFar(picks)}`,
    ].join('\n\n'),
    footer,
    ephemeral: true,
    menu: {
      placeholder: question.multiple ? 'Pick all that apply' : 'Pick one',
      command,
      arg: 'picked',
      args: codeArgs(code),
      replace: true,
      ...(question.multiple ? { pick: { min: 1, max: question.options.length } } : {}),
      options: question.options,
    },
    buttons: [
      step('Skip this question', { makeup: code + '0'.repeat(widthOf(question)) }),
      ...(index === 0 ? [] : [step('◀ Back', codeArgs(withoutLast(code, index)))]),
    ],
  };
};

/** The make-up's answer to the next question, from the values picked in its menu. */
const pickNext = (
  code: string,
  picks: readonly (readonly string[])[],
  picked: string,
): Reply | { readonly code: string } => {
  const question = makeUpQuestions[picks.length];
  if (question === undefined) return { code };
  const values = [
    ...new Set(
      picked
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    ),
  ];
  const unknown = values.filter((v) => !question.options.some((o) => o.value === v));
  if (values.length === 0 || unknown.length > 0 || (!question.multiple && values.length > 1)) {
    return notice(
      'That is not one of the choices',
      `${question.question} Pick ${question.multiple ? 'one or more' : 'one'} of: ${question.options.map((o) => o.value).join(', ')}.`,
    );
  }
  return { code: code + encodePicks(question, values) };
};

/** The next criterion's question, with one button per possible answer. */
const question = (
  code: string,
  picks: readonly (readonly string[])[],
  asked: readonly Criterion[],
  decidedNote: string,
  answers: string,
): Reply => {
  const index = answers.length;
  const criterion = asked[index];
  if (criterion === undefined) return notice('Nothing to ask', 'Every criterion is answered.');
  const answer = (letter: Letter, label: string): CommandButton =>
    step(label, { ...codeArgs(code), answers: answers + letter });
  return {
    title: `${quickName}: ${String(index + 1)} of ${String(asked.length)}`,
    body: [
      `**${checkGroup(criterion.group).title}: ${criterion.title}**\n${criterion.question}`,
      ...(index === 0 && decidedNote !== '' ? [decidedNote] : []),
    ].join('\n\n'),
    footer,
    ephemeral: true,
    buttons: [
      answer('y', 'Yes'),
      answer('p', 'Partly'),
      answer('n', 'No'),
      ...(criterion.mayBeNotApplicable ? [answer('x', 'Not applicable')] : []),
      step(
        '◀ Back',
        index === 0
          ? codeArgs(withoutLast(code, picks.length))
          : { ...codeArgs(code), answers: answers.slice(0, -1) },
      ),
    ],
  };
};

/** The criteria the make-up decided, with what it found, for the first question. */
const decidedNoteOf = (decided: ReadonlyMap<string, CheckOutcome>): string => {
  const found = criteria.flatMap((c) => {
    const outcome = decided.get(c.id);
    return outcome === undefined ? [] : [`${c.title} (${statusLabel(outcome.status)})`];
  });
  return found.length === 0
    ? ''
    : `Worked out from what you said about the partnership, so not asked: ${found.join('; ')}.`;
};

/** Scores the completed quick self-assessment through the core, as a plan would be. */
const quickReport = (
  assessment: SelfAssessment,
  asked: readonly Criterion[],
  code: string,
  answers: string,
  download: boolean,
): Reply => {
  const given = asked.map((c, i): Answer => {
    const letter = answers.charAt(i);
    const answer = isLetter(letter) ? letters[letter] : 'no';
    return answer === 'not-applicable'
      ? { criterion: c.id, answer, reason: 'Marked not applicable in the quick self-assessment.' }
      : { criterion: c.id, answer };
  });
  const report = scoreSelfAssessment({ ...assessment, answers: given });
  if (download) return reportWithMarkdown(report);
  return reportReply(report, {
    buttons: [
      {
        label: 'Full report (Markdown)',
        command,
        args: { ...codeArgs(code), answers, download: true },
      },
      step('◀ Change the last answer', { ...codeArgs(code), answers: answers.slice(0, -1) }),
    ],
  });
};

/**
 * `/score quick`: a quick self-assessment in chat, one step at a time. First the partnership's
 * make-up, one menu per question (kinds of actor, kinds of work, levels, places, borders), each
 * skippable; then yes / partly / no (/ not applicable) for each criterion the make-up does not
 * decide; then the core's report. Every step has a Back button.
 *
 * @example
 * quickSelfAssessment({}); // the first make-up question, as a menu
 * quickSelfAssessment({ makeup: '000000', answers: 'y'.repeat(38) }); // the report
 */
export const quickSelfAssessment = (args: {
  readonly makeup?: string;
  readonly answers?: string;
  readonly picked?: string;
  readonly download?: boolean;
}): Reply => {
  // Answers without a make-up (typed in by hand) answer every criterion, as before make-ups.
  let code = args.makeup ?? (args.answers === undefined ? '' : '0'.repeat(makeUpCodeLength));
  let picks = readMakeUpCode(code);
  if (picks === undefined) {
    return notice(
      'That step is not readable',
      'Start again with `/score quick`: the buttons and menus carry the answers.',
    );
  }
  if (args.picked !== undefined && picks.length < makeUpQuestions.length) {
    const next = pickNext(code, picks, args.picked);
    if (!('code' in next)) return next;
    code = next.code;
    picks = readMakeUpCode(code) ?? picks;
  }
  if (picks.length < makeUpQuestions.length) return makeUpStep(code, picks);

  const decoded = decodeSelfAssessment({
    partnership: quickName,
    makeUp: makeUpOf(picks),
    answers: [],
  });
  if (decoded._tag === 'Left') return problemsReply('These answers cannot be scored', decoded.left);
  const assessment = decoded.right;
  const decided: ReadonlyMap<string, CheckOutcome> =
    assessment.makeUp === undefined ? new Map() : assessMakeUp(assessment.makeUp);
  const asked = criteria.filter((c) => !decided.has(c.id));
  const answers = args.answers ?? '';
  const readable =
    /^[ypnx]*$/.test(answers) &&
    answers.length <= asked.length &&
    asked.every((c, i) => answers.charAt(i) !== 'x' || c.mayBeNotApplicable);
  if (!readable) {
    return notice(
      'Those answers are not readable',
      `Answers are letters, one per criterion asked (${String(asked.length)}): y (yes), p (partly), n (no), x (not applicable, where a criterion allows it).`,
    );
  }
  if (answers.length < asked.length) {
    return question(code, picks, asked, decidedNoteOf(decided), answers);
  }
  return quickReport(assessment, asked, code, answers, args.download === true);
};
