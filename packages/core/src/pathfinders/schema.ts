import * as z from 'zod';
import { CountryCode, InstrumentId } from '../conventions/schema.js';
import { kebabCaseId } from '../shared/ids.js';
import { PartialDate, SeedReference } from '../shared/evidence.js';

// ---- vocabularies ------------------------------------------------------------

/**
 * What a Pathfinder priority area is about, normalised from the seed's own headings (which vary
 * from country to country) so that areas can be compared and searched.
 *
 * @example
 * pathfinderTopics.filter((topic) => pathfindersFor(topic).length >= 8);
 * // ['child-labour', 'trafficking']
 * @category model
 */
export const pathfinderTopics = [
  'child-labour',
  'forced-labour',
  'trafficking',
  'migration',
  'supply-chains',
  'conflict-and-humanitarian',
  'education',
  'agriculture',
  'national-coordination',
] as const;

/**
 * One of {@link pathfinderTopics}, as a schema for checking input.
 *
 * @example
 * pathfindersFor(PathfinderTopic.parse('forced-labour')).map((p) => p.country);
 * // ['NPL', 'MRT', 'CHL', 'UGA']
 * @category model
 */
export const PathfinderTopic = z.enum(pathfinderTopics);
/** @category model */
export type PathfinderTopic = z.infer<typeof PathfinderTopic>;

// ---- a Pathfinder country ------------------------------------------------------

/**
 * A group of priorities exactly as seed 003 groups them: `heading` is the seed's heading for the
 * group (`Child Labour`, `Conflict & humanitarian settings`), or the name of the list where the
 * seed does not group them (`Priorities identified by the national strategy workshop`).
 *
 * @example
 * const area: PriorityArea = {
 *   heading: 'Trafficking',
 *   topics: ['trafficking', 'migration'],
 *   priorities: ['A national hub on the human trafficking situation.'],
 * };
 * @category model
 */
export const PriorityArea = z.strictObject({
  heading: z.string().min(1),
  topics: z.array(PathfinderTopic).min(1),
  /** The priorities, each summarised in our words. */
  priorities: z.array(z.string().min(1)).min(1),
});
/** @category model */
export type PriorityArea = z.infer<typeof PriorityArea>;

/**
 * Something that happened on a country's Pathfinder path, dated as precisely as the seed says.
 *
 * @example
 * const milestone: PathfinderMilestone = { date: PartialDate.parse('2018-10'), event: 'National strategy workshop.' };
 * @category model
 */
export const PathfinderMilestone = z.strictObject({
  date: PartialDate,
  event: z.string().min(1),
});
/** @category model */
export type PathfinderMilestone = z.infer<typeof PathfinderMilestone>;

/**
 * A next step the seed gives for a country, with its deadline where stated.
 *
 * @example
 * const step: PathfinderNextStep = { text: 'Publish the national child labour survey.', due: PartialDate.parse('2019') };
 * @category model
 */
export const PathfinderNextStep = z.strictObject({
  text: z.string().min(1),
  due: PartialDate.optional(),
});
/** @category model */
export type PathfinderNextStep = z.infer<typeof PathfinderNextStep>;

/**
 * One step of the Pathfinder process as seed 003 sets it out for Fiji: in order, already done or
 * still to come.
 *
 * @example
 * const step: PathfinderStep = { position: 2, title: 'Focal point nominated', status: 'done' };
 * @category model
 */
export const PathfinderStep = z.strictObject({
  /** 1-based order. The seed numbers "4" twice (last done, first to come); this does not. */
  position: z.int().positive(),
  title: z.string().min(1),
  status: z.enum(['done', 'coming']),
});
/** @category model */
export type PathfinderStep = z.infer<typeof PathfinderStep>;

/**
 * An Alliance 8.7 Pathfinder country, from seed 003 ("Joining forces globally", 2019): a country
 * that commits to going further and faster towards SDG Target 8.7.
 *
 * @example
 * getPathfinder(CountryCode.parse('NPL'))?.since; // '2019-02'
 * @category model
 */
