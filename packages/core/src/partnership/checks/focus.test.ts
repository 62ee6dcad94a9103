import { describe, expect, it } from 'vitest';
import { checked } from './fixtures.js';
import { checkFocusQuestions, checkLabourAngle } from './focus.js';

const fullFocus = {
  level: 'outreach' as const,
  geography: 'in-country' as const,
  places: ['source' as const],
  market: 'supply' as const,
  target: 'people' as const,
  interventionTypes: ['broad-prevention' as const],
};
const matching = [
  {
    name: 'Schools',
    type: 'broad-prevention' as const,
    level: 'outreach' as const,
    places: ['source' as const],
  },
];

describe('checkFocusQuestions', () => {
  it('is met when every focus question is answered and the interventions match', () => {
    expect(
      checkFocusQuestions(...checked({ focus: fullFocus, interventions: matching })).status,
    ).toBe('met');
  });

  it('is partial when some questions are open, and names them', () => {
    const result = checkFocusQuestions(...checked({ focus: { level: 'outreach' } }));
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('supply, demand or both (focus.market)');
  });

  it('is partial when the focus and the interventions disagree, and says where', () => {
    const result = checkFocusQuestions(
      ...checked({
        focus: { ...fullFocus, level: 'policy' },
        interventions: [
          ...matching,
          {
            name: 'Shelter',
            type: 'victim-assistance',
            level: 'outreach',
            places: ['destination'],
          },
        ],
      }),
    );
    expect(result.status).toBe('partial');
    expect(result.recommendation).toContain('policy only');
    expect(result.recommendation).toContain('destination areas, which the focus leaves out');
    expect(result.recommendation).toContain('victim assistance is planned but not in the focus');
  });

  it('is missing when no question is answered', () => {
    expect(checkFocusQuestions(...checked()).status).toBe('missing');
  });
});

describe('checkLabourAngle', () => {
  it('is met when the plan says how it keeps the labour angle', () => {
    expect(
      checkLabourAngle(...checked({ focus: { labourAngle: 'Labour inspection leads' } })).status,
    ).toBe('met');
  });
  it('is partial when the plan shows signs of it (social partners, enforcement) but does not say so', () => {
    const result = checkLabourAngle(...checked());
    expect(result.status).toBe('partial');
    expect(result.evidence[0]?.text).toContain('social partners');
  });
  it('is missing without any sign of it', () => {
    expect(
      checkLabourAngle(...checked({ partners: [{ name: 'NGO', actorType: 'ngo' }] })).status,
    ).toBe('missing');
  });
});
