import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { recordingIo } from '../testing.js';

const run = async (args: readonly string[]) => {
  const io = recordingIo();
  const status = await main(['convention', ...args], io.io);
  return { status, stdout: io.stdout(), stderr: io.stderr() };
};

describe('target87 convention', () => {
  it('prints a convention with its facts and every key article', async () => {
    const { status, stdout } = await run(['C.138']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^C\.138: Minimum Age Convention, 1973 \(No\. 138\)/);
    expect(stdout).toContain('Adopted: 26 June 1973');
    expect(stdout).toContain('Fundamental: yes');
    for (const number of ['1', '2', '3', '7', '9'])
      expect(stdout).toContain(`C.138 Art. ${number}:`);
    expect(stdout).toContain('3(3) ');
  });

  it('reads the id however it is written', async () => {
    for (const id of ['No. 182', 'convention 182', 'worst forms of child labour convention']) {
      expect((await run([id])).stdout).toMatch(/^C\.182: /);
    }
  });

  it('says when an instrument is held in summary only', async () => {
    expect((await run(['R190'])).stdout).toContain('in summary, without its articles');
  });

  it('prints the instrument and its articles as JSON with --json', async () => {
    const { stdout } = await run(['P29', '--json']);
    const json = JSON.parse(stdout) as { instrument: { id: string }; articles: { id: string }[] };
    expect(json.instrument.id).toBe('P29');
    expect(json.articles.map((a) => a.id)).toContain('P29:4');
  });

  it('exits 1 with a clear message and the closest match for an unknown convention', async () => {
    const typo = await run(['minimun age convension']);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain('Did you mean C.138 (Minimum Age Convention');
    const unmodelled = await run(['C100']);
    expect(unmodelled.status).toBe(1);
    expect(unmodelled.stderr).toContain('Convention No. 100 is not modelled here');
    const json = await run(['C100', '--json']);
    const parsed = JSON.parse(json.stdout) as { errors: { message: string }[] };
    expect(parsed.errors[0]?.message).toContain('not modelled');
  });

  it('needs an id', async () => {
    expect((await run([])).status).toBe(2);
  });
});