export const Pathfinder = z.strictObject({
  country: CountryCode,
  /** The country's name as the library writes it (`Viet Nam`). */
  name: z.string().min(1),
  title: z.string().min(1),
  /** One sentence of our own, for search results. */
  summary: z.string().min(1),
  /** When it became a Pathfinder; `null` where the seed does not say. */
  since: PartialDate.nullable(),
  milestones: z.array(PathfinderMilestone),
  /** Empty where the seed gives no priorities yet (Fiji). */
  priorityAreas: z.array(PriorityArea),
  nextSteps: z.array(PathfinderNextStep),
  /** The process steps, where the seed lists them (Fiji only). */
  steps: z.array(PathfinderStep),
  /** Instruments a priority names (Uganda: ratify the Palermo Protocol). */
  instruments: z.array(InstrumentId),
  keywords: z.array(z.string().min(1)),
  /** The country's own section, then any other section that mentions it (events). */
  sources: z.array(SeedReference).min(1),
});
/** @category model */
export type Pathfinder = z.infer<typeof Pathfinder>;

// ---- lessons learnt ------------------------------------------------------------

/**
 * A lesson learnt's id, such as `highest-level-endorsement`.
 *
 * @example
 * getPathfinderLesson(PathfinderLessonId.parse('highest-level-endorsement'))?.title;
 * // 'Endorsement at the highest political level'
 * @category model
 */
export const PathfinderLessonId = kebabCaseId('PathfinderLessonId');
/** @category model */
export type PathfinderLessonId = z.infer<typeof PathfinderLessonId>;

/**
 * A lesson learnt from the Pathfinder countries (seed 003's two "Lessons Learnt" slides), with
 * the question a partnership plan should answer to show it has taken the lesson on board.
 *
 * @example
 * getPathfinderLesson(PathfinderLessonId.parse('national-focal-point'))?.question;
 * // 'Is there a national focal point to lead the process?'
 * @category model
 */
export const PathfinderLesson = z.strictObject({
  id: PathfinderLessonId,
  /** Which of the two "Lessons Learnt" slides it comes from. */
  slide: z.union([z.literal(1), z.literal(2)]),
  title: z.string().min(1),
  summary: z.string().min(1),
  /** What to ask of a partnership plan; `null` when the lesson is about the Alliance itself. */
  question: z.string().min(1).nullable(),
  keywords: z.array(z.string().min(1)),
  source: SeedReference,
});
/** @category model */
export type PathfinderLesson = z.infer<typeof PathfinderLesson>;

// ---- business initiatives --------------------------------------------------------

/**
 * A business initiative's id: `child-labour-platform` or `global-business-network-forced-labour`.
 *
 * @example
 * const gbn = BusinessInitiativeId.parse('global-business-network-forced-labour');
 * getBusinessInitiative(gbn)?.focus; // 'forced-labour'
 * @category model
 */
export const BusinessInitiativeId = kebabCaseId('BusinessInitiativeId');
/** @category model */
export type BusinessInitiativeId = z.infer<typeof BusinessInitiativeId>;

/**
 * One pillar of a business initiative.
 *
 * @example
 * const platform = getBusinessInitiative(BusinessInitiativeId.parse('child-labour-platform'));
 * platform?.pillars.map((p) => p.title);
 * // ['Due diligence across tiers', 'Policies and good business practice', 'Impact and root causes']
 * @category model
 */
export const InitiativePillar = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
});
/** @category model */
export type InitiativePillar = z.infer<typeof InitiativePillar>;

/**
 * An initiative through which business joins the fight against child labour or forced labour, as
 * seed 003 presents it: the Child Labour Platform and the ILO Global Business Network on Forced
 * Labour.
 *
 * @example
 * getBusinessInitiative(BusinessInitiativeId.parse('child-labour-platform'))?.pillars.length; // 3
 * @category model
 */
export const BusinessInitiative = z.strictObject({
  id: BusinessInitiativeId,
  name: z.string().min(1),
  title: z.string().min(1),
  summary: z.string().min(1),
  /** What it is and who runs it. */
  description: z.string().min(1),
  /** The theme it works on. */
  focus: z.enum(['child-labour', 'forced-labour']),
  pillars: z.array(InitiativePillar).min(1),
  /** What a member company gains, where the seed lists it. */
  memberBenefits: z.array(z.string().min(1)),
  keywords: z.array(z.string().min(1)),
  source: SeedReference,
});
/** @category model */
export type BusinessInitiative = z.infer<typeof BusinessInitiative>;
