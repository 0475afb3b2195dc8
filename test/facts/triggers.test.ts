import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';
import { defaultData } from '../../core/data/index.ts';

describe('facts.triggers: repeats of one phrase', () => {
  const analyzer = createAnalyzer();

  it('counts the first hit of a phrase fully and its k-th repeat 1/k², whatever its case', () => {
    const { facts } = analyzer.context({ html: '<p>Act now.</p><p>BUY NOW</p><p>Buy now</p><p>buy now</p><p>act now</p>' });
    const phrases = facts.triggers.text.map((hit) => hit.definition.phrase);
    expect(phrases).toEqual(['act now', 'buy now', 'buy now', 'buy now', 'act now']);
    expect([...facts.triggers.textRepeatWeight]).toEqual([1, 1, 1 / 4, 1 / 9, 1 / 4]);
  });

  it('lets ten identical buttons weigh less than two different phrases in the phrase rules', () => {
    const strength = (html: string) =>
      analyzer
        .analyze({ html }, { rules: { 'phrase-density': 'off' } })
        .findings.filter((finding) => finding.rule === 'urgency-phrase')
        .reduce((sum, finding) => sum + finding.points, 0);
    const buttons = Array.from({ length: 10 }, (_, i) => `<p><a href="https://shop.example/${i}">Buy now</a></p>`).join('');
    expect(strength(`<p>Our spring range is here.</p>${buttons}`)).toBeLessThan(strength('<p>Buy now, act now, order now, call now, apply now.</p>'));
  });
});

describe('facts.triggers: hits stored as columns', () => {
  const analyzer = createAnalyzer();
  const TEXT = 'Act now for a free gift. Plain words here. Buy now, act now!';

  it('names the hit covering each word, and none for the words between hits or outside the text', () => {
    const { facts, message } = analyzer.context({ text: TEXT });
    const { text } = facts.triggers;
    expect(text.map((hit) => message.text.slice(hit.start, hit.end))).toEqual(['Act now', 'free gift', 'Buy now', 'act now']);
    const covering = Array.from({ length: message.tokens.length }, (_, token) => text.covering(token));
    // act now for a free gift plain words here buy now act now
    expect(covering).toEqual([1, 1, 0, 0, 2, 2, 0, 0, 0, 3, 3, 4, 4]);
    expect([text.covering(-1), text.covering(message.tokens.length)]).toEqual([0, 0]);
    expect(text.get(text.length)).toBeUndefined();
    expect(text.definition(-1)).toBeUndefined();
  });

  it('merges the hits of several languages in text order, each with its own language\'s phrase', () => {
    const { facts, message } = analyzer.context({ text: 'Act now for a free gift. Offre gratuite, cliquez ici. Buy now!' }, { languages: ['en', 'fr'] });
    const hits = facts.triggers.text.map((hit) => [hit.definition.language, hit.definition.phrase, message.text.slice(hit.start, hit.end)]);
    expect(hits).toEqual([
      ['en', 'act now', 'Act now'],
      ['en', 'free gift', 'free gift'],
      ['fr', 'offre gratuite', 'Offre gratuite'],
      ['fr', 'cliquez ici', 'cliquez ici'],
      ['en', 'buy now', 'Buy now'],
    ]);
    expect(facts.triggers.text.covering(6)).toBe(3);
  });

  it('leaves out the phrases the user allowed, and covers none of their words', () => {
    const { facts } = createAnalyzer({ phrases: { allow: ['act now'] } }).context({ text: TEXT });
    const { text } = facts.triggers;
    expect(text.map((hit) => hit.definition.phrase)).toEqual(['free gift', 'buy now']);
    expect([text.covering(0), text.covering(4), text.covering(9), text.covering(11)]).toEqual([0, 1, 2, 0]);
  });
});

