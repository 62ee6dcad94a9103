import { describe, expect, it } from 'vitest';
import type { Upload } from './commands/args.js';
import { decodeText, refuseUpload } from './uploads.js';

const policy = { maxBytes: 1024, extensions: ['.yaml', '.yml', '.json'], describe: 'a plan' };
const upload = (name: string, size: number, contentType?: string): Upload => ({
  kind: 'upload',
  name,
  size,
  contentType,
  read: () => Promise.reject(new Error('must not be read')),
});

describe('refuseUpload', () => {
  it('accepts a small YAML or JSON file with a text-like type or none', () => {
    expect(refuseUpload(policy, upload('plan.yaml', 100))).toBeUndefined();
    expect(
      refuseUpload(policy, upload('plan.JSON', 100, 'application/json; charset=utf-8')),
    ).toBeUndefined();
    expect(refuseUpload(policy, upload('plan.yml', 100, 'application/x-yaml'))).toBeUndefined();
  });

  it('refuses the wrong extension, a binary type and an oversized file, saying why', () => {
    expect(refuseUpload(policy, upload('plan.pdf', 100))).toMatch(/not a plan: send a \.yaml/);
    expect(refuseUpload(policy, upload('plan.yaml', 100, 'image/png'))).toMatch(
      /looks like image\/png/,
    );
    expect(refuseUpload(policy, upload('plan.yaml', 5000))).toMatch(
      /5 KiB; files here are at most 1 KiB/,
    );
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 and refuses bytes that are not text', () => {
    expect(decodeText(new TextEncoder().encode('Nepal — NPL'))).toBe('Nepal — NPL');
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00]))).toThrow();
  });
});
