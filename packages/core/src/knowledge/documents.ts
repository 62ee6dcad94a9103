import * as E from 'fp-ts/lib/Either.js';
import type { ActorType } from '../actors/schema.js';
import { cite } from '../conventions/catalogue.js';
import { minimumAge, type MinimumAgeAnswer, type WorkKind } from '../conventions/minimumAge.js';
import { ratificationStatus } from '../conventions/ratifications.js';
import type {
  Article,
  Country,
  Instrument,
  InstrumentId,
  Ratification,
} from '../conventions/schema.js';
import type { InterventionType, MatrixCell } from '../interventions/schema.js';
import type { IloProgramme, InternationalOrganisation } from '../organisations/schema.js';
import type { Criterion, CriterionSource } from '../partnership/schema.js';
import type { BusinessInitiative, Pathfinder, PathfinderLesson } from '../pathfinders/schema.js';
import type { GoodPractice } from '../practices/schema.js';
import { verificationCaveat, type PartialDate, type SeedReference } from '../shared/evidence.js';
import { contentTerms } from './normalise.js';
import type { Citation, GlossaryEntry, KnowledgeDocument, KnowledgeFact } from './schema.js';

// ---- data ------------------------------------------------------------------

/**
 * Everything the knowledge index is built from. Pass your own (for example with a ratification
 * table loaded from NORMLEX) to `createKnowledgeIndex`.
 *
 * @example
 * const sources: KnowledgeSources = { ...defaultKnowledgeSources, glossary: [] };
 * @category model
 */
export interface KnowledgeSources {
  readonly instruments: readonly Instrument[];
  readonly articles: readonly Article[];
  readonly countries: readonly Country[];
  readonly ratifications: readonly Ratification[];
  readonly glossary: readonly GlossaryEntry[];
  readonly actorTypes: readonly ActorType[];
  readonly interventionTypes: readonly InterventionType[];
  readonly matrixCells: readonly MatrixCell[];
  readonly practices: readonly GoodPractice[];
  readonly criteria: readonly Criterion[];
  readonly pathfinders: readonly Pathfinder[];
  readonly pathfinderLessons: readonly PathfinderLesson[];
  readonly businessInitiatives: readonly BusinessInitiative[];
  readonly organisations: readonly InternationalOrganisation[];
  readonly iloProgrammes: readonly IloProgramme[];
}

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// ---- constructors ------------------------------------------------------------

/**
 * A date written as people read it, as precisely as it is known.
 *
 * @example
 * readableDate('1999-06-17'); // '17 June 1999'
 * readableDate('2019-02'); // 'February 2019'
 * @category combinators
 */
export const readableDate = (date: PartialDate | string): string => {
  const [year = '', month, day] = date.split('-');
  const monthName = month === undefined ? undefined : months[Number(month) - 1];
  if (monthName === undefined) return year;
  return day === undefined ? `${monthName} ${year}` : `${String(Number(day))} ${monthName} ${year}`;
};

/**
 * A citation written out for people: `C.138 Art. 3(3)`, or the seed file and section.
 *
 * @example
 * formatCitation({ kind: 'seed', seed: '000_13e4478fe2e762d6.txt', section: 'Making a partnership work' });
 * // 'seed 000_13e4478fe2e762d6.txt, "Making a partnership work"'
 * @category combinators
 */
export const formatCitation = (citation: Citation): string => {
  switch (citation.kind) {
    case 'instrument':
      return cite(citation.instrumentId, citation.ref);
    case 'seed':
      return `seed ${citation.seed}, "${citation.section}"`;
    case 'page':
      return citation.label === undefined ? citation.url : `${citation.label} (${citation.url})`;
  }
};

const instrumentCitation = (instrumentId: InstrumentId, ref?: string): Citation =>
  ref === undefined
    ? { kind: 'instrument', instrumentId }
    : { kind: 'instrument', instrumentId, ref };

const seedCitation = (source: SeedReference): Citation => ({ kind: 'seed', ...source });

