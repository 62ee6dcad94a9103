import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import type { Upload } from '../commands/args.js';
import type { ResolveFile } from './parse.js';

const describe = (path: string, size: number): Upload => ({
  kind: 'upload',
  name: basename(path),
  size,
  contentType: undefined,
  read: () => readFile(path, 'utf8'),
});

const sizeOf = async (path: string): Promise<number | undefined> => {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Finds a file the user named in the terminal: first relative to the directory they ran the
 * chat from, then among the core's bundled examples by name (`strong`, `strong.yaml` or
 * `examples/strong.yaml` all find `packages/core/examples/strong.yaml`).
 */
export const fileResolver =
  (cwd: string, examplesDir: string | undefined): ResolveFile =>
  async (path) => {
    const direct = isAbsolute(path) ? path : resolve(cwd, path);
    const size = await sizeOf(direct);
    if (size !== undefined) return describe(direct, size);
    if (examplesDir !== undefined) {
      const name = basename(path);
      const candidates =
        extname(name) === '' ? ['.yaml', '.yml', '.json'].map((e) => name + e) : [name];
      for (const candidate of candidates) {
        const example = join(examplesDir, candidate);
        const exampleSize = await sizeOf(example);
        if (exampleSize !== undefined) return describe(example, exampleSize);
      }
    }
    return { problem: `There is no file at ${direct}.` };
  };

/**
 * Saves a file the bot hands over into `dir`, never overwriting: `report.md`, then
 * `report-1.md`, and so on. Returns the path written.
 */
export const saveFile = async (dir: string, name: string, text: string): Promise<string> => {
  const extension = extname(name);
  const stem = basename(name, extension);
  for (let n = 0; ; n++) {
    const path = join(dir, n === 0 ? name : `${stem}-${String(n)}${extension}`);
    try {
      await writeFile(path, text, { encoding: 'utf8', flag: 'wx' });
      return path;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
};
