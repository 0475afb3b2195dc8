// Detects HTML character references that encode plain letters and digits (`&#86;&#105;agra`).
// A browser shows "Viagra", but a filter reading the source sees numbers; there is no other reason
// to encode an ASCII letter. SpamAssassin scores ten in a row (HTML_ENTITY_ASCII, docs/rules/ascii-entities.md).
// A few are tolerated: some templates encode an e-mail address against harvesting.
import { overlapCursor } from '../../text/ranges.ts';
import { defineRule, inText, shorten, type MessageHit } from '../rule.ts';

/** Encoded letters tolerated in one message (one obfuscated e-mail address, a stray `&#49;`). */
const TOLERATED = 12;
/** Encoded letters per unit of strength beyond the tolerated ones. */
const PER_UNIT = 20;
/** Runs listed as evidence. */
const MAX_RUNS = 5;

interface EntityRun {
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

export default defineRule({
  id: 'ascii-entities',
  category: 'obfuscation',
  description: 'Plain letters written as HTML character codes',
  weight: 1.0,
  cap: 3,
  messages: {
    'encoded':
      '{total} letters and digits are written as HTML character codes (like `&#86;` for `V`), for example `{evidence}`. Readers see normal text, but filters see codes: encoding plain letters has no purpose except hiding words, and filters score it.',
    'also-encoded':
      '`{evidence}` is also written as HTML character codes.',
    'plain-characters':
      'Type the text as plain characters in the HTML; if your editor or template encoded it, switch that option off.',
  },
  check(context) {
    const { message } = context;
    const entities = message.asciiEntities;
    if (entities.length <= TOLERATED) return [];

    // Encoding a mailto link's text keeps address harvesters out: an old, honest habit.
    const inMailto = overlapCursor(message.links.filter((link) => link.url.scheme === 'mailto' && link.end > link.start));
    // Group entities into runs that touch in the text: each run is one disguised stretch.
    const runs: EntityRun[] = [];
    for (const entity of entities) {
      if (inMailto(entity.start, entity.end)) continue;
      const last = runs[runs.length - 1];
      if (last && entity.start - last.end <= 1) runs[runs.length - 1] = { start: last.start, end: entity.end, count: last.count + 1 };
      else runs.push({ start: entity.start, end: entity.end, count: 1 });
    }
    // One run is one encoded address or word; obfuscation spreads over the text.
    if (runs.length === 1 && (runs[0]?.count ?? 0) < TOLERATED * 3) return [];

    const total = runs.reduce((sum, run) => sum + run.count, 0);
    if (total <= TOLERATED) return [];
    const strength = Math.min(3, (total - TOLERATED) / PER_UNIT + 0.5);
    const shown = [...runs].sort((a, b) => b.count - a.count || a.start - b.start).slice(0, MAX_RUNS).sort((a, b) => a.start - b.start);
    return shown.map((run, index): MessageHit => {
      const evidence = shorten(message.text.slice(run.start, run.end), 40);
      return {
        messageId: index === 0 ? 'encoded' : 'also-encoded',
        suggestionId: 'plain-characters',
        data: { total, evidence },
        evidence,
        location: inText(run.start, run.end),
        strength: strength / shown.length,
      };
    });
  },
});
