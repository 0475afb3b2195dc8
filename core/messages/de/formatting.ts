// The formatting rules in German (core/rules/formatting/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
import type { Catalogue } from '../index.ts';

export default {
  'all-caps-text/caps':
    '{percent}\u00a0% der Wörter stehen in Großbuchstaben (kurze Beschriftungen und Wiederholungen zählen weniger), zum Beispiel `{evidence}`. Großbuchstaben wirken wie Schreien, und Filter werten Texte mit einem hohen Anteil davon ab.',
  'all-caps-text/sentence-case':
    'Schreiben Sie in normaler Groß- und Kleinschreibung; behalten Sie Großbuchstaben Abkürzungen vor, und heben Sie das eine, was wirklich auffallen muss, mit Fettdruck oder einer Überschrift hervor.',
  'excessive-emoji/emoji-run':
    '`{evidence}` reiht {run} Emojis aneinander (insgesamt {count} auf {words, plural, one {# Wort} other {# Wörter}}). Mit Emoji-Ketten erregen Werbespam und Betrugsmails Aufmerksamkeit, und Filter werten sie ab.',
  'excessive-emoji/fewer-emoji':
    'Beschränken Sie sich auf ein oder zwei Emojis, wo sie etwas aussagen, und reihen Sie sie nie aneinander; lassen Sie die Worte die Botschaft tragen.',
  'excessive-emoji/many-emoji':
    'Die Nachricht verwendet {count} Emojis auf {words, plural, one {# Wort} other {# Wörter}}, zum Beispiel `{evidence}`. Diese Dichte wirkt auf Filter und Leser wie ein aufdringliches Verkaufsangebot.',
  'huge-font/body-size':
    'Setzen Sie nur eine Überschrift groß und den Rest in normaler Textgröße (14–18\u00a0px); lassen Sie das Layout, nicht die Schriftgröße, für Betonung sorgen.',
  'huge-font/huge':
    '`{evidence}` ist in {size} gesetzt; {percent}\u00a0% der sichtbaren Wörter ({huge}) sind so groß. Riesige Schrift wirkt wie ein herausgeschrienes Angebot, und Filter werten riesige Schriftgrößen ab.',
  'loud-font-tags/loud':
    'Das Markup `{evidence}` {kind, select, red {setzt Text in reinem Rot} other {setzt Text in übergroßer Schrift ({big} solche Tags)}}. Roter, plakatgroßer <font>-Text ist das typische Bild von Massenspam, und Filter werten ihn seit zwei Jahrzehnten ab.',
  'loud-font-tags/use-css':
    'Gestalten Sie Text mit CSS und einer zurückhaltenden Farbpalette: eine Überschriftengröße, Ihre Markenfarbe zur Hervorhebung, Fettdruck für die wenigen Wörter, auf die es ankommt.',
  'many-colors/one-accent':
    'Verwenden Sie eine einzige Akzentfarbe (Ihre Markenfarbe) für Links und Hervorhebungen und ein dunkles Grau oder Schwarz für den Text.',
  'many-colors/rainbow':
    'Der Text verwendet {hues} verschiedene Farbtöne (`{evidence}`). Ein Regenbogen aus Schriftfarben ist ein Kennzeichen von Spam alter Schule und macht die Nachricht schwer lesbar.',
  'shouting-punctuation/fewer-bangs':
    'Heben Sie Ausrufezeichen für den einen Satz auf, der eines braucht; beenden Sie die übrigen mit einem Punkt.',
  'shouting-punctuation/many-bangs':
    'Der Text enthält {bangs} Ausrufezeichen auf {words, plural, one {# Wort} other {# Wörter}} ({every, plural, one {eines pro Wort} other {eines alle # Wörter}}). So viel Aufregung wirkt auf Filter wie auf Leser wie ein Verkaufsgespräch.',
  'shouting-punctuation/one-mark':
    'Verwenden Sie höchstens ein Ausrufezeichen, und schreiben Sie Preise als Zahlen (`$49`), nicht als Symbolketten.',
  'shouting-punctuation/punctuation-run':
    '`{evidence}` schreit mit Satzzeichen. Folgen von Ausrufezeichen, Fragezeichen oder Währungssymbolen sind ein klassisches Spam-Muster, und Filter werten sie ab.',
} satisfies Catalogue;
