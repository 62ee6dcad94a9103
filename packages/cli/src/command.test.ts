import { describe, expect, it } from 'vitest';
import { parseArgs, unknownFlag } from './command.js';

describe('parseArgs', () => {
  it('separates flags from positionals', () => {
    const { flags, positionals } = parseArgs(['plan.yaml', '--json', '--markdown=out.md']);
    expect(positionals).toEqual(['plan.yaml']);
    expect(flags.get('json')).toBe(true);
    expect(flags.get('markdown')).toBe('out.md');
  });

  it('takes the next argument as the value of a declared valued flag', () => {
    const { flags, positionals } = parseArgs(
      ['--profile', 'ministry.json', 'plan.yaml'],
      ['profile'],
    );
    expect(flags.get('profile')).toBe('ministry.json');
    expect(positionals).toEqual(['plan.yaml']);
  });

  it('treats everything after -- as positionals', () => {
    expect(parseArgs(['--', '--json']).positionals).toEqual(['--json']);
  });
});

describe('unknownFlag', () => {
  it('names the first unknown flag and suggests the closest known one', () => {
    expect(unknownFlag(parseArgs(['--jsno']).flags, ['json'])).toBe(
      'Unknown option --jsno. Did you mean --json?',
    );
  });

  it('is undefined when every flag is known', () => {
    expect(unknownFlag(parseArgs(['--json']).flags, ['json'])).toBeUndefined();
  });
});