const sentence = (text: string): string => (/[.!?)]$/.test(text) ? text : `${text}.`);

const fact = (
  topic: KnowledgeFact['topic'],
  statement: string,
  citation: Citation,
  cues: readonly string[] = [],
): KnowledgeFact => ({ topic, cues: [...cues], statement, citation });

// ---- instruments ---------------------------------------------------------------

const shortTitle = (title: string): string =>
  title.replace(/\s*\(No\. ?\d+\)$/, '').replace(/,\s*\d{4}$/, '');

const instrumentFacts = (instrument: Instrument): KnowledgeFact[] => {
  const { code, adoption, entryIntoForce, ratifications, fundamental } = instrument;
  const own = instrumentCitation(instrument.id);
  const facts: KnowledgeFact[] = [];
  const where = [
    adoption.value.session === null ? undefined : ` at the ${adoption.value.session} of the ILC`,
    adoption.value.place === null ? undefined : `, ${adoption.value.place}`,
  ].join('');
  facts.push(
    fact(
      'adopted',
      `${readableDate(adoption.value.date)}: ${code} was adopted${where}${verificationCaveat(adoption)}.`,
      own,
    ),
  );
  if (entryIntoForce !== null) {
    facts.push(
      fact(
        'in-force',
        `${readableDate(entryIntoForce.value)}: ${code} entered into force${verificationCaveat(entryIntoForce)}.`,
        own,
      ),
    );
  }
  if (ratifications !== null) {
    const { count, asOf, atLeast } = ratifications.value;
    facts.push(
      fact(
        'ratifications',
        `${atLeast ? 'At least ' : ''}${String(count)} ratifications of ${code} as of ${readableDate(asOf)}${verificationCaveat({ status: ratifications.status })}; check NORMLEX for the live count.`,
        own,
      ),
    );
  }
  if (fundamental !== null) {
    facts.push(
      fact(
        'fundamental',
        fundamental.value
          ? `Yes: ${code} is one of the ILO's fundamental conventions${verificationCaveat({ status: fundamental.status })}.`
          : `No: ${code} is not one of the ILO's fundamental conventions${verificationCaveat({ status: fundamental.status })}.`,
        own,
      ),
    );
  }
  facts.push(
    fact(
      'binding',
      instrument.kind === 'recommendation'
        ? `No: ${code} is a recommendation, non-binding guidance that goes with a convention.`
        : instrument.kind === 'sdg-target'
          ? `No: ${code} is a political commitment of the 2030 Agenda, not a treaty.`
          : `Yes: ${code} is a treaty, binding on each State that ratifies it.`,
      own,
    ),
  );
  return facts;
};

/**
 * One document per instrument: conventions and the Protocol (modelled in full) as `convention`,
 * recommendations and related instruments as `instrument`.
 *
 * @example
 * instrumentDocuments(instruments).find((d) => d.id === 'C138')?.kind; // 'convention'
 * @category constructors
 */
export const instrumentDocuments = (instruments: readonly Instrument[]): KnowledgeDocument[] =>
  instruments.map((instrument) => ({
    kind: instrument.coverage === 'full' ? 'convention' : 'instrument',
    id: instrument.id,
    title: instrument.title,
    text: [instrument.summary, instrument.longTitle.value, ...instrument.themes].join(' '),
    keywords: [
      instrument.code,
      instrument.id,
      shortTitle(instrument.title),
      ...(instrument.number === null ? [] : [`No. ${String(instrument.number)}`]),
      ...instrument.aliases,
    ],
    answer: instrument.summary,
    citations: [instrumentCitation(instrument.id)],
    conventionId: instrument.id,
    facts: instrumentFacts(instrument),
  }));

// ---- articles ------------------------------------------------------------------

