import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, DEFAULT_THRESHOLD, mediumFrom, type EmailInput } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('short-pitch', import.meta.dirname);

describe('short-pitch details', () => {
  const analyzer = createAnalyzer();
  const hits = (input: EmailInput) => ruleById('short-pitch').check(analyzer.context(input));

  it('needs sales wording or a throwaway-looking destination', () => {
    expect(hits({ text: 'Hi Tom, the photos from Saturday are up: https://photos.example.org/album/7 See you soon.' })).toEqual([]);
    expect(hits({ text: 'Hi, the photos you asked about are here, have a look: https://bit.ly/3xYzAbc' })).toHaveLength(1);
    expect(hits({ text: 'Cheap viagra and cialis without prescription, shipped worldwide: http://pills.example.com/' })).toHaveLength(1);
  });

  it('stays silent when the links go to more than one domain, or the sender says who it is', () => {
    expect(hits({ text: 'Cheap viagra here: http://pills.example.com/ and more at http://meds.example.net/' })).toEqual([]);
    expect(hits({ text: 'Cheap viagra here: http://pills.example.com/\nTo unsubscribe, reply with REMOVE.' })).toEqual([]);
  });

  it('counts one or two sentences fully and a longer body a little less', () => {
    const [short] = hits({ text: 'Replica watches at the lowest prices: http://watches.example.com/' });
    const long = `${'We have a very wide range of models in stock for every taste and budget. '.repeat(7)}Replica watches at the lowest prices: http://watches.example.com/`;
    const [longer] = hits({ text: long });
    expect(short?.strength).toBe(1);
    expect(longer?.strength).toBeLessThan(1);
  });

  it('reads a machine-made mailbox as a reason only in HTML, not in a reply; a From without a name is not one', () => {
    const html = '<p>Here are the pictures from the weekend, as I promised you last time.</p><p><a href="http://www.photo-corner.example/a/8812">Photos</a></p>';
    const headers = (from: string, extra: Record<string, string> = {}) => ({ From: from, 'Message-ID': '<x1@relay.example>', 'Content-Type': 'text/html', ...extra });
    expect(hits({ html, headers: headers('eon4ukm59w5v@relay.example') })).toHaveLength(1);
    expect(hits({ html, headers: headers('tom.baker@relay.example') })).toEqual([]);
    expect(hits({ html, headers: headers('Tom Baker <tom.baker@relay.example>') })).toEqual([]);
    expect(hits({ html, headers: headers('eon4ukm59w5v@relay.example', { 'In-Reply-To': '<a1@example.org>' }) })).toEqual([]);
    expect(hits({ html: '<p>Here are the trail maps you asked for on our site.</p><p><a href="https://relay.example/maps">Maps</a></p>', headers: headers('eon4ukm59w5v@relay.example') })).toEqual([]);
  });

  it('brings a one-sentence pitch to the medium level on its own; a short password reset gets none of its points', () => {
    // The 2010-era miss: one sentence, one link to a throwaway-looking host, nothing else to say.
    // At the former 2 points the rule alone left it under medium (2.5 of 5.0).
    const pitch = analyze({ html: '<p>Your new life starts here: <a href="http://www.qwxzkt.example.cn/">see for yourself</a></p>' });
    const points = pitch.findings.filter((finding) => finding.rule === 'short-pitch').reduce((sum, finding) => sum + finding.points, 0);
    expect(points).toBeGreaterThanOrEqual(mediumFrom(DEFAULT_THRESHOLD));
    const reset = analyze({
      html: '<p>Someone asked to reset the password of your Example Notes account. If it was you, choose a new one:</p><p><a href="https://notes.example.com/reset?token=4f2a9c">Choose a new password</a></p>',
    });
    expect(reset.findings.filter((finding) => finding.rule === 'short-pitch')).toEqual([]);
    expect(reset.level).toBe('low');
  });
});
