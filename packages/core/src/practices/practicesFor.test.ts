import { describe, expect, it } from 'vitest';
import { CountryCode } from '../conventions/schema.js';
import { goodPractices } from './data/index.js';
import { getPractice, practicesFor, practicesWithCondition } from './practicesFor.js';
import { PracticeId } from './schema.js';

const ids = (practices: readonly { id: string }[]) => practices.map((p) => p.id);
const code = (c: string) => CountryCode.parse(c);

describe('getPractice', () => {
  it('finds a case by its id', () => {
    expect(getPractice(PracticeId.parse('costa-rica-guatemala-cct'))?.title).toBe(
      'Costa Rica and Guatemala: Technical assistance for the design of a CCT programme',
    );
  });
  it('returns undefined for an id with no case', () => {
    expect(getPractice(PracticeId.parse('no-such-case'))).toBeUndefined();
  });
});

describe('practicesFor', () => {
  it('returns every case, in the seed order, for an empty filter', () => {
    expect(practicesFor()).toEqual(goodPractices);
  });

  it('finds the cash transfer cases by theme', () => {
    expect(ids(practicesFor({ theme: 'cash-transfers' }))).toEqual([
      'ibsa-latin-america-south-south-launch',
      'bangladesh-indonesia-study-tour',
      'costa-rica-guatemala-cct',
    ]);
  });

  it('finds the cases a country took part in', () => {
    expect(ids(practicesFor({ country: code('UGA') }))).toEqual([
      'zambia-trade-union-policy',
      'child-labour-free-zones-exchange',
    ]);
    expect(practicesFor({ country: code('FRA') })).toEqual([]);
  });

  it('narrows a country to the cases where it had a given role', () => {
    expect(ids(practicesFor({ country: code('IDN'), role: 'provider' }))).toEqual([
      'bangladesh-indonesia-study-tour',
      'mongolia-indonesia-youth-employment',
    ]);
    expect(ids(practicesFor({ country: code('BRA'), role: 'donor' }))).toEqual([
      'ibsa-latin-america-south-south-launch',
      'angola-mozambique-scream-trade-unions',
      'timor-leste-brazil-tripartite-commission',
    ]);
  });

  it('requires every criterion given to match', () => {
    expect(ids(practicesFor({ modality: 'trade-union-partnership', region: 'africa' }))).toEqual([
      'angola-mozambique-scream-trade-unions',
      'zambia-trade-union-policy',
    ]);
    expect(practicesFor({ theme: 'cash-transfers', region: 'europe-central-asia' })).toEqual([]);
  });
});

describe('practicesWithCondition', () => {
  it('finds the cases that name high-level political commitment as a necessary condition', () => {
    expect(ids(practicesWithCondition('political-commitment'))).toEqual([
      'ibsa-latin-america-south-south-launch',
      'bangladesh-indonesia-study-tour',
      'costa-rica-guatemala-cct',
      'central-america-csec-cooperation',
      'latin-america-labour-inspection',
      'central-america-child-labour-roadmaps',
    ]);
  });
  it('finds the cases that needed a shared language or context', () => {
    expect(ids(practicesWithCondition('shared-language-or-context'))).toEqual([
      'timor-leste-brazil-tripartite-commission',
      'albania-kosovo-teachers-unions',
      'moldova-romania-scale-up',
    ]);
  });
});
