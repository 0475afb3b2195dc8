// The obfuscation rules in German (core/rules/obfuscation/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
import type { Catalogue } from '../index.ts';

export default {
  'ascii-entities/also-encoded':
    'Auch `{evidence}` ist in HTML-Zeichencodes geschrieben.',
  'ascii-entities/encoded':
    '{total} Buchstaben und Ziffern sind als HTML-Zeichencodes geschrieben (etwa `&#86;` für `V`), zum Beispiel `{evidence}`. Leser sehen normalen Text, Filter aber Codes: Gewöhnliche Buchstaben zu codieren dient nur dazu, Wörter zu verstecken, und Filter werten das ab.',
  'ascii-entities/plain-characters':
    'Geben Sie den Text im HTML als normale Zeichen ein; wenn Ihr Editor oder Ihre Vorlage ihn codiert hat, schalten Sie diese Option ab.',
  'invisible-characters/bidi':
    '`{evidence}`{where, select, subject { im Betreff} other {}} enthält Steuerzeichen für die Schreibrichtung ({names}), die die angezeigten Buchstaben umordnen: Der sichtbare Text ist ein anderer als der, den Filter lesen. Spam und Phishing tarnen damit Wörter und Adressen; Filter werten sie stark ab.',
  'invisible-characters/character':
    '{name, select, soft-hyphen {weiches Trennzeichen} zero-width-space {Leerzeichen ohne Breite} zero-width-non-joiner {Nichtverbinder ohne Breite} zero-width-joiner {Verbinder ohne Breite} left-to-right-mark {Links-nach-rechts-Marke} right-to-left-mark {Rechts-nach-links-Marke} left-to-right-embedding {Links-nach-rechts-Einbettung} right-to-left-embedding {Rechts-nach-links-Einbettung} pop-directional-formatting {Ende der Richtungsformatierung} left-to-right-override {Links-nach-rechts-Überschreibung} right-to-left-override {Rechts-nach-links-Überschreibung} word-joiner {Wortverbinder} zero-width-no-break-space {geschütztes Leerzeichen ohne Breite} other {{name}}}',
  'invisible-characters/delete-invisible':
    'Löschen Sie die unsichtbaren Zeichen: Tippen Sie das Wort neu, oder fügen Sie es als reinen Text ein (sie stammen oft aus kopiertem Webtext oder aus „Anti-Filter“-Tools).',
  'invisible-characters/invisible':
    '`{evidence}`{where, select, subject { im Betreff} other {}} versteckt unsichtbare Zeichen ({names}) zwischen seinen Buchstaben: Menschen lesen `{norm}`, Wortfilter aber nicht – ein bekannter Verschleierungstrick.',
  'leet-speak/disguised':
    '`{evidence}`{where, select, subject { im Betreff} other {}} ersetzt Buchstaben durch Ziffern oder Symbole (gelesen: `{norm}`). Seriöse Mails schreiben ihre Wörter aus; Filter sehen darin einen Versuch, an ihnen vorbeizukommen.',
  'leet-speak/disguised-name':
    '`{evidence}`{where, select, subject { im Betreff} other {}} ist der getarnte Medikamentenname `{norm}`: Buchstaben als ähnlich aussehende Zeichen geschrieben, verdoppelt oder durch Symbole getrennt. Filter lesen solche Tarnungen (die FUZZY-Regeln von SpamAssassin) und werten die Tarnung zusätzlich zum Wort ab.',
  'leet-speak/disguised-word':
    '`{evidence}`{where, select, subject { im Betreff} other {}} ist das getarnte Wort `{norm}`: Buchstaben als ähnlich aussehende Zeichen geschrieben, verdoppelt oder durch Symbole getrennt. Normal geschrieben ist das Wort harmlos; getarnt ist es ein Spam-Zeichen, das Filter abwerten (die FUZZY-Regeln von SpamAssassin).',
  'leet-speak/disguised-trigger':
    '`{evidence}`{where, select, subject { im Betreff} other {}} ersetzt Buchstaben durch Ziffern oder Symbole und ergibt so `{norm}`{whole, select, yes {, ein Triggerwort} other {, Teil der Triggerphrase `{phrase}`}}. Ein getarnter Trigger ist selbst ein starkes Spam-Signal: Filter machen die Ersetzung rückgängig und werten zusätzlich die Tarnung ab.',
  'leet-speak/spell-normally':
    'Schreiben Sie das Wort normal („{norm}“), und wenn Filter es nicht mögen, formulieren Sie um, statt es zu tarnen.',
  'lookalike-characters/lookalike':
    '`{evidence}`{where, select, subject { im Betreff} other {}} ist mit {script, select, cyrillic {kyrillischen} greek {griechischen} armenian {armenischen} other {nichtlateinischen}} Buchstaben geschrieben, die lateinisch aussehen ({letters}); es liest sich als `{norm}`. Leser merken es nicht, aber Wortfilter und Markenprüfungen übersehen es – deshalb nutzt Phishing diesen Trick, und Filter werten ihn ab.',
  'lookalike-characters/plain-latin':
    'Tippen Sie das Wort mit normalen lateinischen Buchstaben neu (Text aus einem anderen Dokument oder aus einem „Fancy-Font“-Generator bringt solche Zeichen oft mit).',
  'spaced-letters/spelled-out':
    '`{evidence}`{where, select, subject { im Betreff} other {}} buchstabiert `{word}` Buchstabe für Buchstabe. Filter sehen in gesperrt geschriebenen Wörtern einen Versuch, die Wortsuche zu umgehen, und Screenreader buchstabieren sie ebenfalls.',
  'spaced-letters/spelled-trigger':
    '`{evidence}`{where, select, subject { im Betreff} other {}} buchstabiert das Triggerwort `{trigger}` Buchstabe für Buchstabe. Wortfilter sehen einzelne Buchstaben statt des Wortes, und ein Wort zum Verstecken auseinanderzuziehen wird als Verschleierung gewertet.',
  'spaced-letters/write-normally':
    'Schreiben Sie das Wort normal („{word}“); für gesperrte Schrift verwenden Sie die CSS-Eigenschaft letter-spacing statt Leerzeichen.',
  'split-by-tags/one-piece':
    'Schreiben Sie das Wort im HTML in einem Stück; legen Sie Formatierungen um ganze Wörter, und löschen Sie leere Tags und Kommentare innerhalb von Wörtern.',
  'split-by-tags/split':
    '`{evidence}` wird im Quelltext durch {how, select, comment {einen HTML-Kommentar} hidden-content {ein unsichtbares Element} empty-element {ein leeres Element} other {{tags, plural, one {# Tag} other {# Tags}}}} zerteilt{shown, select, yes { (`{markup}`)} other {}}{trigger, select, yes {, und es ist ein Triggerwort} other {}}. Leser sehen ein Wort, Filter, die das HTML lesen, sehen Bruchstücke: Wörter so zu verstecken ist ein Spam-Trick, nach dem Filter suchen.',
} satisfies Catalogue;
