import { describe, expect, it } from 'vitest';
import { CountryCode } from '../conventions/schema.js';
import {
  getPathfinder,
  isPathfinder,
  pathfinderPriorities,
  pathfindersFor,
  pathfinderSteps,
} from './getPathfinder.js';

const code = (c: string) => CountryCode.parse(c);

describe('getPathfinder', () => {
  it("finds a country's record by its ISO code", () => {
    const nepal = getPathfinder(code('NPL'));
    expect(nepal?.name).toBe('Nepal');
    expect(nepal?.since).toBe('2019-02');
  });
  it('returns undefined for a country that is not a Pathfinder', () => {
    expect(getPathfinder(code('FRA'))).toBeUndefined();
    expect(isPathfinder(code('FRA'))).toBe(false);
    expect(isPathfinder(code('FJI'))).toBe(true);
  });
});

describe('pathfindersFor', () => {
  it('finds the countries with priorities on supply chains', () => {
    expect(pathfindersFor('supply-chains').map((p) => p.country)).toEqual(['MRT', 'NGA', 'VNM']);
  });
  it('finds the one country with priorities in conflict and humanitarian settings', () => {
    expect(pathfindersFor('conflict-and-humanitarian').map((p) => p.country)).toEqual(['NGA']);
  });
  it('never returns Fiji, which has no priorities yet', () => {
    for (const topic of ['child-labour', 'trafficking', 'migration'] as const) {
      expect(pathfindersFor(topic).map((p) => p.country)).not.toContain('FJI');
    }
  });
});

describe('pathfinderPriorities', () => {
  it("gathers a country's priorities on a topic across its areas", () => {
    expect(pathfinderPriorities(code('MDG'), 'trafficking')).toHaveLength(2);
    expect(pathfinderPriorities(code('VNM'), 'child-labour')).toHaveLength(9);
  });
  it('is empty for a topic the country has no priority on, or a country that is not a Pathfinder', () => {
    expect(pathfinderPriorities(code('ALB'), 'supply-chains')).toEqual([]);
    expect(pathfinderPriorities(code('FRA'), 'child-labour')).toEqual([]);
  });
});

describe('pathfinderSteps', () => {
  it("lists Fiji's steps still to come, starting with its priorities", () => {
    const coming = pathfinderSteps(code('FJI'), 'coming');
    expect(coming.map((s) => s.title)).toEqual([
      'Identify priority actions',
      'Set up a coordination structure',
      'Mobilise the necessary resources',
      'Collect data',
      'Set up a monitoring system',
      'Share practices',
      'Intensify technical support',
    ]);
  });
  it('lists all steps without a status, and none for a country without a step list', () => {
    expect(pathfinderSteps(code('FJI'))).toHaveLength(11);
    expect(pathfinderSteps(code('FJI'), 'done')).toHaveLength(4);
    expect(pathfinderSteps(code('NPL'))).toEqual([]);
  });
});
