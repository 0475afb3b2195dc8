import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../core/index.ts';
import { LINK_ADDRESS_LIMIT } from '../../../core/message/links.ts';
import { ruleById, testRule, withLinkCopies } from '../test-rule.ts';

testRule('many-domains', import.meta.dirname);

describe('many-domains counts each domain once, by the links fact\'s numbers or by a Set', () => {
  // Eleven registrable domains, some under several hosts and hrefs, an href repeated, a hidden
  // link and a mailto: that do not count.
  const html = [
    'http://www.alpha.com/1',
    'http://shop.alpha.com/2',
    'http://alpha.com/1',
    'http://www.alpha.com/1',
    'https://beta.co.uk/',
    'https://www.beta.co.uk/x?y=1',
    'http://gamma.net/',
    'http://delta.org/',
    'http://a.b.delta.org/',
    'http://epsilon.io/',
    'http://zeta.de/',
    'http://eta.fr/',
    'http://theta.it/',
    'http://iota.nl/',
    'http://kappa.se/',
    'http://lambda.es:8080/',
    'HTTP://LAMBDA.ES/',
  ]
    .map((href) => `<a href="${href}">link</a>`)
    .concat('<a href="http://hidden.example.org/" style="display:none">x</a>', '<a href="mailto:me@mu.example">mail</a>')
    .join(' ');
  const context = createAnalyzer().context({ html });
  const copies = withLinkCopies(context);
  const rule = ruleById('many-domains');

  it('numbers the parsed links, not the copies', () => {
    expect(context.facts.links.domains).not.toBeNull();
    expect(copies.facts.links.domains).toBeNull();
  });

  it('finds 11 domains, the first five in order, on the parsed message and on its copies', () => {
    for (const hits of [rule.check(context), rule.check(copies)]) {
      expect(hits).toHaveLength(1);
      expect(hits[0]?.evidence).toBe('11 domains');
      expect(hits[0]?.message).toContain('alpha.com, beta.co.uk, gamma.net, delta.org, epsilon.io');
    }
    expect(rule.check(copies)).toEqual(rule.check(context));
  });
});

describe('many-domains past the link bound', () => {
  const number = (locale: string, value: number): string => new Intl.NumberFormat(locale).format(value);
  const html = Array.from({ length: LINK_ADDRESS_LIMIT + 50 }, (_, index) => `<a href="https://d${index}.example/">d${index}</a>`).join('\n');
  const finding = (locale: string) => analyze({ html }, { locale }).findings.find((entry) => entry.rule === 'many-domains');

  it('says "at least": it counts the domains of the links checked one by one, in every locale', () => {
    const count = number('en', LINK_ADDRESS_LIMIT);
    expect(finding('en')?.message).toContain(`The links go to at least ${count} different domains`);
    expect(finding('en')?.evidence).toBe(`at least ${LINK_ADDRESS_LIMIT} domains`);
    expect(finding('fr')?.message).toContain(`au moins ${number('fr', LINK_ADDRESS_LIMIT)} domaines`);
    expect(finding('de')?.message).toContain(`mindestens ${number('de', LINK_ADDRESS_LIMIT)} verschiedenen`);
    expect(finding('es')?.message).toContain(`al menos ${number('es', LINK_ADDRESS_LIMIT)} dominios`);
  });

  it('says the figure alone below it', () => {
    const few = Array.from({ length: 12 }, (_, index) => `<a href="https://d${index}.example/">d${index}</a>`).join('\n');
    expect(analyze({ html: few }).findings.find((entry) => entry.rule === 'many-domains')?.message).toContain('The links go to 12 different domains');
  });
});
