import { criteria, planExamples } from '@target87/core';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from './command.js';
import { score } from './score.js';

const context: CommandContext = { userId: 'u', commands: [] };
const run = (args: Record<string, string | boolean | { name: string; text: string }>) =>
  Promise.resolve(score.run(args, context));

describe('/score quick', () => {
  it('starts with the partnership’s make-up, privately, as a menu', async () => {
    const reply = await run({ subcommand: 'quick' });
    expect(reply).toMatchObject({
      ephemeral: true,
      title: 'Quick self-assessment: the partnership, 1 of 5',
      menu: { command: 'score quick', arg: 'picked', pick: { min: 1, max: 8 } },
    });
  });

  it('scores answers typed without a make-up through the core, and attaches the Markdown on request', async () => {
    const none = await run({ subcommand: 'quick', answers: 'n'.repeat(criteria.length) });
    expect(none.title).toMatch(/^Quick self-assessment: 0\.0 of 100, low readiness$/);
    expect(none.sections?.find((s) => s.heading === 'Top three changes')?.body).toMatch(
      /^\*\*1\. /,
    );
    const download = await run({
      subcommand: 'quick',
      answers: 'n'.repeat(criteria.length),
      download: true,
    });
    expect(download.files?.[0]?.text).toMatch(/^# Partnership readiness: Quick self-assessment/);
  });
});

describe('/score file', () => {
  it('scores a plan and attaches the full Markdown report', async () => {
    const reply = await run({
      subcommand: 'file',
      plan: { name: 'strong.yaml', text: planExamples.strong },
    });
    expect(reply.title).toMatch(/^Child-labour-free brick kilns partnership \(Nepal\): /);
    expect(reply.files?.[0]?.name).toBe(
      'child-labour-free-brick-kilns-partnership-nepal-readiness.md',
    );
  });

  it('lists every problem of an invalid plan, privately', async () => {
    const reply = await run({
      subcommand: 'file',
      plan: { name: 'x.yaml', text: 'partners: 3\nnmae: x\n' },
    });
    expect(reply.ephemeral).toBe(true);
    expect(reply.body?.split('\n').length).toBeGreaterThanOrEqual(2);
  });
});
