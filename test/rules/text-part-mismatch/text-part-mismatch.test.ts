import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('text-part-mismatch', import.meta.dirname);

describe('text-part-mismatch edge cases', () => {
  const analyzer = createAnalyzer();
  const rule = ruleById('text-part-mismatch');
  const sentence = 'The library opens a new reading room on the second floor with quiet desks, power sockets and long opening hours for students during exams';

  it('ignores the words of written-out URLs in the text part', () => {
    const html = `<p>${sentence}.</p><p><a href="https://library.example.org/rooms/reading">See the room</a></p>`;
    const text = `${sentence}.\n\nSee the room: https://library.example.org/rooms/reading-room-second-floor-booking-information\n`;
    expect(rule.check(analyzer.context({ html, text }))).toEqual([]);
  });

  it('needs both parts (an HTML-only message is missing-text-part, not this rule)', () => {
    expect(rule.check(analyzer.context({ html: `<p>${sentence}</p>` }))).toEqual([]);
  });
});
