// Detects a From display name built to alarm or impersonate: urgent words ("URGENT", "Security
// Alert"), a name in capitals, or a name that shows an e-mail address of another domain
// ("service@paypal.com" <x@example.net>). Phishing leans on the display name because most mail
// apps show it instead of the address (cf. SpamAssassin's FromNameSpoof plugin). The alarm words
// are data: wordlists/global/alarm-words.yml.
import { defineRule, shorten, type MessageHit } from '../rule.ts';
import { caseCounts, registrableDomain } from '../../headers/fields.ts';

const MIN_CAPS_LETTERS = 8;

function words(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** An address written in the name (`service@paypal.com`), or null. */
function addressInName(name: string): string | null {
  const at = name.indexOf('@');
  if (at <= 0) return null;
  let start = at;
  while (start > 0 && /[\w.%+-]/.test(name[start - 1] ?? '')) start--;
  let end = at + 1;
  while (end < name.length && /[\w.-]/.test(name[end] ?? '')) end++;
  const address = name.slice(start, end).replace(/\.+$/, '');
  return address.length > at - start + 3 && address.includes('.', at - start) ? address : null;
}

function isAllCaps(name: string): boolean {
  let letters = 0;
  let capitals = 0;
  let longWords = 0;
  for (const word of name.split(/\s+/)) {
    const counts = caseCounts(word);
    capitals += counts.capitals;
    letters += counts.cased;
    if (counts.cased >= 2) longWords++;
  }
  return longWords >= 2 && letters >= MIN_CAPS_LETTERS && capitals === letters;
}

export default defineRule({
  id: 'display-name-urgency',
  category: 'headers',
  description: 'From name alarms, shouts or shows another address',
  weight: 1.0,
  cap: 2,
  headerFields: ['from'],
  messages: {
    'name-is-address':
      'The sender name is the address `{shown}`, but the mail comes from `{from}`. Most mail apps show only the name, so this reads as impersonation, a phishing pattern filters look for.',
    'name-shows-address':
      'The sender name `{name}` shows the address `{shown}`, but the mail comes from `{from}`. Most mail apps show only the name, so this reads as impersonation, a phishing pattern filters look for.',
    'plain-name':
      'Use a plain name as the display name (your brand or your name), never an e-mail address.',
    'alarm-word':
      'The sender name `{name}` uses the alarm word `{word}`. Senders that sound urgent or official in their name are typical of phishing, and filters and readers distrust them.',
    'team-name':
      'Use your brand or team name as it is ("Acme Billing"), and put what the mail is about in the subject.',
    'capitals':
      'The sender name `{name}` is in capitals. A shouting sender name looks like spam to filters and to readers.',
    'as-brand-writes-it':
      'Write the sender name as the brand writes it ("Acme Store", not "ACME STORE SALES").',
  },
  check(context) {
    const { from } = context.facts.sender;
    if (!from || !from.name) return [];
    const name = from.name.slice(0, 200);
    const evidence = shorten(name);
    const hits: MessageHit[] = [];

    const shown = addressInName(name);
    const shownDomain = shown ? registrableDomain(shown.slice(shown.indexOf('@') + 1)) : null;
    // Mailing lists rewrite From as "'someone@example.org' via List": that is not impersonation.
    if (shown && shownDomain && from.registrable && shownDomain !== from.registrable && !/\svia\s/i.test(name)) {
      hits.push({
        messageId: name.trim() === shown ? 'name-is-address' : 'name-shows-address',
        suggestionId: 'plain-name',
        data: { name: evidence, shown, from: from.address },
        evidence,
        strength: 1.5,
      });
    }

    // A word in a charset we cannot read is U+FFFD in the name (fields.ts), which neither `words`
    // nor `caseCounts` counts: the words that did decode decide, so one junk word cannot switch
    // these checks off.
    let alarm = 0;
    let alarmWord = '';
    for (const word of words(name)) {
      const weight = context.lists.alarmWords.get(word) ?? 0;
      if (weight > alarm) {
        alarm = weight;
        alarmWord = word;
      }
    }
    if (alarm > 0) {
      hits.push({
        messageId: 'alarm-word',
        suggestionId: 'team-name',
        data: { name: evidence, word: alarmWord },
        evidence,
        strength: alarm,
      });
    }
    if (isAllCaps(name)) {
      hits.push({
        messageId: 'capitals',
        suggestionId: 'as-brand-writes-it',
        data: { name: evidence },
        evidence,
        strength: 0.6,
      });
    }
    return hits;
  },
});