const ageStatement = (answer: MinimumAgeAnswer, developing: MinimumAgeAnswer | undefined) => {
  const others = answer.alternatives
    .map((alt) => `${String(alt.age)} (${alt.when}, ${alt.citation})`)
    .join('; ');
  const option =
    developing === undefined || developing.age === answer.age
      ? ''
      : ` A country using the Art. 2(4) option: ${String(developing.age)} (${developing.citation})${verificationCaveat({ status: developing.status })}.`;
  return `${String(answer.age)}: ${answer.citation}${verificationCaveat({ status: answer.status })}. ${sentence(answer.explanation)}${others === '' ? '' : ` Also: ${others}.`}${option}`;
};

/** C.138's ages, each attached to the article that sets it, as `minimumAge` reports it. */
const ageFacts = (): ReadonlyMap<string, KnowledgeFact> => {
  const facts = new Map<string, KnowledgeFact>();
  for (const work of ['general', 'light', 'hazardous'] as const satisfies readonly WorkKind[]) {
    const standard = minimumAge({ work });
    const developing = minimumAge({ work, developingCountryOption: true });
    if (E.isLeft(standard)) continue;
    const answer = standard.right;
    const [instrumentCode = '', ref = ''] = answer.citation.split(' Art. ');
    const articleNumber = ref.replace(/\(.*$/, '');
    facts.set(
      `C138:${articleNumber}`,
      fact(
        'age',
        ageStatement(answer, E.isRight(developing) ? developing.right : undefined),
        { kind: 'instrument', instrumentId: 'C138' as InstrumentId, ref },
        [work, instrumentCode],
      ),
    );
  }
  return facts;
};

/**
 * One document per key article, with each of its paragraphs as a fact a question can ask for,
 * and the minimum ages of C.138 on the articles that set them.
 *
 * @example
 * articleDocuments(articles, instruments).find((d) => d.id === 'C138:3')?.facts[0]?.statement;
 * // '18: C.138 Art. 3(1). ...'
 * @category constructors
 */
export const articleDocuments = (
  articles: readonly Article[],
  instruments: readonly Instrument[],
): KnowledgeDocument[] => {
  const ages = ageFacts();
  const titles = new Map<string, string>(instruments.map((i) => [i.id, shortTitle(i.title)]));
  return articles.map((article) => {
    const label = cite(article.instrumentId, article.number);
    const provisions = article.paragraphs.map((paragraph) =>
      fact(
        'provision',
        `${cite(article.instrumentId, paragraph.ref)}: ${sentence(paragraph.summary)}${verificationCaveat({ status: paragraph.status ?? 'verified' })}`,
        instrumentCitation(article.instrumentId, paragraph.ref),
        contentTerms(paragraph.summary),
      ),
    );
    const age = ages.get(article.id);
    return {
      kind: 'article',
      id: article.id,
      title: `${label}: ${article.heading}`,
      // The instrument's title too: an article of C.182 is about the worst forms of child labour
      // even when its own words do not say so.
      text: [
        article.summary,
        ...article.paragraphs.map((p) => p.summary),
        ...(article.part === undefined ? [] : [article.part]),
        titles.get(article.instrumentId) ?? '',
      ].join(' '),
      keywords: [article.heading, ...article.keywords],
      answer: `${sentence(article.summary)}${verificationCaveat({ status: article.status })}`,
      citations: [instrumentCitation(article.instrumentId, article.number)],
      conventionId: article.instrumentId,
      facts: [...(age === undefined ? [] : [age]), ...provisions],
    };
  });
};

// ---- countries -------------------------------------------------------------------

/** Where to check a ratification the library has no record of, or a live count. */
const normlex: Citation = { kind: 'page', url: 'https://normlex.ilo.org/', label: 'NORMLEX' };

/**
 * One document per country the seeds name, with its position on every instrument as a fact:
 * ratified (with the date), not ratified, or unknown.
 *
 * @example
 * countryDocuments(countries, ratifications, instruments).find((d) => d.id === 'NPL')?.title;
 * // 'Nepal: ratifications'
 * @category constructors
 */
export const countryDocuments = (
  countries: readonly Country[],
  ratifications: readonly Ratification[],
  instruments: readonly Instrument[],
): KnowledgeDocument[] =>
  countries.map((country) => {
    const positions = instruments.map((instrument) => {
      const answer = ratificationStatus(country.code, instrument.id, ratifications);
      const source = answer.record?.sources[0];
      const citation: Citation =
        source !== undefined && 'url' in source
          ? {
              kind: 'page',
              url: source.url,
              ...(source.label === undefined ? {} : { label: source.label }),
            }
          : normlex;
      return { instrument, answer, citation };
    });
    const known = positions.filter((p) => p.answer.status !== 'unknown');
    return {
      kind: 'country',
      id: country.code,
      title: `${country.name}: ratifications`,
      text: known.map((p) => p.answer.summary).join(' '),
      keywords: [country.name, country.code, ...country.aliases, 'ratification'],
      answer:
        known.length === 0
          ? `The library has no ratification records for ${country.name}. Check NORMLEX.`
          : `${known.map((p) => p.answer.summary).join(' ')} Other instruments: no record here; check NORMLEX.`,
      citations: [
        ...new Map(known.map((p) => [formatCitation(p.citation), p.citation] as const)).values(),
        normlex,
      ],
      facts: positions.map((p) =>
        fact('ratification', p.answer.summary, p.citation, [p.instrument.id]),
      ),
    };
  });

// ---- glossary ----------------------------------------------------------------------

const glossaryCitation = (source: GlossaryEntry['sources'][number]): Citation =>
  'seed' in source
    ? seedCitation(source)
    : {
        kind: 'page',
        url: source.url,
        ...(source.label === undefined ? {} : { label: source.label }),
      };

/**
 * One document per acronym of the glossary.
 *
 * @example
 * glossaryDocuments(glossary).find((d) => d.id === 'WFCL')?.title;
 * // 'WFCL: Worst Forms of Child Labour'
 * @category constructors
 */
export const glossaryDocuments = (glossary: readonly GlossaryEntry[]): KnowledgeDocument[] =>
  glossary.map((entry) => {
    const [first, ...rest] = entry.sources.map(glossaryCitation);
    const instrument = entry.instruments[0];
    return {
      kind: 'glossary',
      id: entry.term,
      title: `${entry.term}: ${entry.expansion}`,
      text: entry.definition,
      keywords: [
        entry.term,
        ...entry.variants,
        entry.expansion,
        `${entry.term} meaning`,
        `${entry.term} stands for`,
        `${entry.term} acronym`,
      ],
      answer: `${entry.term} stands for ${entry.expansion}. ${entry.definition}`,
      citations: first === undefined ? [] : [first, ...rest],
      ...(instrument === undefined ? {} : { conventionId: instrument }),
      facts: [],
    };
  });

// ---- the partnership method ------------------------------------------------------------

const list = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;

/**
 * One document per actor type: what it brings to a partnership and what it is best placed to do.
 *
 * @example
 * actorDocuments(actorTypes).find((d) => d.id === 'academia')?.answer; // 'Academia brings research. ...'
 * @category constructors
 */
export const actorDocuments = (actorTypes: readonly ActorType[]): KnowledgeDocument[] =>
  actorTypes.map((actor) => ({
    kind: 'actor',
    id: actor.id,
    title: actor.title,
    text: [actor.summary, ...actor.strengths].join(' '),
    // Actor types are roles in a partnership: people ask what each brings "to a partnership".
    keywords: [
      actor.title,
      actor.label,
      actor.brings,
      `${actor.title} in a partnership`,
      ...actor.aliases,
    ],
    answer: `${actor.title}: ${actor.brings}. Best placed for ${list(actor.strengths)}.`,
    citations: actor.sources.map(seedCitation),
    facts: [],
  }));

/**
 * One document per intervention type, one for the "who is best placed to do what and where"
 * matrix as a whole and one per cell of it.
 *
 * @example
 * interventionDocuments(interventionTypes, matrixCells, actorTypes).map((d) => d.kind);
 * // ['intervention', ..., 'matrix', ...]
 * @category constructors
 */
export const interventionDocuments = (
  interventionTypes: readonly InterventionType[],
  matrixCells: readonly MatrixCell[],
  actorTypes: readonly ActorType[],
): KnowledgeDocument[] => {
  const actorTitle = new Map<string, string>(actorTypes.map((a) => [a.id, a.title]));
  const titles = (ids: readonly string[]) => list(ids.map((id) => actorTitle.get(id) ?? id));
  const types = interventionTypes.map((type): KnowledgeDocument => ({
    kind: 'intervention',
    id: type.id,
    title: type.title,
    text: [type.summary, ...type.examples].join(' '),
    keywords: [type.shortTitle, `${type.shortTitle} interventions`, type.title, ...type.aliases],
    answer: `${sentence(type.summary)} For example: ${list(type.examples)}.`,
    citations: [seedCitation(type.source)],
    facts: [],
  }));
  const mostOften = interventionTypes.map((type) => {
    const counts = new Map<string, number>();
    for (const cell of matrixCells.filter((c) => c.intervention === type.id)) {
      for (const actor of cell.bestPlaced) counts.set(actor, (counts.get(actor) ?? 0) + 1);
    }
    const leaders = [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([actor]) => actor);
    return `${type.shortTitle}: mostly ${titles(leaders)}`;
  });
  const source = matrixCells[0]?.source ?? interventionTypes[0]?.source;
  const overview: KnowledgeDocument[] =
    source === undefined
      ? []
      : [
          {
            kind: 'matrix',
            id: 'who-is-best-placed',
            title: 'Who is best placed to do what and where',
            text: [
              ...interventionTypes.map((t) => t.title),
              'policy enabling level outreach direct assistance level source transit destination areas',
            ].join(' '),
            keywords: [
              'who is best placed to do what and where',
              'division of roles',
              'matrix',
              'who does what',
              'synergy',
              'complementarity',
            ],
            answer: `For each of ${String(interventionTypes.length)} intervention types, at policy and at outreach level, in source, transit and destination areas, seed 000 asks what governments, workers, employers and NGOs can do. The library's reading, cell by cell, gives: ${mostOften.join('; ')}.`,
            citations: [seedCitation(source)],
            facts: [],
          },
        ];
  const typeTitle = new Map<string, InterventionType>(interventionTypes.map((t) => [t.id, t]));
  const cells = matrixCells.map((cell): KnowledgeDocument => ({
    kind: 'matrix',
    id: cell.id,
    title: cell.title,
    text: cell.summary,
    keywords: [
      ...(typeTitle.get(cell.intervention)?.aliases ?? []),
      typeTitle.get(cell.intervention)?.shortTitle ?? cell.intervention,
      `${cell.level} level`,
      cell.place,
    ],
    answer: `Best placed to lead: ${titles(cell.bestPlaced)}.${cell.contributes.length === 0 ? '' : ` Can contribute: ${titles(cell.contributes)}.`} ${cell.summary}`,
    citations: [seedCitation(cell.source)],
    facts: [],
  }));
  return [...types, ...overview, ...cells];
};

// ---- good practices ------------------------------------------------------------------

/**
 * One document per good-practice case of seed 001.
 *
 * @example
 * practiceDocuments(goodPractices).find((d) => d.id === 'costa-rica-guatemala-cct')?.kind; // 'practice'
 * @category constructors
 */
export const practiceDocuments = (practices: readonly GoodPractice[]): KnowledgeDocument[] =>
  practices.map((practice) => {
    const instrument = practice.instruments[0];
    return {
      kind: 'practice',
      id: practice.id,
      title: practice.title,
      text: [
        practice.summary,
        practice.background,
        practice.action,
        ...practice.results,
        ...practice.lessons,
        ...practice.necessaryConditions.map((c) => c.text),
        ...practice.organisations,
        ...practice.modalities,
        ...practice.themes,
        practice.subregion ?? '',
      ].join(' '),
      // Every case of seed 001 is a good practice of South-South cooperation.
      keywords: [
        ...practice.keywords,
        ...practice.organisations,
        'good practice',
        'south-south cooperation',
      ],
      answer: `${sentence(practice.summary)}${practice.results[0] === undefined ? '' : ` Result: ${sentence(practice.results[0])}`}`,
      citations: [seedCitation(practice.source)],
      ...(instrument === undefined ? {} : { conventionId: instrument }),
      facts: [],
    };
  });

// ---- partnership criteria --------------------------------------------------------------

const criterionCitation = (source: CriterionSource): Citation =>
  'seed' in source
    ? seedCitation(source)
    : 'instrument' in source
      ? instrumentCitation(source.instrument, source.ref)
      : { kind: 'page', url: source.url, label: source.publication };

/**
 * One document per partnership criterion: what it asks, why and what to do when it is not met.
 *
 * @example
 * criterionDocuments(criteria).find((d) => d.id === 'facilitate.funding')?.title; // 'Funding'
 * @category constructors
 */
export const criterionDocuments = (criteria: readonly Criterion[]): KnowledgeDocument[] =>
  criteria.map((criterion) => ({
    kind: 'criterion',
    id: criterion.id,
    title: criterion.title,
    text: [criterion.summary, criterion.question, criterion.advice].join(' '),
    keywords: [criterion.title, ...criterion.gapKeywords],
    answer: `${sentence(criterion.summary)} If it is missing: ${sentence(criterion.advice)}`,
    citations: [criterionCitation(criterion.source), ...criterion.seeAlso.map(criterionCitation)],
    facts: [],
  }));

// ---- Pathfinder countries (seed 003) ------------------------------------------------------

/**
 * One document per Pathfinder country, one per lesson learnt and one per business initiative
 * of seed 003.
 *
 * @example
 * pathfinderDocuments(pathfinders, pathfinderLessons, businessInitiatives)
 *   .find((d) => d.id === 'NPL')?.kind; // 'pathfinder'
 * @category constructors
 */
export const pathfinderDocuments = (
  pathfinders: readonly Pathfinder[],
  lessons: readonly PathfinderLesson[],
  initiatives: readonly BusinessInitiative[],
): KnowledgeDocument[] => [
  ...pathfinders.map((pathfinder): KnowledgeDocument => {
    const priorities = pathfinder.priorityAreas.map(
      (area) => `${area.heading}: ${area.priorities.map((p) => p.replace(/\.$/, '')).join('; ')}.`,
    );
    const steps = pathfinder.steps.map(
      (step) =>
        `${String(step.position)}. ${step.title} (${step.status === 'done' ? 'done' : 'to come'})`,
    );
    const [source, ...more] = pathfinder.sources.map(seedCitation);
    return {
      kind: 'pathfinder',
      id: pathfinder.country,
      title: pathfinder.title,
      text: [
        pathfinder.summary,
        ...priorities,
        ...pathfinder.nextSteps.map((step) => step.text),
        ...pathfinder.steps.map((step) => step.title),
        ...pathfinder.milestones.map((m) => m.event),
      ].join(' '),
      keywords: [
        pathfinder.name,
        `${pathfinder.name} pathfinder priorities`,
        'pathfinder country',
        ...pathfinder.keywords,
      ],
      answer: [
        sentence(pathfinder.summary),
        pathfinder.since === null || pathfinder.summary.includes(readableDate(pathfinder.since))
          ? ''
          : `Pathfinder since ${readableDate(pathfinder.since)}.`,
        priorities.length === 0 ? '' : `Priorities. ${priorities.join(' ')}`,
        steps.length === 0 ? '' : `Steps: ${steps.join('; ')}.`,
      ]
        .filter((part) => part !== '')
        .join(' '),
      citations: source === undefined ? [] : [source, ...more],
      ...(pathfinder.instruments[0] === undefined
        ? {}
        : { conventionId: pathfinder.instruments[0] }),
      facts: [],
    };
  }),
  ...lessons.map((lesson): KnowledgeDocument => ({
    kind: 'lesson',
    id: lesson.id,
    title: lesson.title,
    text: [lesson.summary, lesson.question ?? ''].join(' '),
    keywords: [lesson.title, 'pathfinder lessons learnt', ...lesson.keywords],
    answer: `${sentence(lesson.summary)}${lesson.question === null ? '' : ` Ask of a plan: ${lesson.question}`}`,
    citations: [seedCitation(lesson.source)],
    facts: [],
  })),
  ...initiatives.map((initiative): KnowledgeDocument => ({
    kind: 'initiative',
    id: initiative.id,
    title: initiative.title,
    text: [
      initiative.summary,
      initiative.description,
      ...initiative.pillars.map((p) => `${p.title} ${p.summary}`),
      ...initiative.memberBenefits,
    ].join(' '),
    keywords: [initiative.name, ...initiative.keywords],
    answer: `${sentence(initiative.summary)} ${sentence(initiative.description)}`,
    citations: [seedCitation(initiative.source)],
    facts: [],
  })),
];

// ---- international organisations and ILO programmes -------------------------------------------

/**
 * One document per international organisation of seed 002 and per ILO programme of seed 004.
 *
 * @example
 * organisationDocuments(internationalOrganisations, iloProgrammes).find((d) => d.id === 'iom')?.title;
 * // 'International Organization for Migration (IOM)'
 * @category constructors
 */
export const organisationDocuments = (
  organisations: readonly InternationalOrganisation[],
  programmes: readonly IloProgramme[],
): KnowledgeDocument[] => [
  ...organisations.map((organisation): KnowledgeDocument => {
    const [source, ...more] = organisation.sources.map(seedCitation);
    return {
      kind: 'organisation',
      id: organisation.id,
      title: organisation.title,
      text: [
        organisation.summary,
        ...organisation.field,
        organisation.comparativeAdvantage ?? '',
        ...organisation.strengths,
      ].join(' '),
      keywords: [
        organisation.name,
        ...(organisation.acronym === null ? [] : [organisation.acronym]),
        ...organisation.aliases,
        ...organisation.keywords,
      ],
      answer: `${sentence(organisation.summary)}${organisation.comparativeAdvantage === null ? '' : ` Best placed for: ${sentence(organisation.comparativeAdvantage)}`}`,
      citations: source === undefined ? [] : [source, ...more],
      ...(organisation.instruments[0] === undefined
        ? {}
        : { conventionId: organisation.instruments[0] }),
      facts: [],
    };
  }),
  ...programmes.map((programme): KnowledgeDocument => {
    const [source, ...more] = programme.sources.map(seedCitation);
    return {
      kind: 'programme',
      id: programme.id,
      title: programme.title,
      text: [programme.summary, programme.background, programme.objective, ...programme.aims].join(
        ' ',
      ),
      keywords: [programme.name, programme.acronym, ...programme.keywords],
      answer: `${sentence(programme.summary)} Aims: ${list(programme.aims.map((a) => a.replace(/\.$/, '')))}.`,
      citations: source === undefined ? [] : [source, ...more],
      facts: [],
    };
  }),
];

/**
 * Every document of the knowledge index, from all the library's data.
 *
 * @example
 * knowledgeDocuments(defaultKnowledgeSources).length; // several hundred
 * @category constructors
 */
export const knowledgeDocuments = (sources: KnowledgeSources): KnowledgeDocument[] => [
  ...instrumentDocuments(sources.instruments),
  ...articleDocuments(sources.articles, sources.instruments),
  ...glossaryDocuments(sources.glossary),
  ...actorDocuments(sources.actorTypes),
  ...interventionDocuments(sources.interventionTypes, sources.matrixCells, sources.actorTypes),
  ...practiceDocuments(sources.practices),
  ...criterionDocuments(sources.criteria),
  ...pathfinderDocuments(
    sources.pathfinders,
    sources.pathfinderLessons,
    sources.businessInitiatives,
  ),
  ...organisationDocuments(sources.organisations, sources.iloProgrammes),
  ...countryDocuments(sources.countries, sources.ratifications, sources.instruments),
];
