import type { Io } from './output.js';

/** An `Io` that records what a command prints, for tests. Files come from `files`. */
export const recordingIo = (files: Readonly<Record<string, string>> = {}) => {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: Io = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    colour: false,
    readFile: (path) => {
      const text = files[path];
      return text === undefined
        ? Promise.reject(
            Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' }),
          )
        : Promise.resolve(text);
    },
    writeFile: (path, text) => {
      written.set(path, text);
      return Promise.resolve();
    },
  };
  return { io, stdout: () => out.join('\n'), stderr: () => err.join('\n'), written };
};
