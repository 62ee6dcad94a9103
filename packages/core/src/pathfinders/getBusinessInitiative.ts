import { businessInitiatives } from './data/index.js';
import type { BusinessInitiative, BusinessInitiativeId } from './schema.js';

/**
 * A business initiative of seed 003 by its id, or `undefined` when there is none.
 *
 * @example
 * getBusinessInitiative(BusinessInitiativeId.parse('child-labour-platform'))?.focus; // 'child-labour'
 * @category queries
 */
export const getBusinessInitiative = (id: BusinessInitiativeId): BusinessInitiative | undefined =>
  businessInitiatives.find((i) => i.id === id);
