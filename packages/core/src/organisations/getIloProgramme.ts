import { iloProgrammes } from './data/index.js';
import type { IloProgramme, IloProgrammeId } from './schema.js';

/**
 * An ILO programme by its id, or `undefined` when there is none.
 *
 * @example
 * getIloProgramme(IloProgrammeId.parse('sap-fl'))?.name;
 * // 'Special Action Programme to Combat Forced Labour'
 * @category queries
 */
export const getIloProgramme = (id: IloProgrammeId): IloProgramme | undefined =>
  iloProgrammes.find((p) => p.id === id);
