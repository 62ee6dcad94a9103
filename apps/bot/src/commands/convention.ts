import {
  getInstrument,
  instruments,
  knowledgeIndex,
  parseInstrumentId,
  search,
} from '@target87/core';
import { conventionDefinition } from '../interactions/convention.js';
import { instrumentCard } from '../present/instrument.js';
import { problemsReply } from '../present/evidence.js';
import { defineCommand, type Suggestion } from './command.js';

const codes = new Map<string, string>(instruments.map((i) => [i.id, i.code]));

/**
 * Instruments matching what the user is typing, through the core's fuse-backed `search`: at
 * most 25, every instrument when nothing is typed yet.
 */
export const suggestInstruments = (
  typed: string,
  keep: (id: string) => boolean = () => true,
): Suggestion[] =>
  search(typed, { kinds: ['convention', 'instrument'], limit: 25 })
    .filter((hit) => keep(hit.id))
    .map((hit) => ({ name: `${codes.get(hit.id) ?? hit.id}: ${hit.title}`, value: hit.id }));

/** `/convention id:` the convention card, found from however the user writes its id or title. */
export const convention = defineCommand({
  definition: conventionDefinition,
  examples: ['/convention C138', '/convention id:"Worst Forms of Child Labour Convention"'],
  run: ({ id }) => {
    const parsed = parseInstrumentId(id);
    if (parsed._tag === 'Left') {
      return problemsReply('Which convention?', parsed.left, (suggestion) => ({
        label: codes.get(suggestion) ?? suggestion,
        command: 'convention',
        args: { id: suggestion },
      }));
    }
    return instrumentCard(getInstrument(parsed.right));
  },
  autocomplete: ({ value }) => suggestInstruments(value),
  // Autocomplete answers within Discord's 3 seconds only if the search index is already built.
  prepare: () => {
    knowledgeIndex();
  },
});
