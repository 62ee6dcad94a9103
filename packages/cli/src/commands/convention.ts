import {
  articlesOf,
  cite,
  getInstrument,
  parseInstrumentId,
  readableDate,
  type Article,
  type Instrument,
  type VerificationStatus,
} from '@target87/core';
import { parseArgs, unknownFlag, type Command } from '../command.js';
import { paint, type Io } from '../output.js';

const usage = [
  'target87 convention <id> [--json]',
  '',
  'Prints one instrument with its key articles. The id can be written any common way: C138,',
  'C.138, "No. 138", "Convention 138", P29, R190, "Minimum Age Convention", "Palermo Protocol".',
  '',
  '  --json   print { "instrument": {...}, "articles": [...] } as the library holds them',
  '',
  'Exit status: 0 found, 1 unknown instrument, 2 wrong usage.',
].join('\n');

const knownFlags = ['json'];

const statusNote: Readonly<Record<VerificationStatus, string>> = {
  verified: '',
  secondary: ' (secondary sources)',
  unverified: ' (unverified)',
  conflicting: ' (sources disagree)',
};

const facts = (instrument: Instrument): string[] => {
  const { adoption, entryIntoForce, fundamental, ratifications } = instrument;
  const where = [adoption.value.session, adoption.value.place].filter((p) => p !== null).join(', ');
  const lines = [
    `Adopted: ${readableDate(adoption.value.date)}${where === '' ? '' : ` (${where})`}${statusNote[adoption.status]}`,
  ];
  if (entryIntoForce !== null) {
    lines.push(
      `In force: ${readableDate(entryIntoForce.value)}${statusNote[entryIntoForce.status]}`,
    );
  }
  if (fundamental !== null) {
    lines.push(`Fundamental: ${fundamental.value ? 'yes' : 'no'}${statusNote[fundamental.status]}`);
  }
  if (ratifications !== null) {
    const { count, asOf, atLeast } = ratifications.value;
    lines.push(
      `Ratifications: ${atLeast ? 'at least ' : ''}${String(count)} as of ${readableDate(asOf)}${statusNote[ratifications.status]}`,
    );
  }
  const codes = (ids: readonly Instrument['id'][]) => ids.map((id) => cite(id)).join(', ');
  if (instrument.recommendations.length > 0)
    lines.push(`Recommendations: ${codes(instrument.recommendations)}`);
  if (instrument.related.length > 0) lines.push(`Related: ${codes(instrument.related)}`);
  return lines;
};

/** "Did you mean C.138 (Minimum Age Convention, 1973 (No. 138))?" for a suggested id. */
const didYouMean = (suggestion: string): string => {
  const id = parseInstrumentId(suggestion);
  return id._tag === 'Right'
    ? ` Did you mean ${cite(id.right)} (${getInstrument(id.right).title})?`
    : ` Did you mean ${suggestion}?`;
};

const articleBlock = (io: Io, article: Article): string => {
  const label = cite(article.instrumentId, article.number);
  const part = article.part === undefined ? '' : ` [${article.part}]`;
  return [
    `${paint(io, 'bold', `${label}: ${article.heading}`)}${part}${paint(io, 'dim', statusNote[article.status])}`,
    `  ${article.summary}`,
    ...article.paragraphs.map(
      (p) =>
        `    ${paint(io, 'cyan', p.ref)} ${p.summary}${paint(io, 'dim', statusNote[p.status ?? 'verified'])}`,
    ),
  ].join('\n');
};

const printReadable = (io: Io, instrument: Instrument, articles: readonly Article[]): void => {
  io.stdout(
    [
      paint(io, 'bold', `${instrument.code}: ${instrument.title}`),
      `${instrument.longTitle.value}${statusNote[instrument.longTitle.status]}`,
      '',
      ...facts(instrument),
      '',
      instrument.summary,
      '',
      articles.length === 0
        ? 'The library holds this instrument in summary, without its articles.'
        : paint(io, 'bold', `Key articles (${String(articles.length)})`),
      ...articles.map((a) => `\n${articleBlock(io, a)}`),
    ].join('\n'),
  );
};

/**
 * `target87 convention <id>`: one convention with its articles.
 *
 * @example
 * await main(['convention', 'C.138'], io);
 */
export const convention: Command = {
  name: 'convention',
  summary: 'Show one convention (or protocol, recommendation) with its key articles.',
  usage,
  run: (args, io) => {
    const { flags, positionals } = parseArgs(args);
    const unknown = unknownFlag(flags, knownFlags);
    if (unknown !== undefined) {
      io.stderr(`${unknown}\n\nUsage: ${usage}`);
      return Promise.resolve(2);
    }
    const text = positionals.join(' ').trim();
    if (text === '') {
      io.stderr(`Which convention? For example: target87 convention C138\n\nUsage: ${usage}`);
      return Promise.resolve(2);
    }
    const parsed = parseInstrumentId(text);
    if (parsed._tag === 'Left') {
      const lines = parsed.left.map(
        (problem) =>
          `${problem.message}${problem.suggestion === undefined ? '' : didYouMean(problem.suggestion)}`,
      );
      if (flags.has('json')) {
        io.stdout(
          JSON.stringify(
            {
              errors: parsed.left.map((p) => ({
                path: p.path,
                message: p.message,
                ...(p.suggestion === undefined ? {} : { suggestion: p.suggestion }),
              })),
            },
            null,
            2,
          ),
        );
      } else {
        io.stderr(lines.join('\n'));
      }
      return Promise.resolve(1);
    }
    const instrument = getInstrument(parsed.right);
    const articles = articlesOf(parsed.right);
    if (flags.has('json')) io.stdout(JSON.stringify({ instrument, articles }, null, 2));
    else printReadable(io, instrument, articles);
    return Promise.resolve(0);
  },
};
