import { describe, expect, it } from 'vitest';
import type { Reply } from '../reply.js';
import { choose, renderText } from './render.js';

describe('renderText', () => {
  it('writes a reply as plain text with buttons as commands to type', () => {
    const text = renderText(
      {
        title: 'C.138 Art. 3: Hazardous work',
        body: '**18**: see [NORMLEX](https://normlex.ilo.org/) and *the official text*.',
        sections: [{ heading: 'C.138 Art. 3(3)', body: 'From 16 under safeguards.' }],
        footer: 'Summary in our own words.',
        buttons: [{ label: 'The convention', command: 'convention', args: { id: 'C138' } }],
        menu: {
          placeholder: 'Pick an answer',
          command: 'score quick',
          arg: 'answer',
          args: { step: 2 },
          options: [{ label: 'Partly', value: 'partly', description: 'Some of it' }],
        },
      },
      { colour: false },
    );
    expect(text).toBe(
      [
        'C.138 Art. 3: Hazardous work',
        '18: see NORMLEX <https://normlex.ilo.org/> and the official text.',
        '',
        'C.138 Art. 3(3)',
        '  From 16 under safeguards.',
        '',
        'Summary in our own words.',
        '',
        '[1] The convention: /convention id:C138',
        '',
        'Pick an answer:',
        '[2] Partly (Some of it): /score quick step:2 answer:partly',
        'Type a number to choose.',
      ].join('\n'),
    );
  });

  it('uses ANSI styles only when colour is on and quotes values with spaces', () => {
    const text = renderText(
      { title: 'T', buttons: [{ label: 'Ask', command: 'ask', args: { question: 'a b' } }] },
      { colour: true },
    );
    expect(text).toContain('\u001b[1m');
    expect(text).toContain('/ask question:"a b"');
    expect(renderText({ title: 'T' }, { colour: false })).not.toContain('\u001b');
  });
});

describe('choose', () => {
  const menu = {
    placeholder: 'Pick all that apply',
    command: 'score quick',
    arg: 'picked',
    args: { makeup: '1' },
    options: ['government', 'ngo', 'media'].map((value) => ({ label: value, value })),
  };
  const reply: Reply = {
    buttons: [{ label: 'Skip', command: 'score quick', args: { makeup: '00' } }],
    menu: { ...menu, pick: { min: 1, max: 3 } },
  };

  it('runs the button or menu choice a number stands for', () => {
    expect(choose(reply, '1')).toBe('/score quick makeup:00');
    expect(choose(reply, ' 3 ')).toBe('/score quick makeup:1 picked:ngo');
  });

  it('picks several choices of a menu that takes them, written 2,4 or 2 4', () => {
    expect(choose(reply, '2,4')).toBe('/score quick makeup:1 picked:government,media');
    expect(choose(reply, '4 2, 4')).toBe('/score quick makeup:1 picked:media,government');
  });

  it('refuses numbers that are not choices, several for a one-choice menu, and text', () => {
    expect(choose(reply, '9')).toBeUndefined();
    expect(choose(reply, '1,2')).toBeUndefined();
    expect(choose({ ...reply, menu }, '2,3')).toBeUndefined();
    expect(choose(reply, 'two')).toBeUndefined();
  });

  it('says that several choices may be typed', () => {
    expect(renderText(reply, { colour: false })).toContain(
      'Type a number to choose, or several choices of the menu separated by commas (e.g. 3,5).',
    );
  });
});