describe('facts.triggers: drug names read through a disguise', () => {
  const analyzer = createAnalyzer();

  it('counts a disguised name as the trigger it spells, on the tokens it covers', () => {
    const { facts, message } = analyzer.context({ html: '<p>Buy vi-ag-ra and v*1*@*g*r*a now, or cheap pills.</p>' });
    const { text, disguised } = facts.triggers;
    expect(text.map((hit) => [message.text.slice(hit.start, hit.end), hit.definition.phrase])).toEqual([
      ['vi-ag-ra', 'viagra'],
      ['v*1*@*g*r*a', 'viagra'],
      ['cheap pills', 'cheap pills'],
    ]);
    expect(disguised.text.map((hit) => [message.text.slice(hit.start, hit.end), hit.lastToken - hit.firstToken])).toEqual([
      ['vi-ag-ra', 3],
      ['v*1*@*g*r*a', 5],
    ]);
    expect(disguised.subject).toEqual([]);
  });

  it('leaves a name the phrase matcher reads to it, and a disguise inside a URL alone', () => {
    const { facts } = analyzer.context({ html: '<p>v1agra, Viagra, see example.com/vi-agra</p>' });
    expect(facts.triggers.disguised.text).toEqual([]);
    expect(facts.triggers.text.map((hit) => hit.definition.phrase)).toEqual(['viagra', 'viagra']);
  });

  it('reads no disguise in one symbol between real parts, a host or file name, or an accent, in the text or the subject', () => {
    const legitimate = [
      'Pro-Vigil Surveillance Services, San Antonio, TX',
      'Pro-Vigil quote for your site',
      'Your Oxy-Contin refill is ready at the pharmacy.',
      'Your Oxy-Contin refill',
      'Ultra-M series monitor, Celeb-Rex, trama.dol, pro_vigil, Pro\u2013Vigil',
      'Visit pro-vigil.com for a quote.',
      'Visit pro-vigil.com today',
      'Download ultra-m.pdf',
      'Le Xénical (orlistat) est un médicament contre l\'obésité.',
      'Xénical 120 mg : avis et prix',
    ];
    for (const sentence of legitimate) {
      const { facts } = analyzer.context({ html: `<p>${sentence}</p>`, subject: sentence });
      expect([sentence, facts.triggers.disguised.text, facts.triggers.disguised.subject]).toEqual([sentence, [], []]);
    }
  });

  it('keeps the plain reading of a hyphenated or accented name as it was: no trigger either', () => {
    for (const sentence of ['Your Oxy-Contin refill is ready', 'Pro-Vigil Surveillance Services', 'Le Xénical (orlistat) est un médicament.']) {
      const { facts } = analyzer.context({ html: `<p>${sentence}</p>`, subject: sentence });
      expect([sentence, facts.triggers.text.length, facts.triggers.subject.length]).toEqual([sentence, 0, 0]);
    }
  });

  it('reads no disguise with data that lists no drug names', () => {
    const bare = createAnalyzer({ data: { ...defaultData, lists: { ...defaultData.lists, disguisedWords: [] } } });
    const { facts } = bare.context({ html: '<p>Buy vlagra</p>' });
    expect(facts.triggers.disguised.text).toEqual([]);
    expect(facts.triggers.text.length).toBe(0);
  });
});

describe('facts.triggers: the subject read beyond the mail’s languages', () => {
  const analyzer = createAnalyzer();
  const DUTCH = '<p>Beste klant,</p><p>Wij hebben uw betaling van deze maand nog niet ontvangen. U kunt de factuur bekijken in uw account en het bedrag binnen zeven dagen overmaken. Met vriendelijke groet, het team</p>';
  const subjectHits = (input: { subject: string; html?: string; text?: string }, languages?: string[]) =>
    analyzer.context(input, { languages }).facts.triggers.subject.map((hit) => `${hit.definition.language}:${hit.definition.phrase}`);

  it('reads a German subject on a Dutch body for its German phrases of two words or more', () => {
    const input = { subject: 'Jetzt handeln: Ihr Zugang läuft heute ab', html: DUTCH };
    expect(analyzer.context(input).message.language).toBe('nl');
    expect(subjectHits(input)).toContain('de:jetzt handeln');
  });

  it('does not count a one-word phrase of another language: English `lib` is the stem of Spanish `libido`', () => {
    const input = { subject: 'Cron: rebuild lib after the upgrade', text: 'The nightly job rebuilt the shared library after the package upgrade; nothing failed.' };
    expect(subjectHits(input)).toEqual([]);
    // read in Spanish it is that phrase: the two-word floor is what keeps it out
    expect(subjectHits(input, ['en', 'es'])).toContain('es:libido');
  });

  it('counts a phrase of another language only as written, not English words that share its stems', () => {
    const ENGLISH = 'Hello, please find the details below. Let us know if you have any questions. Thanks, the team.';
    // each is a foreign phrase read through its stemmer (es chicas sexy, de trading roboter, de millionen euro,
    // es independencia financiera, fr stock limité, fr places limitées, fr temps limité, es plazas limitadas)
    const english = [
      'Chic & sexy: new summer collection',
      'Trading robot v2 released on GitHub',
      'Million euro contract signed with Siemens',
      'Independent finance review: next steps',
      'Stock limits updated for your store',
      'Placement limits for your ad account',
      'Temp limits exceeded on server rack 3',
      'Invoice from Plaza Limited',
    ];
    for (const subject of english) expect(subjectHits({ subject, text: ENGLISH }), subject).toEqual([]);
    // read in the phrase's own language (the caller names it) the stems match: the exact words are what keep them out
    expect(subjectHits({ subject: 'Stock limits updated for your store', text: ENGLISH }, ['en', 'fr'])).toContain('fr:stock limité');
    // the phrase as written counts, whatever its case and accents
    expect(subjectHits({ subject: 'ULTIMO AVISO: su cuenta', text: ENGLISH })).toContain('es:último aviso');
    expect(subjectHits({ subject: 'Vous_avez_gagné un iPhone', text: ENGLISH })).toContain('fr:vous avez gagné');
  });

  it('keeps to the languages a caller names', () => {
    const input = { subject: 'Jetzt handeln: Ihr Zugang läuft heute ab', html: DUTCH };
    expect(subjectHits(input, ['nl', 'en'])).toEqual([]);
    expect(subjectHits(input, ['de'])).toContain('de:jetzt handeln');
  });

  it('leaves out a phrase the user allowed, in the other languages too', () => {
    const allowing = createAnalyzer({ data: defaultData, phrases: { allow: ['jetzt handeln'] } });
    const input = { subject: 'Jetzt handeln: Ihr Zugang läuft heute ab', html: DUTCH };
    const phrases = allowing.context(input).facts.triggers.subject.map((hit) => hit.definition.phrase);
    expect(phrases).not.toContain('jetzt handeln');
  });
});

