// Tunings compared in docs/search.md; run one with `pnpm --filter @target87/core eval --variant <name>`.
import { defaultSearchTuning, type SearchTuning } from '../src/index.js';

const d = defaultSearchTuning;

export const variants: Readonly<Record<string, SearchTuning>> = {
  default: d,
  'coverage-weight-0': { ...d, coverageWeight: 0 },
  'coverage-weight-2': { ...d, coverageWeight: 2 },
  'coverage-weight-4': { ...d, coverageWeight: 4 },
  'coverage-weight-8': { ...d, coverageWeight: 8 },
  'no-typo-correction': { ...d, correctTypos: false },
  'no-synonyms': { ...d, synonyms: false },
  'no-intent-boosts': { ...d, intentBoosts: false },
  'fuzzy-0': { ...d, threshold: 0 },
  'fuzzy-0.3': { ...d, threshold: 0.3 },
  'equal-weights': { ...d, weights: { title: 1, keywords: 1, text: 1 } },
  'text-heavy': { ...d, weights: { title: 1, keywords: 1, text: 3 } },
  'no-field-norm': { ...d, fieldNormWeight: 0 },
  'min-coverage-0.4': { ...d, minimumCoverage: 0.4 },
  'min-coverage-0.6': { ...d, minimumCoverage: 0.6 },
  'min-coverage-0.3': { ...d, minimumCoverage: 0.3 },
  'min-coverage-0.2': { ...d, minimumCoverage: 0.2 },
  'candidates-10': { ...d, candidates: 10 },
  'candidates-20': { ...d, candidates: 20 },
  'candidates-80': { ...d, candidates: 80 },
  'candidates-all': { ...d, candidates: Number.MAX_SAFE_INTEGER },
};
