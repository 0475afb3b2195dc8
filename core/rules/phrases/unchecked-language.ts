// Says when the phrase rules could not read the text (issue 11, a user trial): a Japanese pitch,
// `今すぐクリック！完全無料で現金プレゼント！`, scored "low risk" with no word that none of its
// phrases had been read, since there is no Japanese wordlist. Advice only (0 points): the text's
// language is no sign of spam; the finding tells the user the score says nothing of its wording.
// It speaks only when it is sure: a text mostly in a script none of our lists is written in, with
// few Latin words (judged over the whole text, so an English mail with a Japanese footer is not
// called Japanese); or a language the detection named on a text long enough for that whose own
// function words (wordlists/global/function-words.yml) are frequent in it and outnumber those of
// every language read, so English mail made of Italian names or addresses, which the trigram guess
// calls Italian, gets nothing; or a language we have lists for that the caller's `languages` left
// out. Danish, Norwegian and Swedish, which the detection reports as `und` when its votes go to the
// words they share, are named by those votes; other Latin-script text the detection could not name
// (`und`: short, mixed) gets nothing. When the text gets nothing, a subject mostly in a script none of our lists is written in
// does (a pitch all in its subject, over an empty or English body). When a language with a full list
// was read (English by default), it says which: their phrases were read, the text's own were not.
import { defineRule, fragment, type RuleContext } from '../rule.ts';
import { FUNCTION_WORD_SAMPLE } from '../../text/language.ts';
import { textScript } from '../../text/text-script.ts';
import { TokenFlag } from '../../text/tokenize.ts';
import type { MessageData, MessageValue } from '../../messages/format.ts';

/**
 * The detected language's function words among the words the detection read (message.functionWords): at least this many and
 * this share of them (a short Polish or Finnish sign-in mail holds 2 in 32 words, 5 in 73).
 */
const MIN_FUNCTION_WORDS = 2;
const MIN_FUNCTION_SHARE = 0.05;
/**
 * Words a Latin-script text needs before we trust the language the detection named: this many
 * visible words, and this many different plain words (letters only) among its first
 * FUNCTION_WORD_SAMPLE (the words the detection's function words are counted in, core/text/language.ts):
 * `Post 1 … Post 31` (read as Czech) and a page of host names (as Portuguese or Romanian) are not prose.
 * The corpus's English ham that the detection misnames holds 22 words at most.
 */
const MIN_WORDS = 30;
const MIN_DISTINCT_WORDS = 20;
/**
 * Letters of another script a subject needs before we say it is written in it (and half of its
 * letters, as for the text): a subject is a line, `尋找機會` ("looking for a chance") is a whole one.
 * A text needs MIN_SCRIPT_LETTERS (core/text/text-script.ts), about a sentence.
 */
const MIN_SUBJECT_LETTERS = 4;
const PLAIN_WORD = /^\p{L}[\p{L}\p{M}]+$/u;

const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/** Whether the token at start–end is joined by a dot to a letter or digit on either side (a host's label). */
function dotted(text: string, start: number, end: number): boolean {
  return (text[end] === '.' && ALPHANUMERIC.test(text[end + 1] ?? '')) || (text[start - 1] === '.' && ALPHANUMERIC.test(text[start - 2] ?? ''));
}

/**
 * Whether the text is prose enough to trust a language named from its words (MIN_WORDS,
 * MIN_DISTINCT_WORDS), and prose in that language: its function words make MIN_FUNCTION_SHARE of
 * the words read and outnumber those of every language `read` (a list of Italian names or street
 * addresses in an English mail holds English function words and few Italian ones). The votes are
 * those the detection counted (`message.functionWords`: the first FUNCTION_WORD_SAMPLE words, template syntax,
 * filler copy and the addresses the text spells out left out); `own`, the language's, when not its entry's alone (scandinavian).
 */
function spokenEnough(context: RuleContext, language: string, read: readonly string[], own = context.message.functionWords.votes.get(language) ?? 0): boolean {
  if (context.facts.visibleText.words < MIN_WORDS) return false;
  const { message } = context;
  const { starts, ends, flagsOf, length } = message.tokens;
  const words = new Set<string>();
  let seen = 0;
  for (let index = 0; index < length && seen < FUNCTION_WORD_SAMPLE; index++) {
    const flags = flagsOf[index] ?? 0;
    if (!(flags & TokenFlag.Alpha)) continue;
    seen++;
    if (flags & (TokenFlag.Leet | TokenFlag.Confusable | TokenFlag.Invisible)) continue;
    const start = starts[index] ?? 0;
    const end = ends[index] ?? 0;
    // A label of a host or a dotted name (`www.shop.com`) is no word of prose.
    if (dotted(message.text, start, end)) continue;
    const word = message.text.slice(start, end);
    if (PLAIN_WORD.test(word)) words.add(word.toLowerCase());
  }
  if (words.size < MIN_DISTINCT_WORDS) return false;
  const { votes, words: counted } = message.functionWords;
  return own >= MIN_FUNCTION_WORDS && own >= MIN_FUNCTION_SHARE * counted && read.every((other) => other === language || own > (votes.get(other) ?? 0));
}

