import type { Reply } from '../reply.js';
import type { RenderedPage } from './render.js';

/** A paginated reply kept so its page buttons can show the other pages. */
export interface StoredPages {
  readonly reply: Reply;
  readonly pages: readonly RenderedPage[];
}

/** Where paginated replies wait for their page buttons. */
export interface PageStore {
  /** Keeps the pages and returns the key their buttons carry. */
  readonly save: (entry: StoredPages) => string;
  /** The pages for a key, unless they have expired. */
  readonly get: (key: string) => StoredPages | undefined;
}

/**
 * An in-memory page store. Entries expire after `ttlMs` (an interaction's own lifetime is 15
 * minutes) and the oldest are dropped beyond `capacity`, so memory stays flat however long the
 * bot runs.
 *
 * @example
 * const store = createPageStore({ now: () => Date.now() });
 */
export const createPageStore = ({
  now,
  ttlMs = 15 * 60_000,
  capacity = 500,
}: {
  readonly now: () => number;
  readonly ttlMs?: number;
  readonly capacity?: number;
}): PageStore => {
  const entries = new Map<string, { entry: StoredPages; expires: number }>();
  // Keys stay unique across restarts, so an old message's buttons never open someone else's pages.
  const prefix = now().toString(36);
  let counter = 0;
  return {
    save: (entry) => {
      const key = `${prefix}${(counter++).toString(36)}`;
      entries.set(key, { entry, expires: now() + ttlMs });
      for (const [k, v] of entries) {
        if (entries.size <= capacity && v.expires > now()) break;
        entries.delete(k);
      }
      return key;
    },
    get: (key) => {
      const found = entries.get(key);
      if (found === undefined) return undefined;
      if (found.expires <= now()) {
        entries.delete(key);
        return undefined;
      }
      return found.entry;
    },
  };
};
