import * as E from 'fp-ts/lib/Either.js';
import { pipe } from 'fp-ts/lib/function.js';
import { decode } from '../shared/decode.js';
import type { Problems } from '../shared/problem.js';
import { trusted } from '../shared/trusted.js';
import { defaultProfileRecord } from './data/defaultProfile.js';
import { ScoringProfile, ScoringProfileOverrides } from './profileSchema.js';
import { readStructuredText, withPositions, type TextLimits } from './readText.js';

/**
 * The default scoring profile: weights, partial credit, bands and gates as documented in
 * docs/scoring.md.
 *
 * @example
 * import { defaultScoringProfile } from '@target87/core';
 * defaultScoringProfile.bands; // { medium: 40, high: 65, 'very-high': 85 }
 * defaultScoringProfile.gates.map((g) => g.id); // ['no-shared-aim', 'one-kind-of-actor', ...]
 * @category model
 */
export const defaultScoringProfile: ScoringProfile = /* @__PURE__ */ trusted(ScoringProfile, [
  defaultProfileRecord,
])[0] as ScoringProfile;

/**
 * Builds a full profile from a user's overrides (only what differs from the default), checking
 * every value and collecting every problem.
 *
 * @example
 * import * as E from 'fp-ts/lib/Either.js';
 * import { decodeScoringProfile } from '@target87/core';
 * const ministry = decodeScoringProfile({ id: 'ministry', title: 'Ministry', groupWeights: { matrix: 20 } });
 * E.isRight(ministry) && ministry.right.groupWeights.matrix; // 20
 * @category constructors
 */
export const decodeScoringProfile = (input: unknown): E.Either<Problems, ScoringProfile> =>
  pipe(
    decode(ScoringProfileOverrides)(input),
    E.chain((overrides) => {
      const base = defaultScoringProfile;
      const merged = {
        id: overrides.id,
        title: overrides.title,
        ...(overrides.description === undefined ? {} : { description: overrides.description }),
        groupWeights: { ...base.groupWeights, ...definedOnly(overrides.groupWeights ?? {}) },
        criterionWeights: {
          ...base.criterionWeights,
          ...definedOnly(overrides.criterionWeights ?? {}),
        },
        partialCredit: overrides.partialCredit ?? base.partialCredit,
        bands: { ...base.bands, ...definedOnly(overrides.bands ?? {}) },
        gates: overrides.gates ?? base.gates,
      };
      return decode(ScoringProfile)(merged);
    }),
  );

const definedOnly = <T extends object>(record: T): Partial<T> =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * Reads a user's profile from JSON or YAML text, safely (see {@link readStructuredText}), and
 * builds the full profile.
 *
 * @example
 * import { parseScoringProfileText } from '@target87/core';
 * parseScoringProfileText('{ "id": "ministry", "title": "Ministry", "groupWeights": { "matrix": 20 } }');
 * @category constructors
 */
export const parseScoringProfileText = (
  text: string,
  limits?: Partial<TextLimits>,
): E.Either<Problems, ScoringProfile> =>
  pipe(
    readStructuredText(text, limits),
    E.chain((read) =>
      pipe(
        decodeScoringProfile(read.value),
        E.mapLeft((problems) => withPositions(problems, read)),
      ),
    ),
  );
