import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../core/index.ts';
import { testRule } from '../test-rule.ts';

testRule('unchecked-language', import.meta.dirname);

const fixture = (path: string) => readFileSync(join(import.meta.dirname, path), 'utf8');
const finding = (report: ReturnType<typeof analyze>) => report.findings.find((entry) => entry.rule === 'unchecked-language');

describe('unchecked-language', () => {
  it('names no Latin-script language from a list of names or addresses in an English mail', () => {
    for (const path of ['pass/english-italian-attendees.txt', 'pass/english-italian-addresses.txt']) expect(finding(analyze({ text: fixture(path) })), path).toBeUndefined();
    expect(finding(analyze({ text: fixture('fail/italian-order.txt') }))?.evidence).toBe('language: it');
  });

  it('is advice: the score is the same with the rule off', () => {
    const input = { text: fixture('fail/japanese-pitch.txt') };
    const report = analyze(input);
    expect(finding(report)?.points).toBe(0);
    expect(report.score).toBe(analyze(input, { rules: { 'unchecked-language': 'off' } }).score);
  });

  it('says when the languages asked for leave out the language of the text', () => {
    const text = fixture('pass/german-order.txt');
    expect(finding(analyze({ text }))).toBeUndefined();
    expect(finding(analyze({ text }, { languages: ['en', 'auto'] }))).toBeUndefined();
    expect(finding(analyze({ text }, { languages: ['de'] }))).toBeUndefined();
    const left = finding(analyze({ text }, { languages: ['en'] }));
    expect(left?.evidence).toBe('language: de');
    expect(left?.message).toContain('(German)');
    expect(left?.message).toMatch(/^Only phrases in English were read in this text \(German\): its language is not among those chosen/);
    expect(left?.suggestion).toContain('Add German');
    expect(finding(analyze({ text }, { languages: ['en'], locale: 'fr' }))?.suggestion).toMatch(/^Ajoutez l’allemand aux langues/);
    expect(finding(analyze({ text }, { languages: ['en'], locale: 'es' }))?.suggestion).toMatch(/^Añada el alemán a los idiomas/);
  });

  it('says what the chosen languages have: no trigger phrase at all (it), scam lures only (nl, pt), or a full list', () => {
    // review user43: `--language it` on a German (or English) mail said "Only phrases in Italian
    // were read", while Italian has only opt-out wording; on Italian text it says its phrases were
    // not checked. Both now say the text's phrases were not checked.
    const text = fixture('pass/german-order.txt');
    const none = finding(analyze({ text }, { languages: ['it'] }));
    expect(none?.message).toMatch(/^The phrases of this text \(German\) were not checked: its language is not among those chosen, and spamrisk has no trigger phrases for Italian, only opt-out wording; .* says nothing of its wording\.$/);
    expect(none?.suggestion).toContain('Add German');
    const lures = finding(analyze({ text }, { languages: ['nl', 'it'] }));
    expect(lures?.message).toMatch(/^Only the scam lures in Dutch were read in this text \(German\): .*no money, urgency, free-offer or guarantee phrases for Dutch;/);
    // Only the languages whose phrases were read are named as read.
    expect(finding(analyze({ text }, { languages: ['en', 'it'] }))?.message).toMatch(/^Only phrases in English were read in this text \(German\)/);
    expect(finding(analyze({ text }, { languages: ['it'], locale: 'fr' }))?.message).toMatch(/^Les formulations de ce texte \(allemand\) n’ont pas été vérifiées\u00a0: .* en italien, seulement/);
    expect(finding(analyze({ text }, { languages: ['pt'], locale: 'de' }))?.message).toMatch(/^In diesem Text \(Deutsch\) wurden nur die Betrugsköder auf Portugiesisch gelesen/);
    expect(finding(analyze({ text }, { languages: ['it'], locale: 'es' }))?.message).toMatch(/^Las frases de este texto \(alemán\) no se comprobaron/);
    // On Italian text, Italian chosen: its phrases were not checked, as the German mail's are.
    expect(finding(analyze({ text: fixture('fail/italian-order.txt') }, { languages: ['it'] }))?.message).toMatch(/^The phrases of this text \(Italian\) were not checked/);
  });

  it('lists the languages it has in the reader\'s language', () => {
    const text = fixture('fail/japanese-pitch.txt');
    expect(finding(analyze({ text }))?.message).toMatch(/^Only phrases in English were read in this text \(Japanese\): spamrisk has word lists for English, .+, and .+; the other checks still ran/);
    expect(finding(analyze({ text }, { locale: 'de' }))?.message).toMatch(/\(Japanisch\).*nur Formulierungen auf Englisch gelesen.*Wortlisten für Englisch, .+ und /);
    expect(finding(analyze({ text }, { locale: 'fr' }))?.message).toMatch(/^Seules les formulations en anglais ont été lues dans ce texte \(japonais\).*pour l’anglais, l’allemand, l’espagnol et le français\u00a0;/);
    expect(finding(analyze({ text }, { locale: 'es' }))?.message).toMatch(/\(japonés\) solo se leyeron las frases en inglés.*para el inglés, el alemán, el español y el francés;/);
  });

  it('says the phrases were not checked only when no language with a full list was read', () => {
    const text = fixture('fail/japanese-pitch.txt');
    expect(finding(analyze({ text }, { languages: ['pt'] }))?.message).toMatch(/^The phrases of this text \(Japanese\) were not checked/);
    expect(finding(analyze({ text }, { languages: ['en', 'de'] }))?.message).toMatch(/^Only phrases in English and German were read/);
  });

  it('says only the lures were read in a language with lures only', () => {
    const message = finding(analyze({ text: fixture('fail/portuguese-offer.txt') }))?.message;
    expect(message).toMatch(/^Of the phrases in Portuguese, only the scam lures were read in this text/);
  });

  it('reads the subject when the text says nothing, and says it was the subject', () => {
    const subject = '限時優惠全場商品免費送貨';
    const empty = finding(analyze({ subject, html: '<p><img src="https://shop.example.com/banner.jpg" width="600" height="400" alt=""></p>' }));
    expect(empty?.evidence).toBe('subject script: zh');
    expect(empty?.message).toMatch(/^Only phrases in English were read in the subject \(Chinese\): spamrisk has word lists for English/);
    expect(finding(analyze({ subject, text: 'See you soon.' }, { languages: ['pt'] }))?.message).toMatch(/^The phrases of the subject \(Chinese\) were not checked/);
    expect(finding(analyze({ subject, text: 'See you soon.' }, { locale: 'fr' }))?.message).toMatch(/^Seules les formulations en anglais ont été lues dans l’objet \(chinois\)/);
    // The text's own finding comes first: a Japanese text under a Chinese subject is named for its text.
    expect(finding(analyze({ subject, text: fixture('fail/japanese-pitch.txt') }))?.evidence).toBe('script: ja');
  });

  it('calls no subject or text in look-alike letters of another script written in it: the phrase rules read them as English', () => {
    const body = fixture('pass/lookalike-spoof-body.txt');
    for (const subject of ['Ѕесurіtу аlеrt: уоur Рау Раl ассоunt', 'РауРаl Ассоunt', 'АРРLЕ ІD']) {
      expect(finding(analyze({ subject, text: 'Your account has been limited. Sign in to restore access.' })), subject).toBeUndefined();
      expect(finding(analyze({ subject, text: body })), subject).toBeUndefined();
    }
    // A real Russian subject over an English body still gets the advice.
    expect(finding(analyze(JSON.parse(fixture('fail/russian-subject-english-body.json')) as { subject: string; text: string }))?.evidence).toBe('subject script: cyrl');
  });

  it('names Danish or Norwegian, Swedish, or the three, by the Scandinavian function words, where the detection says und', () => {
    const danish = analyze({ text: fixture('fail/danish-order.txt') });
    expect(danish.stats.language).toBe('und');
    expect(finding(danish)?.message).toMatch(/^Only phrases in English were read in this text \(Danish or Norwegian\)/);
    expect(finding(analyze({ text: fixture('fail/danish-order.txt') }, { locale: 'fr' }))?.message).toContain('(danois ou norvégien)');
    expect(finding(analyze({ text: fixture('fail/swedish-order.txt') }))?.message).toContain('(Swedish)');
    // Only the words all three share: any of them.
    const shared = 'Hej Maria, tak til dig for det gode samarbejde i år. Vi har haft det sjovt med dig hele vejen, fra første møde til sidste dag. Det har været en fornøjelse at lære dig at kende. Vi glæder os til at se dig igen til sommer, når vi holder fest hos Lars.';
    expect(finding(analyze({ text: shared }))?.message).toContain('(Danish, Norwegian or Swedish)');
  });

  it('names Croatian, Serbian and Bosnian together, as the detection cannot tell them apart', () => {
    for (const path of ['fail/croatian-order.txt', 'fail/serbian-order.txt']) {
      const report = analyze({ text: fixture(path) });
      expect(report.stats.language, path).toBe('hr');
      expect(finding(report)?.message, path).toContain('(Croatian, Serbian or Bosnian)');
    }
  });

  it('names no Slovene text Croatian: the trigram guess calls it hr, but the words Slovene shares with Croatian do not vote', () => {
    // samo, kako, smo, bilo are Slovene as much as Croatian; the detection's hr is left unnamed.
    const report = analyze({ text: fixture('pass/slovene-order.txt') });
    expect(report.stats.language).toBe('hr');
    expect(finding(report)).toBeUndefined();
  });
});

