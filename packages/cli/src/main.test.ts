import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { recordingIo } from './testing.js';

describe('target87', () => {
  it('lists its commands for --help and exits 0', async () => {
    const run = recordingIo();
    expect(await main(['--help'], run.io)).toBe(0);
    expect(run.stdout()).toContain('Usage: target87 <command>');
  });

  it('refuses an unknown command with exit status 2 and the help on stderr', async () => {
    const run = recordingIo();
    expect(await main(['frobnicate'], run.io)).toBe(2);
    expect(run.stderr()).toContain('Unknown command "frobnicate"');
  });
});
