// What the pending changesets ask for, read independently of @changesets/cli, so the release test
// can predict the versions `changeset version` must produce instead of trusting its own answer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const bumpRank = { patch: 1, minor: 2, major: 3 };

/**
 * The bump each package gets from the changesets in `.changeset/`: the largest one asked for.
 *
 * @param {string} repo
 * @returns {Map<string, 'patch' | 'minor' | 'major'>}
 */
export const pendingBumps = (repo) => {
  const bumps = new Map();
  const folder = join(repo, '.changeset');
  for (const file of readdirSync(folder)) {
    if (!file.endsWith('.md') || file === 'README.md') continue;
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, file), 'utf8'));
    if (!frontmatter) throw new Error(`.changeset/${file} has no frontmatter`);
    for (const line of frontmatter[1].split('\n')) {
      const entry = /^\s*(['"]?)([^'":\s]+)\1\s*:\s*(major|minor|patch)\s*$/.exec(line);
      if (!entry) continue;
      const [, , name, bump] = entry;
      if (!bumps.has(name) || bumpRank[bump] > bumpRank[bumps.get(name)]) bumps.set(name, bump);
    }
  }
  return bumps;
};

/** The larger of two bumps (either may be missing). */
export const largerBump = (a, b) => {
  if (!a) return b;
  if (!b) return a;
  return bumpRank[a] >= bumpRank[b] ? a : b;
};

/**
 * `semver.inc` for plain `x.y.z` versions, which is all this repository publishes.
 *
 * @param {string} version
 * @param {'patch' | 'minor' | 'major' | undefined} bump
 */
export const bumpVersion = (version, bump) => {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!parts) throw new Error(`Cannot bump "${version}": expected a plain x.y.z version`);
  const [major, minor, patch] = parts.slice(1).map(Number);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return version;
};
