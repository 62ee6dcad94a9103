import {
  exampleScoringProfile,
  planExamples,
  planTemplate,
  selfAssessmentExamples,
} from '@target87/core';
import { describe, expect, it } from 'vitest';
import { main } from '../main.js';
import type { Io } from '../output.js';
import { recordingIo } from '../testing.js';

const files = {
  'strong.yaml': planExamples.strong,
  'weak.yaml': planExamples.weak,
  'source-only.yaml': planExamples.sourceOnly,
  'ministry.json': exampleScoringProfile,
  'sa-ministry.yaml': selfAssessmentExamples.ministry,
  'sa-union.yaml': selfAssessmentExamples.union,
  'sa-ngo.yaml': selfAssessmentExamples.ngo,
  'typo.yaml': 'name: X\npartners:\n  - name: A\n    actorType: trade union\n',
  'empty.yaml': '',
  'bad-profile.json': '{ "id": "x", "title": "X", "groupWeights": { "matrx": 3 } }',
};

const score = async (args: readonly string[], io?: Partial<Io>) => {
  const run = recordingIo(files);
  const status = await main(['score', ...args], { ...run.io, ...io });
  return { status, stdout: run.stdout(), stderr: run.stderr(), written: run.written };
};

interface JsonReport {
  score: number;
  band: string;
  checks: { id: string; status: string; recommendation: string }[];
  recommendations: { criterion: string; gain: number }[];
  gates: { id: string }[];
}

describe('target87 score', () => {
  it('prints a readable report: score, band, group bars, strengths and top changes first, then every check', async () => {
    const { status, stdout } = await score(['weak.yaml']);
    expect(status).toBe(0);
    const order = [
      'Readiness LOW',
      'Held back by',
      'Groups',
      'Strengths',
      'The changes that would help most',
      'Every check',
    ];
    const positions = order.map((heading) => stdout.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(stdout).toMatch(/Making the partnership work +[█░]{20} +\d+\.\d/);
    expect(stdout).toContain('Fewer than two kinds of actor');
  });

  it('prints plain text when piped and colour only for a terminal', async () => {
    expect((await score(['weak.yaml'])).stdout).not.toContain('\u001b[');
    expect((await score(['weak.yaml'], { colour: true })).stdout).toContain('\u001b[31m');
  });

  it('prints the report as JSON with the score, band, checks and recommendations', async () => {
    const { status, stdout } = await score(['strong.yaml', '--json']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.score).toBeGreaterThanOrEqual(65);
    expect(['high', 'very-high']).toContain(report.band);
    expect(report.checks).toHaveLength(38);
    expect(report.checks[0]).toMatchObject({ id: 'work.shared-aim', status: 'met' });
    expect(typeof report.checks[0]?.recommendation).toBe('string');
    expect(report.recommendations.length).toBeGreaterThan(0);
  });

  it('fails with status 1 and every problem on stderr for an invalid plan', async () => {
    const { status, stdout, stderr } = await score(['typo.yaml']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('typo.yaml: partners[0].actorType');
    expect(stderr).toContain('(line 4, column 16)');
    expect(stderr).toContain('Did you mean "workers-organisation"?');
  });

  it('fails with { errors: [{ path, message }] } on stdout with --json', async () => {
    const { status, stdout } = await score(['typo.yaml', '--json']);
    expect(status).toBe(1);
    const { errors } = JSON.parse(stdout) as {
      errors: { file: string; path: string; message: string; suggestion?: string }[];
    };
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'typo.yaml',
        path: 'partners[0].actorType',
        suggestion: 'workers-organisation',
      }),
    ]);
  });

  it('says an empty file is empty, and a missing file cannot be read', async () => {
    expect((await score(['empty.yaml'])).stderr).toContain('The document is empty');
    const missing = await score(['nowhere.yaml']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nowhere.yaml: cannot be read');
  });

  it('writes the full report as Markdown with --markdown=FILE, and prints it with --markdown', async () => {
    const toFile = await score(['strong.yaml', '--markdown=report.md']);
    expect(toFile.status).toBe(0);
    expect(toFile.written.get('report.md')).toMatch(
      /^# Partnership readiness: Child-labour-free brick kilns/,
    );
    expect(toFile.stdout).toContain('Wrote the full report to report.md.');
    const printed = await score(['strong.yaml', '--markdown']);
    expect(printed.stdout).toMatch(/^# Partnership readiness/);
  });

  it('prints the template with --template', async () => {
    const { status, stdout } = await score(['--template']);
    expect(status).toBe(0);
    expect(stdout).toBe(planTemplate.trimEnd());
  });

  it('scores with the user’s profile, which can change the band', async () => {
    const withDefault = JSON.parse(
      (await score(['source-only.yaml', '--json'])).stdout,
    ) as JsonReport;
    const withProfile = JSON.parse(
      (await score(['source-only.yaml', '--json', '--profile', 'ministry.json'])).stdout,
    ) as JsonReport;
    expect(withProfile.gates.map((g) => g.id)).toEqual(['no-national-focal-point']);
    expect(withProfile.score).not.toBe(withDefault.score);
  });

  it('reports the problems of an invalid profile', async () => {
    const { status, stderr } = await score(['strong.yaml', '--profile=bad-profile.json']);
    expect(status).toBe(1);
    expect(stderr).toContain('bad-profile.json: groupWeights.matrx');
    expect(stderr).toContain('Did you mean "matrix"?');
  });

  it('combines several self-assessments into one report, flagging where partners disagree', async () => {
    const { status, stdout } = await score(['sa-ministry.yaml', 'sa-union.yaml', 'sa-ngo.yaml']);
    expect(status).toBe(0);
    expect(stdout).toContain('Combined from 3 self-assessments');
    expect(stdout).toContain('Disputed: Labour ministry focal point (Ministry of Labour) yes');
  });

  it('refuses to combine a plan with self-assessments', async () => {
    const { status, stderr } = await score(['strong.yaml', 'sa-union.yaml']);
    expect(status).toBe(1);
    expect(stderr).toContain('strong.yaml: is a plan');
  });

  it('compares a revised plan with an earlier version', async () => {
    const { status, stdout } = await score(['strong.yaml', '--compare', 'weak.yaml']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Score \d+\.\d → \d+\.\d \(\+\d+\.\d\); readiness low → /);
    expect(stdout).toContain('Improved');
  });

  it('refuses wrong usage with status 2 and the usage', async () => {
    expect((await score([])).status).toBe(2);
    const unknown = await score(['strong.yaml', '--jsn']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Did you mean --json?');
    expect((await score(['strong.yaml', '--profile'])).status).toBe(2);
  });

  it('is listed by target87 --help', async () => {
    const run = recordingIo();
    await main(['--help'], run.io);
    expect(run.stdout()).toContain('score');
  });
});
