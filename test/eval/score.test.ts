// The evaluation scores messages from rule strengths instead of calling analyze() again: it must
// get exactly the analyzer's score, and the fitted table must keep risk rules non-negative.
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, rules, type EmailInput } from '../../core/index.ts';
import { calibration, fittedWeights } from '../../core/score/weights.ts';
import { effectiveWeights, featuresOfInput, scoreOf } from '../../scripts/eval/features.ts';

const INPUTS: EmailInput[] = [
  {
    subject: 'FREE!!! Make money fast - act now',
    html: '<html><body><p style="display:none">hidden</p><p>Dear friend, CLICK HERE to claim your cash prize. 100% guaranteed, no risk! Limited time offer, act now!</p><a href="http://192.168.0.1/win">www.paypal.com</a><a href="https://bit.ly/x">win</a><img src="x.png"></body></html>',
    headers: { from: 'URGENT <prize@example.com>', 'reply-to': 'winner@gmail.com' },
  },
  { text: 'Hi Anna, the minutes of Tuesday are attached. See you next week, Tom' },
  { subject: 'Your invoice', html: '<p>Your order #123 has shipped. <a href="https://shop.example.com/unsubscribe">Unsubscribe</a></p>' },
  {},
];

describe('scoreOf', () => {
  const analyzer = createAnalyzer();
  const weights = effectiveWeights(rules, fittedWeights);
  it.each(INPUTS.map((input, index) => [index, input] as const))('equals analyze().score (input %i)', (_, input) => {
    const { strengths } = featuresOfInput(analyzer, rules, input);
    expect(scoreOf(strengths, weights)).toBe(analyze(input).score);
  });
});

describe('core/score/weights.ts', () => {
  it('gives no rule with a non-negative default negative points', () => {
    for (const rule of rules) {
      const points = fittedWeights.get(rule.id);
      if (points !== undefined && rule.weight >= 0) expect(points, rule.id).toBeGreaterThanOrEqual(0);
    }
  });

  it('has a calibration table in score order with a non-decreasing spam share', () => {
    for (let i = 1; i < calibration.length; i++) {
      expect(calibration[i]!.from).toBe(calibration[i - 1]!.to);
      expect(calibration[i]!.spamShare).toBeGreaterThanOrEqual(calibration[i - 1]!.spamShare);
    }
  });
});
