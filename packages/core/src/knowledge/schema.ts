import * as z from 'zod';
import { InstrumentId } from '../conventions/schema.js';
import { SeedReference, Source } from '../shared/evidence.js';

// ---- glossary --------------------------------------------------------------

/**
 * An acronym of the field as people write it: `WFCL`, `SAP-FL`, `A8.7`.
 *
 * @example
 * GlossaryTerm.parse('SAP-FL');
 * @category model
 */
export const GlossaryTerm = z
  .string()
  .regex(/^[A-Z][A-Za-z0-9&./-]*$/, {
    error: 'Expected an acronym such as WFCL, SAP-FL or ACT/EMP.',
  })
  .brand<'GlossaryTerm'>();
/** @category model */
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

/**
 * Where a glossary entry comes from: a seed document and its section, or a public page from the
 * reference notes.
 *
 * @example
 * const source: GlossarySource = { seed: '004_606416beeff1216a.txt', section: 'Background' };
 * @category model
 */
export const GlossarySource = z.union([SeedReference, Source]);
/** @category model */
export type GlossarySource = z.infer<typeof GlossarySource>;

/**
 * One acronym of the field: what it stands for, what it means in one sentence of our own, and
 * where the seeds or reference notes use it.
 *
 * @example
 * const entry: z.input<typeof GlossaryEntry> = {
 *   term: 'CSEC',
 *   expansion: 'Commercial Sexual Exploitation of Children',
 *   definition: 'Using children in prostitution or pornography for gain.',
 *   variants: [],
 *   instruments: ['C182'],
 *   seeAlso: ['WFCL'],
 *   sources: [{ seed: '001_9148a8ca8a7c6ecc.txt', section: 'Central America' }],
 * };
 * @category model
 */
export const GlossaryEntry = z.strictObject({
  term: GlossaryTerm,
  /** What the letters stand for, as the sources spell it. */
  expansion: z.string().min(1),
  /** One sentence of our own. */
  definition: z.string().min(1),
  /** Other ways people write it: plurals (`DWCPs`), without a hyphen (`SAPFL`), other languages. */
  variants: z.array(z.string().min(1)),
  /** The instruments the term is about, where there are any (`WFCL` is about C.182). */
  instruments: z.array(InstrumentId),
  /** Other entries worth reading with this one. */
  seeAlso: z.array(GlossaryTerm),
  sources: z.array(GlossarySource).min(1),
});
/** @category model */
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

// ---- the index -------------------------------------------------------------

/**
 * What a question can ask a document for directly.
 *
 * - `age`: a minimum age (C.138).
 * - `adopted`, `in-force`, `ratifications`, `fundamental`, `binding`: an instrument's dates,
 *   count and status.
 * - `ratification`: whether a country has ratified an instrument.
 * - `provision`: what one paragraph of an article says (an exception, a definition...).
 *
 * @example
 * FactTopic.options; // ['age', 'adopted', 'in-force', ...]
 * @category model
 */
export const FactTopic = z.enum([
  'age',
  'adopted',
  'in-force',
  'ratifications',
  'fundamental',
  'binding',
  'ratification',
  'provision',
]);
/** @category model */
export type FactTopic = z.infer<typeof FactTopic>;

/**
 * What a knowledge document is about, and the part of the library it comes from.
 *
 * - `convention` (modelled in full: C.29, P.29, C.138, C.182, C.97, C.143), `article` and
 *   `instrument` (recommendations and related instruments): conventions.
 * - `actor`, `intervention`, `matrix` (the "who is best placed" matrix and its cells),
 *   `criterion`: the partnership method.
 * - `glossary`: the field's acronyms.
 * - `practice`: the good practices of seed 001.
 * - `pathfinder`, `lesson`, `initiative`: Pathfinder countries, lessons learnt and business
 *   initiatives of seed 003.
 * - `organisation`, `programme`: international organisations (seed 002) and ILO programmes
 *   (seed 004).
 * - `country`: a country's ratifications.
 *
 * @example
 * search('child', { kinds: [KnowledgeKind.enum.practice] });
 * @category model
 */
export const KnowledgeKind = z.enum([
  'convention',
  'article',
  'instrument',
  'actor',
  'intervention',
  'matrix',
  'criterion',
  'glossary',
  'practice',
  'pathfinder',
  'lesson',
  'initiative',
  'organisation',
  'programme',
  'country',
]);
/** @category model */
export type KnowledgeKind = z.infer<typeof KnowledgeKind>;

/**
 * Where an answer comes from, for people to check it: a convention and article, or a seed and
 * section, or a public page.
 *
 * @example
 * formatCitation({ kind: 'instrument', instrumentId: InstrumentId.parse('C29'), ref: '2(2)(c)' });
 * // 'C.29 Art. 2(2)(c)'
 * @category model
 */
export const Citation = z.union([
  z.strictObject({
    kind: z.literal('instrument'),
    instrumentId: InstrumentId,
    /** `3(3)`, `2(2)(c)`, `Annex I`; absent when the answer is about the instrument as a whole. */
    ref: z.string().min(1).optional(),
  }),
  z.strictObject({ kind: z.literal('seed'), ...SeedReference.shape }),
  z.strictObject({ kind: z.literal('page'), ...Source.shape }),
]);
/** @category model */
export type Citation = z.infer<typeof Citation>;

