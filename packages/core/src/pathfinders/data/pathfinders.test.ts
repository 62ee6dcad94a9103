import { describe, expect, it } from 'vitest';
import { BusinessInitiative, Pathfinder, PathfinderLesson, PathfinderTopic } from '../schema.js';
import { businessInitiatives } from './initiatives.js';
import { pathfinderLessons } from './lessons.js';
import { pathfinders } from './pathfinders.js';

const duplicates = (values: readonly string[]): string[] =>
  values.filter((v, i) => values.indexOf(v) !== i);
const seed003 = '003_108115038eae456f.txt';

describe('the Pathfinder countries of seed 003', () => {
  it.each(pathfinders.map((p) => [p.country, p] as const))('decodes %s', (_code, pathfinder) => {
    expect(Pathfinder.safeParse(pathfinder).error).toBeUndefined();
  });

  it('holds the nine countries of the seed, in its order, each once', () => {
    expect(pathfinders.map((p) => p.name)).toEqual([
      'Madagascar',
      'Nepal',
      'Mauritania',
      'Chile',
      'Uganda',
      'Albania',
      'Nigeria',
      'Viet Nam',
      'Fiji',
    ]);
    expect(duplicates(pathfinders.map((p) => p.country))).toEqual([]);
  });

  it('gives the start date exactly where the seed states it', () => {
    expect(Object.fromEntries(pathfinders.map((p) => [p.country, p.since]))).toEqual({
      MDG: '2018-10',
      NPL: '2019-02',
      MRT: '2019-01',
      CHL: '2019-03',
      UGA: null,
      ALB: null,
      NGA: null,
      VNM: null,
      FJI: null,
    });
  });

  it('keeps milestones in date order and never before the start date', () => {
    for (const p of pathfinders) {
      const dates = p.milestones.map((m) => m.date);
      expect(dates, p.country).toEqual([...dates].sort());
      const since = p.since;
      if (since !== null) {
        for (const date of dates) expect(date >= since.slice(0, date.length), p.country).toBe(true);
      }
    }
  });

  it('groups priorities as the seed does, with at least one area for every country but Fiji', () => {
    for (const p of pathfinders) {
      if (p.country === 'FJI') expect(p.priorityAreas).toEqual([]);
      else expect(p.priorityAreas.length, p.country).toBeGreaterThan(0);
      expect(duplicates(p.priorityAreas.map((a) => a.heading)), p.country).toEqual([]);
      for (const a of p.priorityAreas) expect(duplicates(a.topics), p.country).toEqual([]);
    }
    const headings = (code: string) =>
      pathfinders.find((p) => p.country === code)?.priorityAreas.map((a) => a.heading);
    expect(headings('NGA')).toEqual([
      'Supply Chains',
      'Migration',
      'Conflict & humanitarian settings',
    ]);
    expect(headings('VNM')).toHaveLength(4);
  });

  it('uses every topic for at least one area', () => {
    const used = new Set(pathfinders.flatMap((p) => p.priorityAreas.flatMap((a) => a.topics)));
    expect(PathfinderTopic.options.filter((t) => !used.has(t))).toEqual([]);
  });

  it("lists Fiji's eleven steps in order, the four done before the seven to come", () => {
    const fiji = pathfinders.find((p) => p.country === 'FJI');
    expect(fiji?.steps.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(fiji?.steps.map((s) => s.status)).toEqual([
      ...Array<string>(4).fill('done'),
      ...Array<string>(7).fill('coming'),
    ]);
    for (const p of pathfinders.filter((p) => p.country !== 'FJI')) expect(p.steps).toEqual([]);
  });

  it("cites seed 003 first with the country's own section", () => {
    for (const p of pathfinders) {
      expect(p.sources[0]?.seed, p.country).toBe(seed003);
      expect(duplicates(p.sources.map((s) => s.section)), p.country).toEqual([]);
    }
  });

  it('summarises each country in one sentence and gives search keywords', () => {
    for (const p of pathfinders) {
      expect(p.summary, p.country).toMatch(/\.$/);
      expect(p.summary.split(/[.!?]\s/), p.country).toHaveLength(1);
      expect(p.keywords.length, p.country).toBeGreaterThan(0);
    }
  });
});

describe('the Pathfinder lessons', () => {
  it.each(pathfinderLessons.map((l) => [l.id, l] as const))('decodes %s', (_id, lesson) => {
    expect(PathfinderLesson.safeParse(lesson).error).toBeUndefined();
  });

  it('cover both slides with unique ids, the checks the partnership scoring needs among them', () => {
    expect(duplicates(pathfinderLessons.map((l) => l.id))).toEqual([]);
    expect(new Set(pathfinderLessons.map((l) => l.slide))).toEqual(new Set([1, 2]));
    for (const l of pathfinderLessons) {
      expect(l.source).toEqual({
        seed: seed003,
        section: `Lessons Learnt (${l.slide === 1 ? 'first' : 'second'} slide)`,
      });
    }
    expect(pathfinderLessons.map((l) => l.id)).toEqual(
      expect.arrayContaining([
        'highest-level-endorsement',
        'national-focal-point',
        'ministries-beyond-labour',
        'un-agencies-and-resident-coordinator',
        'all-relevant-stakeholders',
        'social-partners-and-civil-society',
        'resource-mobilisation-strategy',
      ]),
    );
  });

  it('asks every question as a question', () => {
    for (const l of pathfinderLessons) if (l.question !== null) expect(l.question).toMatch(/\?$/);
  });
});

describe('the business initiatives', () => {
  it('decode, with unique ids and at least one pillar each', () => {
    expect(businessInitiatives).toHaveLength(2);
    expect(duplicates(businessInitiatives.map((i) => i.id))).toEqual([]);
    for (const i of businessInitiatives) {
      expect(BusinessInitiative.safeParse(i).error).toBeUndefined();
      expect(i.source.seed).toBe(seed003);
    }
  });

  it('give the Global Business Network its three pillars, in order', () => {
    const gbn = businessInitiatives.find((i) => i.id === 'global-business-network-forced-labour');
    expect(gbn?.pillars.map((p) => p.title)).toEqual([
      'Coordination and collaboration',
      'Catalysing innovation',
      'Structural change',
    ]);
  });
});
