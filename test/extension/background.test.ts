// Background bookkeeping: which score the toolbar shows per tab; which ESP registrations to keep.

import { describe, expect, test } from 'vitest';
import { registrationId, wantedRegistrations } from '../../extension/background/registrations.ts';
import { TabScores } from '../../extension/background/tab-scores.ts';

describe('TabScores', () => {
  test('the focused editor wins, else the latest; gone editors drop out', () => {
    const scores = new TabScores();
    expect(scores.update(1, '0:e1', { score: 2, level: 'low', focused: false })?.score).toBe(2);
    expect(scores.update(1, '0:e2', { score: 7, level: 'high', focused: false })?.score).toBe(7);
    expect(scores.update(1, '0:e1', { score: 3, level: 'medium', focused: true })?.score).toBe(3);
    expect(scores.update(1, '0:e2', { score: 8, level: 'high', focused: false })?.score).toBe(3);
    expect(scores.update(1, '0:e1', { score: null, level: null, focused: false })?.score).toBe(8);
    expect(scores.update(1, '0:e2', { score: null, level: null, focused: false })).toBeNull();
    expect(scores.shown(2)).toBeNull();
  });

  test('tabs are independent and forgotten when closed', () => {
    const scores = new TabScores();
    scores.update(1, '0:e1', { score: 2, level: 'low', focused: true });
    scores.update(2, '0:e1', { score: 6, level: 'high', focused: true });
    expect(scores.shown(1)?.score).toBe(2);
    scores.forget(1);
    expect(scores.shown(1)).toBeNull();
    expect(scores.shown(2)?.score).toBe(6);
  });
});

describe('ESP registrations', () => {
  test('only enabled sites whose permission is granted; one registration per host pattern', () => {
    const wanted = wantedRegistrations(
      ['https://app.example.com', 'https://app.example.com:8443', 'https://other.example.org'],
      ['https://app.example.com/*', 'https://mail.google.com/*'],
    );
    expect(wanted).toEqual([
      { id: registrationId('https://app.example.com/*'), matches: ['https://app.example.com/*'], js: ['content.js'] },
    ]);
    expect(registrationId('https://app.example.com/*')).toMatch(/^esp-[a-z0-9-]+$/);
  });
});