/**
 * The Scandinavian entries of wordlists/global/function-words.yml: the words Danish and Norwegian
 * share (`da-no`, one list), Swedish's own (`sv`), and those all three share (`nordic`). The
 * detection reports a text whose votes go to a group as `und`, and one where Swedish's own words
 * tie the shared ones too; the votes still tell these apart.
 */
const DANISH_NORWEGIAN = 'da-no';
const SWEDISH = 'sv';
const SCANDINAVIAN_SHARED = 'nordic';

/**
 * Which Scandinavian language the function words name, with the votes for it (its own and the
 * shared ones): Danish or Norwegian (`da-no`) or Swedish by whichever has more of its own words,
 * `nordic` (any of the three) when neither has more; null when none voted.
 */
function scandinavian({ message }: RuleContext): { language: string; votes: number } | null {
  const { votes } = message.functionWords;
  const danishNorwegian = votes.get(DANISH_NORWEGIAN) ?? 0;
  const swedish = votes.get(SWEDISH) ?? 0;
  const shared = votes.get(SCANDINAVIAN_SHARED) ?? 0;
  if (danishNorwegian + swedish + shared === 0) return null;
  const language = danishNorwegian > swedish ? DANISH_NORWEGIAN : swedish > danishNorwegian ? SWEDISH : SCANDINAVIAN_SHARED;
  return { language, votes: shared + Math.max(danishNorwegian, swedish) };
}

/** A language by name, as the subject or object of a sentence (`language-the`: the French `l’anglais`, the Spanish `el inglés`) or bare (`language`: `en anglais`, `(inglés)`). */
function namedLanguage(code: string, form: 'language' | 'language-the'): MessageValue {
  return form === 'language' ? fragment('language', { code }) : fragment('language-the', { code, name: fragment('language', { code }) });
}

/** Languages by name, English first, then the others in the analyzer's order: a list the locale's `Intl.ListFormat` joins. */
function names(languages: readonly string[], form: 'language' | 'language-the'): MessageValue {
  const sorted = [...languages.filter((code) => code === 'en'), ...languages.filter((code) => code !== 'en')];
  return sorted.map((code) => namedLanguage(code, form));
}

