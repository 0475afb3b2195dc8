// Settings as stored (storage.sync) → valid settings → core options; sites → origins and patterns.

import { describe, expect, test } from 'vitest';
import {
  analyzeOptions,
  DEFAULT_SETTINGS,
  linesOf,
  normalizeOrigin,
  normalizeSettings,
  originPattern,
} from '../../extension/shared/settings.ts';

describe('normalizeSettings', () => {
  test('nothing stored → defaults', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('junk')).toEqual(DEFAULT_SETTINGS);
  });

  test('keeps valid values, drops invalid ones', () => {
    expect(
      normalizeSettings({
        threshold: '3.5',
        confirmSend: true,
        languages: ['fr', 'xx', 'fr', 7],
        phrases: [' act fast ', '', 'act fast', 42],
        allowed: ['ACME'],
        sites: ['app.example.com', 'https://app.example.com/path', 'javascript:alert(1)', 'ftp://x.example', 'http://127.0.0.1:8080/x'],
      }),
    ).toEqual({
      threshold: 3.5,
      confirmSend: true,
      languages: ['fr'],
      phrases: ['act fast'],
      allowed: ['ACME'],
      sites: ['https://app.example.com', 'http://127.0.0.1:8080'],
    });
  });

  test('threshold must be positive and sane', () => {
    expect(normalizeSettings({ threshold: -1 }).threshold).toBe(5);
    expect(normalizeSettings({ threshold: 1e9 }).threshold).toBe(5);
    expect(normalizeSettings({ threshold: 'NaN' }).threshold).toBe(5);
  });

  test('confirmSend only when exactly true', () => {
    expect(normalizeSettings({ confirmSend: 'yes' }).confirmSend).toBe(false);
  });
});

describe('analyzeOptions', () => {
  test('defaults: threshold only (languages detected by the core)', () => {
    expect(analyzeOptions(DEFAULT_SETTINGS)).toEqual({ threshold: 5 });
  });

  test('languages and phrases when set', () => {
    expect(analyzeOptions({ ...DEFAULT_SETTINGS, languages: ['de'], phrases: ['x'], allowed: ['y'] })).toEqual({
      threshold: 5,
      languages: ['de'],
      phrases: { add: ['x'], allow: ['y'] },
    });
  });
});

describe('origins', () => {
  test('normalizeOrigin', () => {
    expect(normalizeOrigin('app.example.com')).toBe('https://app.example.com');
    expect(normalizeOrigin(' https://App.Example.com:8443/editor?id=1 ')).toBe('https://app.example.com:8443');
    expect(normalizeOrigin('http://localhost:3000')).toBe('http://localhost:3000');
    expect(normalizeOrigin('https://user:pw@example.com')).toBeNull();
    expect(normalizeOrigin('data:text/html,x')).toBeNull();
    expect(normalizeOrigin('')).toBeNull();
    expect(normalizeOrigin('not a host')).toBeNull();
  });

  test('originPattern drops the port (match patterns have none)', () => {
    expect(originPattern('https://app.example.com:8443')).toBe('https://app.example.com/*');
    expect(originPattern('http://127.0.0.1:5173')).toBe('http://127.0.0.1/*');
  });

  test('linesOf', () => {
    expect(linesOf('a\r\n\n b \nb\n')).toEqual(['a', 'b']);
  });
});