describe('facts.triggers: the last word of an "X-free" compound starts no phrase (wordlists/global/free-compounds.txt)', () => {
  const analyzer = createAnalyzer();
  const phrases = (input: { text: string; subject?: string }, where: 'text' | 'subject' = 'text') =>
    analyzer.context(input).facts.triggers[where].map((hit) => hit.definition.phrase);

  it('reads no offer in "step-free access", "sugar-free gift" or "hands-free" in the text or the subject, whatever the hyphen or case', () => {
    expect(phrases({ text: 'Lift and step-free access to every platform.' })).toEqual([]);
    expect(phrases({ text: 'Sugar-FREE gift boxes, gluten\u2010free trial packs and hands\u2011free access.' })).toEqual([]);
    expect(phrases({ text: 'Hello', subject: 'Step-free access at all stations' }, 'subject')).toEqual([]);
  });

  it('still reads the offer where "free" stands alone, after a space or another joiner, or after a word that is no listed compound', () => {
    expect(phrases({ text: 'Get FREE access now. free access now' })).toEqual(['free access', 'free access']);
    expect(phrases({ text: 'step free access' })).toEqual(['free access']);
    expect(phrases({ text: 'step – free access, step/free access' })).toEqual(['free access', 'free access']);
    expect(phrases({ text: 'Start your risk-free trial' })).toEqual(['risk free']);
    expect(phrases({ text: 'A sugar-free snack and a free gift' })).toEqual(['free gift']);
  });

  it('leaves the phrases around the compound alone', () => {
    expect(phrases({ text: 'It is 100% free, and step-free access is free of charge' })).toEqual(['100 free', 'free of charge']);
  });

  it('holds for a phrase of the user’s own: "free access" added is not read in "step-free access", "step-free access" added is', () => {
    const own = (add: string[], text: string) =>
      createAnalyzer({ phrases: { add } }).context({ text })
        .facts.triggers.text.map((hit) => hit.definition)
        .filter((definition) => definition.category === 'custom')
        .map((definition) => definition.phrase);
    expect(own(['free access'], 'Lift and step-free access. Get free access now.')).toEqual(['free access']);
    expect(own(['step-free access'], 'Lift and step-free access.')).toEqual(['step-free access']);
  });

  it('reads the compounds from the data: without `step-free` the offer is back', () => {
    const lists = { ...defaultData.lists, freeCompounds: defaultData.lists.freeCompounds.filter((compound) => compound !== 'step-free') };
    expect(defaultData.lists.freeCompounds).toContain('step-free');
    const { facts } = createAnalyzer({ data: { ...defaultData, lists } }).context({ text: 'Lift and step-free access to every platform.' });
    expect(facts.triggers.text.map((hit) => hit.definition.phrase)).toEqual(['free access']);
  });
});

describe('facts.triggers: word() and phrases that count only in company (company40)', () => {
  const analyzer = createAnalyzer();

  it('names a company-only phrase written together only when the mail holds its company', () => {
    expect(analyzer.context({ text: 'Hello.' }).facts.triggers.word('computerballot')).toBeNull();
    expect(analyzer.context({ text: 'I write as next of kin.' }).facts.triggers.word('computerballot')?.phrase).toBe('computer ballot');
    expect(analyzer.context({ text: 'Hello.', subject: 'Award notification' }).facts.triggers.word('computerballot')?.phrase).toBe('computer ballot');
    // everyday wording keeps it none, as in the hits (COMPANION_SURENESS)
    expect(analyzer.context({ text: 'Strictly confidential.' }).facts.triggers.word('computerballot')).toBeNull();
    // a phrase that needs no company is named as before
    expect(analyzer.context({ text: 'Hello.' }).facts.triggers.word('nextofkin')?.phrase).toBe('next of kin');
  });

  it('keeps no hit company with the word: it is no hit', () => {
    const { facts } = analyzer.context({ text: 'Your award notification is ready.' });
    expect(facts.triggers.word('computerballot')?.phrase).toBe('computer ballot');
    expect([...facts.triggers.textLone]).toEqual([1]);
  });
});
