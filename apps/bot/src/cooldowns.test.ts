import { describe, expect, it } from 'vitest';
import { createCooldowns } from './cooldowns.js';

describe('createCooldowns', () => {
  it('lets a user run a command, then makes them wait out the cooldown', () => {
    let now = 1_000;
    const cooldowns = createCooldowns(() => now);
    expect(cooldowns.take('alice', 'score', 10_000)).toBe(0);
    now += 4_000;
    expect(cooldowns.take('alice', 'score', 10_000)).toBe(6_000);
    now += 6_000;
    expect(cooldowns.take('alice', 'score', 10_000)).toBe(0);
  });

  it('keeps users and commands apart', () => {
    const cooldowns = createCooldowns(() => 0);
    expect(cooldowns.take('alice', 'score', 10_000)).toBe(0);
    expect(cooldowns.take('bob', 'score', 10_000)).toBe(0);
    expect(cooldowns.take('alice', 'ask', 10_000)).toBe(0);
  });
});
