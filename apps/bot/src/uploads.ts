import type { Upload } from './commands/args.js';
import type { UploadPolicy } from './commands/command.js';

// Types a YAML or JSON file may arrive with; Discord often sends none or a generic one.
const textTypes = [
  'text/',
  'application/json',
  'application/yaml',
  'application/x-yaml',
  'application/octet-stream',
];

const kib = (bytes: number): string => `${String(Math.ceil(bytes / 1024))} KiB`;

/**
 * Why an upload is refused, or `undefined` when it may be read. Decided on the name, the
 * announced size and the type alone, before any byte is downloaded or read.
 *
 * @example
 * refuseUpload({ maxBytes: 262144, extensions: ['.yaml'], describe: 'a plan' }, upload);
 */
export const refuseUpload = (policy: UploadPolicy, upload: Upload): string | undefined => {
  const dot = upload.name.lastIndexOf('.');
  const extension = dot === -1 ? '' : upload.name.slice(dot).toLowerCase();
  const accepted = policy.extensions.join(', ');
  if (!policy.extensions.includes(extension)) {
    return `“${upload.name}” is not ${policy.describe}: send a ${accepted} file.`;
  }
  const type = upload.contentType?.split(';')[0]?.trim().toLowerCase();
  if (type !== undefined && type !== '' && !textTypes.some((t) => type.startsWith(t))) {
    return `“${upload.name}” looks like ${type}, not text: send ${policy.describe} as a ${accepted} file.`;
  }
  if (upload.size > policy.maxBytes) {
    return `“${upload.name}” is ${kib(upload.size)}; files here are at most ${kib(policy.maxBytes)}.`;
  }
  return undefined;
};

/** Decodes bytes as UTF-8 text, refusing binary content instead of garbling it. */
export const decodeText = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { fatal: true }).decode(bytes);
