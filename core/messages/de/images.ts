// The images rules in German (core/rules/images/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// German quotation marks „…“, the reader addressed as Sie.
import type { Catalogue } from '../index.ts';

export default {
  'image-missing-alt/alt-for-image':
    'Fügen Sie einen Alternativtext hinzu, der beschreibt, was das Bild zeigt, oder alt="", wenn es nur Dekoration ist.',
  'image-missing-alt/alt-for-link':
    'Fügen Sie einen Alternativtext hinzu, der sagt, wohin der Link führt (alt="Zum Herbstschlussverkauf").',
  'image-missing-alt/missing-alt':
    'Das Bild `{image}` hat {alt, select, empty {ein leeres alt-Attribut, obwohl es verlinkt ist} other {kein alt-Attribut}}: Wenn Bilder blockiert sind (in vielen Mailprogrammen die Voreinstellung), sieht der Leser einen leeren Kasten{linked, select, yes { und einen Link ohne Namen} other {}}, und Screenreader lesen den Dateinamen vor.',
  'image-only/image-only':
    'Die Nachricht besteht aus {images, plural, one {einem einzigen Bild} other {# Bildern}} {words, plural, =0 {ohne jeden Text} one {mit nur # Wort Text} other {mit nur # Wörtern Text}}; Filter können keine Wörter in Bildern lesen, deshalb versteckt Spam so seine Botschaft, und Filter werten schon diese Form ab. Viele Leser blockieren zudem Bilder und sehen dann gar nichts.',
  'image-only/mostly-images':
    'Die Bilder bedecken etwa {area}k px², der Text umfasst aber nur {characters} Zeichen{unspaced, select, yes {, so viel Text wie etwa {english} Zeichen Englisch} other {}} ({ratio, number, ::.0} pro 1.000 px²): Die Nachricht besteht überwiegend aus Bildern, was Filter als Versuch werten, Wörter vor ihnen zu verstecken.',
  'image-only/real-text':
    'Schreiben Sie die Nachricht als echten HTML-Text (Überschrift, Angebot, Handlungsaufforderung) und nutzen Sie Bilder nur zur Illustration; streben Sie mindestens 60 % Text an.',
  'image-only/text-out-of-images':
    'Holen Sie die Wörter aus den Bildern heraus in HTML-Text, und verwenden Sie kleinere oder weniger Bilder.',
  'linked-image-short-message/add-text':
    'Ergänzen Sie ein paar Sätze echten Text und einen Textlink (oder eine Schaltfläche) mit demselben Ziel wie das Bild.',
  'linked-image-short-message/linked-banner':
    'Ein verlinktes Bild ist der Hauptinhalt einer Nachricht mit nur {words, plural, one {# Wort} other {# Wörtern}}: Ein anklickbares Banner mit wenig Text ist die typische Form von Bild-Spam, und Filter werten es ab.',
  'tracking-pixels/many-pixels':
    'Die Nachricht enthält {count} Tracking-Pixel (1×1 große oder versteckte externe Bilder); eines ist bei Massenmails üblich, mehrere sehen nach einer Nachricht aus, die durch viele Tracker gelaufen ist, und das bemerken datenschutzbewusste Mailprogramme und Filter.',
  'tracking-pixels/one-pixel':
    'Behalten Sie ein einziges Pixel zur Öffnungsmessung (das Ihres Versanddienstes) und entfernen Sie die übrigen.',
} satisfies Catalogue;
