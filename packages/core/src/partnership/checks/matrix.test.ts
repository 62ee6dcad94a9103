import { describe, expect, it } from 'vitest';
import { checked } from './fixtures.js';
import { checkBestPlaced, checkCellsCovered, checkCrossBorderReach } from './matrix.js';

type Intervention = {
  name: string;
  type: 'broad-prevention' | 'safe-migration' | 'monitoring-enforcement' | 'victim-assistance';
  level: 'policy' | 'outreach';
  places: ('source' | 'transit' | 'destination')[];
  lead?: string;
};
const act = (
  name: string,
  type: Intervention['type'],
  level: Intervention['level'],
  places: Intervention['places'],
  lead?: string,
): Intervention => ({ name, type, level, places, ...(lead === undefined ? {} : { lead }) });

describe('checkCellsCovered', () => {
  it('is met when every type, level and place the plan works in has a lead', () => {
    const result = checkCellsCovered(
      ...checked({
        interventions: [
          act(
            'Inspection policy',
            'monitoring-enforcement',
            'policy',
            ['source', 'destination'],
            'Ministry',
          ),
          act(
            'Inspection',
            'monitoring-enforcement',
            'outreach',
            ['source', 'destination'],
            'Union',
          ),
        ],
      }),
    );
    expect(result.status).toBe('met');
  });

  it('is partial when at least half the cells are covered, and names the empty ones with who is best placed', () => {
    const result = checkCellsCovered(
      ...checked({
        interventions: [
          act(
            'Inspection policy',
            'monitoring-enforcement',
            'policy',
            ['source', 'destination'],
            'Ministry',
          ),
          act('Inspection', 'monitoring-enforcement', 'outreach', ['source'], 'Union'),
        ],
      }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain(
      'Monitoring & enforcement at outreach/direct assistance level in destination areas',
    );
    expect(result.recommendation).toContain(
      'governments or workers’ organisations'.replace('’', "'"),
    );
  });

  it('is missing when fewer than half the cells have a lead, or there are no interventions', () => {
    const result = checkCellsCovered(
      ...checked({
        focus: { level: 'both', places: ['source', 'transit', 'destination'] },
        interventions: [act('Talks', 'broad-prevention', 'outreach', ['source'], 'NGO')],
      }),
    );
    expect(result.status).toBe('missing');
    expect(checkCellsCovered(...checked()).status).toBe('missing');
  });

  it('asks for a lead where an intervention has none', () => {
    const result = checkCellsCovered(
      ...checked({ interventions: [act('Talks', 'broad-prevention', 'outreach', ['source'])] }),
    );
    expect(result.status).toBe('missing');
    expect(result.recommendation).toContain('Name a lead for "Talks"');
  });
});

describe('checkBestPlaced', () => {
  it('is met when every intervention is led by a kind of actor best placed for it', () => {
    const result = checkBestPlaced(
      ...checked({
        interventions: [
          act('Inspection', 'monitoring-enforcement', 'policy', ['source'], 'Ministry'),
        ],
      }),
    );
    expect(result.status).toBe('met');
  });

  it('is partial when some leads go against who is best placed, and says who is', () => {
    const result = checkBestPlaced(
      ...checked({
        interventions: [
          act('Inspection', 'monitoring-enforcement', 'policy', ['source'], 'Ministry'),
          act('Labour law enforcement', 'monitoring-enforcement', 'policy', ['destination'], 'NGO'),
        ],
      }),
    );
    expect(result.status).toBe('partial');
    const mismatch = result.evidence.find((e) => e.path === 'interventions[1].lead');
    expect(mismatch?.text).toContain('best placed: governments');
  });

  it('is missing when no intervention is led by a best-placed partner', () => {
    expect(
      checkBestPlaced(
        ...checked({
          interventions: [
            act('Enforcement', 'monitoring-enforcement', 'policy', ['source'], 'NGO'),
          ],
        }),
      ).status,
    ).toBe('missing');
    expect(checkBestPlaced(...checked()).status).toBe('missing');
  });
});

describe('checkCrossBorderReach', () => {
  const crossBorder = { focus: { geography: 'cross-border' as const } };
  it('is met when a cross-border plan works at source and destination', () => {
    const result = checkCrossBorderReach(
      ...checked({
        ...crossBorder,
        interventions: [
          act('Orientation', 'safe-migration', 'outreach', ['source'], 'NGO'),
          act('Help desks', 'safe-migration', 'outreach', ['destination'], 'Union'),
        ],
      }),
    );
    expect(result.status).toBe('met');
  });

  it('is partial when it works in two places but misses one end', () => {
    const result = checkCrossBorderReach(
      ...checked({
        ...crossBorder,
        interventions: [act('Info', 'safe-migration', 'outreach', ['source', 'transit'], 'NGO')],
      }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('destination');
  });

  it('flags a cross-border plan that works only at source', () => {
    const result = checkCrossBorderReach(
      ...checked({
        countries: ['Nepal', 'Malaysia'],
        interventions: [act('Info', 'safe-migration', 'outreach', ['source'], 'NGO')],
      }),
    );
    expect(result.status).toBe('missing');
    expect(result.recommendation).toContain('works only in source areas');
  });

  it('does not apply to an in-country plan', () => {
    const result = checkCrossBorderReach(...checked({ focus: { geography: 'in-country' } }));
    expect(result.status).toBe('not-applicable');
    expect(result.reason).toContain('one country');
  });
});
