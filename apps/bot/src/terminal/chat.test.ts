import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { criteria } from '@target87/core';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shellCommands } from '../../test/test-commands.js';
import { defineCommand } from '../commands/command.js';
import { commands } from '../commands/index.js';
import { createCooldowns } from '../cooldowns.js';
import { answerLine, runChat } from './chat.js';

const report = defineCommand({
  definition: { name: 'report', description: 'Hands over a file' } as const,
  examples: ['/report'],
  run: () => ({ title: 'Report', files: [{ name: 'report.md', text: '# Report\n' }] }),
});

const deps = () => ({
  commands: [...commands, ...shellCommands, report],
  cooldowns: createCooldowns(() => Date.now()),
  log: pino({ level: 'silent' }),
});

describe('the terminal chat', () => {
  let cwd: string;
  let examplesDir: string;
  beforeEach(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'bot-chat-'));
    examplesDir = join(cwd, 'examples-bundled');
    await mkdir(examplesDir);
    await writeFile(join(examplesDir, 'strong.yaml'), 'name: strong\n');
    await writeFile(join(cwd, 'mine.yaml'), 'name: mine\n');
  });
  afterEach(async () => {
    await rm(cwd, { recursive: true, force: true });
  });
  const io = () => ({ cwd, examplesDir });

  it('runs the same commands as Discord, with positional or named arguments', async () => {
    const card = await answerLine('/convention C138', io(), deps(), 't1');
    expect(card.title).toBe('C.138: Minimum Age Convention, 1973 (No. 138)');
    const named = await answerLine('/article convention:C182 number:7', io(), deps(), 't2');
    const positional = await answerLine('/article C182 7', io(), deps(), 't3');
    expect(positional).toEqual(named);
  });

  it('lets a named text value run over several words, as Discord does', async () => {
    const unquoted = await answerLine('/actors type:trade union', io(), deps(), 't20');
    const quoted = await answerLine('/actors type:"trade union"', io(), deps(), 't21');
    expect(unquoted).toEqual(quoted);
    expect(unquoted.title).toMatch(/workers/i);
  });

  it('takes plain text as a question for /ask, apostrophes and all', async () => {
    const reply = await answerLine(
      "what's the minimum age for hazardous work?",
      io(),
      deps(),
      't4',
    );
    expect(reply.title).toBe("what's the minimum age for hazardous work?");
    expect(reply.body).toContain('C.138 Art. 3(1)');
  });

  it('reads a file relative to where the chat was started, or a bundled example by name', async () => {
    expect((await answerLine('/upload mine.yaml', io(), deps(), 't5')).title).toBe('mine.yaml');
    expect((await answerLine('/upload examples/strong.yaml', io(), deps(), 't6')).title).toBe(
      'strong.yaml',
    );
    expect((await answerLine('/upload file:strong', io(), deps(), 't7')).title).toBe('strong.yaml');
    const missing = await answerLine('/upload nowhere.yaml', io(), deps(), 't8');
    expect(missing.body).toContain(`There is no file at ${join(cwd, 'nowhere.yaml')}.`);
  });

  it('scores a bundled example plan by path or name, as /score examples/strong.yaml', async () => {
    const core = join(
      fileURLToPath(new URL('../../../../packages/core/examples', import.meta.url)),
    );
    const reply = await answerLine(
      '/score examples/strong.yaml',
      { cwd, examplesDir: core },
      deps(),
      't11',
    );
    expect(reply.title).toMatch(/^Child-labour-free brick kilns partnership \(Nepal\): /);
    expect(reply.files?.[0]?.name).toMatch(/-readiness\.md$/);
  });

  it('explains a mistyped command or argument with examples', async () => {
    expect((await answerLine('/nope', io(), deps(), 't9')).body).toMatch(/There is no \/nope here/);
    const bad = await answerLine('/slow ms:soon', io(), deps(), 't10');
    expect(bad.body).toMatch(/`ms` must be a whole number\.\n\nFor example:\n {2}\/slow ms:100/);
    const runOn = await answerLine('/convention id:C138 extra words', io(), deps(), 't11');
    expect(runOn.body).toMatch(/"C138 extra words" is not an instrument the library knows/);
  });

  it('converses over streams, saves handed-over files and stops at /quit', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
    const done = runChat({ input, output, cwd, examplesDir, colour: false }, deps());
    input.write('/help command:convention\n');
    input.write('/score quick\n');
    input.write('2\n');
    input.write('/report\n');
    input.write('/report\n');
    input.write('/quit\n');
    input.write('/help\n');
    await done;
    expect(written).toMatch(/^Target 8\.7 bot: terminal chat/);
    expect(written).toContain('/convention C138');
    // Typing a number runs the numbered choice: "2" picked governments in the first menu.
    expect(written).toContain('Quick self-assessment: the partnership, 2 of 5');
    expect(written).toContain('[2] ◀ Back: /score quick\n');
    expect(written).toContain(`Saved report.md to ${join(cwd, 'report.md')}`);
    expect(written).toContain(`Saved report.md to ${join(cwd, 'report-1.md')}`);
    expect(await readFile(join(cwd, 'report-1.md'), 'utf8')).toBe('# Report\n');
    // Nothing after /quit was answered.
    expect(written.match(/Target 8\.7 bot\n/g)).toBeNull();
  });

  it('runs the whole quick self-assessment to a score: several menu choices as 2,4, then numbered answers', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
    const done = runChat({ input, output, cwd, examplesDir, colour: false }, deps());
    input.write('/score quick\n');
    // [1] is Skip; the kinds of actor follow from [2]: governments, employers, workers, NGOs.
    input.write('2,4,5,6\n');
    // [1] Skip, [2] Back, then the kinds of work: monitoring and victim assistance.
    input.write('5, 6\n');
    input.write('3 4\n'); // both levels
    input.write('3,5\n'); // source and destination
    input.write('3,4\n'); // one choice only: refused, asked again
    input.write('3\n'); // within one country
    for (let i = 0; i < criteria.length - 4; i += 1) input.write(i % 4 === 0 ? '2\n' : '1\n');
    input.write('1\n'); // the full report as Markdown
    input.write('/quit\n');
    await done;
    expect(written).toContain(
      "Kinds of actor: Governments, Employers' organisations, Workers' organisations, NGOs and mass organisations",
    );
    expect(written).toContain('Kinds of work: Monitoring & enforcement, Victim assistance');
    expect(written).toContain('That is not one of the numbered choices above.');
    expect(written).toContain(`Quick self-assessment: 1 of ${String(criteria.length - 4)}`);
    expect(written).toContain(
      'so not asked: Different kinds of actor (met); Every needed role covered (met); Cross-border work reaches beyond the source (not applicable); Social partners and civil society (met).',
    );
    expect(written).toMatch(/Quick self-assessment: \d+\.\d of 100, (high|very high) readiness/);
    expect(written).toContain('Top three changes');
    const saved = join(cwd, 'quick-self-assessment-readiness.md');
    expect(written).toContain(`Saved quick-self-assessment-readiness.md to ${saved}`);
    expect(await readFile(saved, 'utf8')).toContain('`makeUp.actorTypes`: Governments');
  });
});