export default defineRule({
  id: 'unchecked-language',
  category: 'phrases',
  description: 'The phrases of the text were not read',
  weight: 0,
  cap: 1,
  partialCheck: true,
  messages: {
    'no-wordlist':
      'The phrases of this text ({language}) were not checked: spamrisk has word lists for {covered}; the other checks still ran, so the score says nothing of its wording.',
    'others-read':
      'Only phrases in {read} were read in this text ({language}): spamrisk has word lists for {covered}; the other checks still ran, so the score says little of its wording.',
    'subject-no-wordlist':
      'The phrases of the subject ({language}) were not checked: spamrisk has word lists for {covered}; the other checks still ran, so the score says nothing of its wording.',
    'subject-others-read':
      'Only phrases in {read} were read in the subject ({language}): spamrisk has word lists for {covered}; the other checks still ran, so the score says little of its wording.',
    'read-it-yourself':
      'Read the wording yourself for what filters score in every language: free money, prizes, urgency, guarantees. If the mail also goes out in one of those languages, check that version too.',
    'not-chosen':
      'Only phrases in {chosen} were read in this text ({language}): its language is not among those chosen; the other checks still ran, so the score says little of its wording.',
    'not-chosen-lures':
      'Only the scam lures in {chosen} were read in this text ({language}): its language is not among those chosen, and spamrisk has no money, urgency, free-offer or guarantee phrases for {chosen}; the other checks still ran, so the score says little of its wording.',
    'not-chosen-none':
      'The phrases of this text ({language}) were not checked: its language is not among those chosen, and spamrisk has no trigger phrases for {chosen}, only opt-out wording; the other checks still ran, so the score says nothing of its wording.',
    'add-language':
      'Add {theLanguage} to the languages checked (the `languages` option, `--language`, or the extension\'s options), or `auto` for the language of each mail.',
    'lures-only':
      'Of the phrases in {language}, only the scam lures were read in this text: spamrisk has full word lists (money, urgency, free offers, guarantees) for {covered}; the other checks still ran.',
    'read-offer-yourself':
      'Read the offer\'s wording yourself for free money, urgency and guarantees, which were not checked in this language.',
    language:
      '{code, select, en {English} de {German} fr {French} es {Spanish} it {Italian} pt {Portuguese} nl {Dutch} sv {Swedish} fi {Finnish} tr {Turkish} pl {Polish} cs {Czech} hu {Hungarian} ro {Romanian} vi {Vietnamese} id {Indonesian} ms {Malay} da-no {Danish or Norwegian} nordic {Danish, Norwegian or Swedish} hr {Croatian, Serbian or Bosnian} tl {Tagalog} sw {Swahili} ja {Japanese} zh {Chinese} ko {Korean} th {Thai} el {Greek} he {Hebrew} arab {Arabic script} cyrl {Cyrillic script} deva {Devanagari script} other {a script spamrisk does not read}}',
    'language-the': '{code, select, en {{name}} de {{name}} es {{name}} it {{name}} other {{name}}}',
  },
  check(context) {
    const { message, languages, phraseLanguages } = context;
    const { full, lures, detecting } = phraseLanguages;
    const ours = (code: string) => full.includes(code) || lures.includes(code);
    if (full.length === 0 && lures.length === 0) return [];
    const detected = message.language;
    const read = languages.includes(detected);
    const covered = names(full.length > 0 ? full : lures, 'language-the');
    type MessageId = 'no-wordlist' | 'others-read' | 'not-chosen' | 'not-chosen-lures' | 'not-chosen-none' | 'lures-only' | 'subject-no-wordlist' | 'subject-others-read';
    const advice = (messageId: MessageId, suggestionId: 'read-it-yourself' | 'add-language' | 'read-offer-yourself', data: MessageData, evidence: string) =>
      [{ messageId, suggestionId, data, evidence, strength: 0 }];
    const textAdvice = () => {
      if (read && full.includes(detected)) return [];
      // The languages with a full list that were read in the text (English by default): their phrases were.
      const others = languages.filter((code) => full.includes(code) && code !== detected);
      const unread = (code: string, evidence: string) =>
        others.length > 0
          ? advice('others-read', 'read-it-yourself', { language: fragment('language', { code }), read: names(others, 'language'), covered }, evidence)
          : advice('no-wordlist', 'read-it-yourself', { language: fragment('language', { code }), covered }, evidence);
      if (detected === 'und') {
        const script = textScript(message.text, message.tokens);
        if (script !== null) return unread(script, `script: ${script}`);
        // Danish and Norwegian share their function words, and those two and Swedish share some
        // more: the detection reports such text as `und`, but the votes name it (scandinavian).
        const voted = scandinavian(context);
        return voted !== null && spokenEnough(context, voted.language, languages, voted.votes) ? unread(voted.language, `language: ${voted.language}`) : [];
      }
      // Below this the detection may have named a language the text is not in.
      if (!spokenEnough(context, detected, languages)) return [];
      const language = fragment('language', { code: detected });
      if (read && full.length > 0 && lures.includes(detected)) return advice('lures-only', 'read-offer-yourself', { language, covered }, `language: ${detected}`);
      if (!read && !detecting && ours(detected)) {
        // What the chosen languages' phrases are: all of a full list, scam lures only, or none at
        // all (`--language it`: Italian has opt-out wording only), said as it is.
        const chosen = languages.length > 0 ? languages : ['en'];
        const withPhrases = chosen.filter(ours);
        const withFull = chosen.filter((code) => full.includes(code));
        const messageId = withPhrases.length === 0 ? 'not-chosen-none' : withFull.length === 0 ? 'not-chosen-lures' : 'not-chosen';
        const listed = messageId === 'not-chosen-none' ? chosen : withPhrases;
        return advice(messageId, 'add-language', { language, theLanguage: namedLanguage(detected, 'language-the'), chosen: names(listed, 'language') }, `language: ${detected}`);
      }
      return unread(detected, `language: ${detected}`);
    };
    const text = textAdvice();
    if (text.length > 0 || !message.subject) return text;
    // A pitch may be all in its subject (`免費無限次任打中港長途電話` over an empty body or an English
    // one): the subject is read in the languages of the text, none written in its script. Its words
    // in look-alike letters (`РауРаl Ассоunt`) count as the Latin words the phrase rules read them as.
    const script = textScript(message.subject, message.subjectTokens, MIN_SUBJECT_LETTERS);
    if (script === null) return [];
    const language = fragment('language', { code: script });
    const readInSubject = languages.filter((code) => full.includes(code));
    return readInSubject.length > 0
      ? advice('subject-others-read', 'read-it-yourself', { language, read: names(readInSubject, 'language'), covered }, `subject script: ${script}`)
      : advice('subject-no-wordlist', 'read-it-yourself', { language, covered }, `subject script: ${script}`);
  },
});
