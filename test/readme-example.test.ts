/**
 * README's report example is a real report (scripts/readme-example.ts generates it): a hand-edited
 * one showed `score: 0.4` beside a 1.5-point finding. After a change to the rules or weights,
 * `npx tsx scripts/readme-example.ts --write` brings it up to date.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README, readmeExample, withExample } from '../scripts/readme-example.ts';

describe("README's report example", () => {
  it('is what analyze() gives for its html', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain(readmeExample());
    expect(withExample(readme, readmeExample())).toBe(readme);
  });

  it('has a score that is the sum of the points it shows', () => {
    const example = readmeExample();
    const score = Number(/score: ([\d.]+)/.exec(example)?.[1]);
    const points = [...example.matchAll(/points: ([\d.]+)/g)].map((match) => Number(match[1]));
    expect(points.length).toBeGreaterThan(0);
    expect(score).toBeCloseTo(points.reduce((sum, value) => sum + value, 0), 5);
  });

  it('replaces only the example when written', () => {
    const stale = 'before\nconst html = \'<p>x</p>\';\nconst report = analyze({ html });\n// { version: 1, score: 0.4,\n//   stats: { words } }\nafter\n';
    expect(withExample(stale, 'NEW')).toBe('before\nNEW\nafter\n');
  });
});