/**
 * A fact a document holds, stated the way the first answer gives it: the value first, then the
 * provision or source (`18: C.138 Art. 3(1); 16 under conditions, Art. 3(3)`).
 *
 * @example
 * knowledgeIndex().documents.find((d) => d.id === 'C138:3')?.facts[0]?.statement;
 * // '18: C.138 Art. 3(1) ...'
 * @category model
 */
export const KnowledgeFact = z.strictObject({
  topic: FactTopic,
  /**
   * What narrows the fact down within its topic, in search terms: the work kind for an age
   * (`hazardous`), the instrument for a country's ratification (`C138`), the words of a
   * paragraph for a provision.
   */
  cues: z.array(z.string().min(1)),
  statement: z.string().min(1),
  citation: Citation,
});
/** @category model */
export type KnowledgeFact = z.infer<typeof KnowledgeFact>;

/**
 * One searchable thing: a convention, an article, an actor type, a glossary entry, a good
 * practice... with the words people use for it and the short answer it gives.
 *
 * @example
 * knowledgeIndex().documents.find((d) => d.kind === 'glossary' && d.id === 'CSEC')?.answer;
 * // 'CSEC stands for Commercial Sexual Exploitation of Children. ...'
 * @category model
 */
export const KnowledgeDocument = z.strictObject({
  kind: KnowledgeKind,
  /** The record's own id (`C138`, `C138:3`, `WFCL`, `government`), unique within its kind. */
  id: z.string().min(1),
  title: z.string().min(1),
  /** Longer text matched with a lower weight: summaries, paragraphs, lessons. */
  text: z.string(),
  /** Words and phrases people use for it, matched with a high weight. */
  keywords: z.array(z.string().min(1)),
  /** The short direct answer, in our words. */
  answer: z.string().min(1),
  citations: z.array(Citation).min(1),
  /** The convention the document is about, when there is one. */
  conventionId: InstrumentId.optional(),
  /** Facts the document holds that a question can ask for directly, each stated first when asked. */
  facts: z.array(KnowledgeFact),
});
/** @category model */
export type KnowledgeDocument = z.infer<typeof KnowledgeDocument>;

// ---- synonyms ----------------------------------------------------------------

/**
 * Words read as one when matching questions to documents: each word of `words` is read as
 * `canonical`.
 *
 * @example
 * const group: z.input<typeof SynonymGroup> = { canonical: 'prison', words: ['jail', 'prisoner'] };
 * @category model
 */
export const SynonymGroup = z.strictObject({
  canonical: z.string().regex(/^[a-z0-9]+$/),
  words: z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
});
/** @category model */
export type SynonymGroup = z.infer<typeof SynonymGroup>;

// ---- answers -------------------------------------------------------------------

/**
 * One answer to a question: what it is, the short direct answer (the fact asked for first, when
 * there is one) and where it comes from.
 *
 * @example
 * const result = ask('is prison labour forced labour?');
 * // E.right({ status: 'answered', answers: [{ kind: 'article', id: 'C29:2', citation: 'C.29 Art. 2(2)(c)', ... }] })
 * @category model
 */
export const KnowledgeAnswer = z.strictObject({
  kind: KnowledgeKind,
  id: z.string().min(1),
  title: z.string().min(1),
  text: z.string().min(1),
  /** How to check it, written out: `C.138 Art. 3(1)`, `000_13e4478fe2e762d6.txt, "Making a partnership work"`. */
  citation: z.string().min(1),
  conventionId: InstrumentId.optional(),
  /** How well it matches the question, from 0 to 1. */
  relevance: z.number().min(0).max(1),
});
/** @category model */
export type KnowledgeAnswer = z.infer<typeof KnowledgeAnswer>;

/**
 * What {@link ask} found: ranked answers, best first, or an honest "I don't know" with what to
 * try instead.
 *
 * @example
 * const result = ask('best pizza in Rome');
 * // E.right({ status: 'unknown', answers: [], message: "I don't know: ...", suggestions: [...] })
 * @category model
 */
export const AskResult = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('answered'),
    question: z.string(),
    /** Best first; never empty. */
    answers: z.tuple([KnowledgeAnswer], KnowledgeAnswer),
  }),
  z.strictObject({
    status: z.literal('unknown'),
    question: z.string(),
    answers: z.tuple([]),
    /** Why there is no answer, in a sentence. */
    message: z.string().min(1),
    /** Titles or questions worth trying instead. */
    suggestions: z.array(z.string().min(1)),
  }),
]);
/** @category model */
export type AskResult = z.infer<typeof AskResult>;

/**
 * A search hit for autocomplete: enough to show and to look the record up.
 *
 * @example
 * search('c138')[0]; // { kind: 'convention', id: 'C138', title: 'Minimum Age Convention, 1973 (No. 138)' }
 * @category model
 */
export const SearchHit = z.strictObject({
  kind: KnowledgeKind,
  id: z.string().min(1),
  title: z.string().min(1),
});
/** @category model */
export type SearchHit = z.infer<typeof SearchHit>;
