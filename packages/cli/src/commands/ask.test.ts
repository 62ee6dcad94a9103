import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { recordingIo } from '../testing.js';

const run = async (args: readonly string[]) => {
  const io = recordingIo();
  const status = await main(['ask', ...args], io.io);
  return { status, stdout: io.stdout(), stderr: io.stderr() };
};

interface JsonAnswer {
  kind: string;
  id: string;
  title: string;
  text: string;
  citation: string;
  conventionId: string | null;
}

describe('target87 ask', () => {
  it('prints the answers readably, best first, each with its source', async () => {
    const { status, stdout } = await run(['is prison labour forced labour?']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^1\. C\.29 Art\. 2: Definition of forced labour/);
    expect(stdout).toContain('Source: C.29 Art. 2(2)(c)');
  });

  it('reads a question given as several words', async () => {
    const { stdout } = await run(['what', 'is', 'C138']);
    expect(stdout).toMatch(/^1\. Minimum Age Convention/);
  });

  it('prints { question, answers } as JSON with --json, the fact asked for first', async () => {
    const { status, stdout } = await run(["what's the minimum age for hazardous work?", '--json']);
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as { question: string; answers: JsonAnswer[] };
    expect(json.question).toBe("what's the minimum age for hazardous work?");
    expect(json.answers[0]).toMatchObject({
      kind: 'article',
      id: 'C138:3',
      citation: 'C.138 Art. 3(1)',
      conventionId: 'C138',
    });
    expect(json.answers[0]?.text).toMatch(/^18: /);
    expect(Object.keys(json.answers[0] ?? {})).toEqual([
      'kind',
      'id',
      'title',
      'text',
      'citation',
      'conventionId',
    ]);
  });

  it('gives conventionId null for an answer about no convention', async () => {
    const { stdout } = await run(['who should do research in a partnership?', '--json']);
    const json = JSON.parse(stdout) as { answers: JsonAnswer[] };
    expect(json.answers[0]).toMatchObject({ kind: 'actor', id: 'academia', conventionId: null });
  });

  it('says it does not know, with suggestions, and exits 1', async () => {
    const readable = await run(['best pizza in Rome']);
    expect(readable.status).toBe(1);
    expect(readable.stdout).toMatch(/^I don't know/);
    expect(readable.stdout).toContain('Try:');
    const json = await run(['best pizza in Rome', '--json']);
    const parsed = JSON.parse(json.stdout) as { answers: unknown[]; suggestions: string[] };
    expect(parsed.answers).toEqual([]);
    expect(parsed.suggestions.length).toBeGreaterThan(0);
  });

  it('refuses an over-long question with exit status 1', async () => {
    const { status, stderr } = await run(['why '.repeat(200)]);
    expect(status).toBe(1);
    expect(stderr).toContain('at most 500 characters');
  });

  it('needs a question, and knows its options', async () => {
    expect((await run([])).status).toBe(2);
    const wrong = await run(['C138', '--jsno']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Unknown option --jsno');
  });
});
