// The structure rules in German (core/rules/structure/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// German quotation marks „…“, the reader addressed as Sie.
import type { Catalogue } from '../index.ts';

export default {
  'broken-markup/close-elements':
    'Schließen Sie jedes `<{name}>`, das Sie öffnen, und prüfen Sie das HTML anschließend mit einem Validator oder der Vorlagenprüfung Ihres Versanddienstes.',
  'broken-markup/unclosed':
    '`<{name}>` wird {count, plural, =1 {einmal} other {#-mal}} ohne schließendes `</{name}>` geöffnet (insgesamt {total} nicht geschlossene Elemente). Unausgewogenes Markup ist typisch für hastig erstellte Massenmails, Filter zählen es, und Mailprogramme stellen den Rest der Nachricht womöglich innerhalb des offenen Elements dar.',
  'embedded-object/plugin':
    'Die Nachricht bettet Plug-in-Inhalte mit `<{name}>` ein. Mailprogramme spielen sie nicht ab, und Filter kennen eingebettete Objekte als Einfallstor für Schadsoftware.',
  'embedded-object/remove-object':
    'Entfernen Sie das eingebettete Objekt; zeigen Sie stattdessen ein Standbild, das auf das Video oder die Seite verlinkt.',
  'empty-body/empty':
    'Der Nachrichtentext zeigt weder Wörter noch Bilder{shows, select, hidden { (sein einziger Text ist versteckt: `{text}`)} text { (nur `{text}`)} other {}}. Filter können nur die Kopfzeilen und Links beurteilen, und leere Nachrichten sind typisch für Testsendungen und für Spam, der seine eigentliche Fracht in einem Anhang versteckt.',
  'empty-body/write-body':
    'Schreiben Sie die Nachricht in den Nachrichtentext: Sagen Sie, wer Sie sind und warum Sie schreiben, auch wenn der eigentliche Inhalt im Anhang steckt.',
  'external-stylesheet/external-css':
    'Die Nachricht lädt ein externes Stylesheet (`{url}`). Gmail, Outlook und die meisten Webmailer ignorieren externes CSS, sodass das Layout bei vielen Lesern zerfällt, und Filter bemerken Nachrichten, die zur Darstellung entfernte Ressourcen nachladen.',
  'external-stylesheet/inline-styles':
    'Schreiben Sie die Stile direkt in die Nachricht (style="…"-Attribute oder ein <style>-Block in der Nachricht), statt ein Stylesheet zu verlinken.',
  'form-in-email/asks-secret':
    'Die Nachricht enthält ein Formular, das nach Anmelde- oder Kartendaten oder einer anderen vertraulichen Angabe wie einer Ausweisnummer fragt{listed, select, yes { ({names})} other {}}. Zugangsdaten innerhalb einer E-Mail abzufragen ist genau das, was Phishing tut, und Mailprogramme warnen vor solchen Formularen oder deaktivieren sie.',
  'form-in-email/collects-data':
    'Die Nachricht enthält ein Formular mit {fields, plural, one {# auszufüllenden Feld} other {# auszufüllenden Feldern}}{listed, select, yes { ({names})} other {}}{sends, select, mailbox {, das die Antworten an ein Postfach schickt} ip {, das die Antworten an eine bloße IP-Adresse sendet} other {}}. Daten innerhalb einer E-Mail zu sammeln ist ein Muster von Phishing und Lead-Spam; Gmail warnt, bevor ein solches Formular abgeschickt wird, und viele Mailprogramme deaktivieren es.',
  'form-in-email/form':
    'Die Nachricht enthält {kind, select, search {ein Suchfeld} buttons {ein Formular mit Schaltflächen oder Auswahlmöglichkeiten} other {ein Formular}}. Die meisten Mailprogramme deaktivieren Formulare oder warnen vor dem Absenden, daher funktioniert es bei vielen Lesern nicht.',
  'form-in-email/link-to-form':
    'Ersetzen Sie das Formular durch eine Schaltfläche, die auf dasselbe Formular auf Ihrer Website verlinkt.',
  'form-in-email/no-secrets':
    'Fragen Sie in einer E-Mail niemals nach Passwörtern oder Zahlungsdaten. Verlinken Sie auf Ihre Website, wo sich der Leser auf Ihrer eigenen Domain anmeldet.',
  'form-in-email/use-links':
    'Verwenden Sie stattdessen einfache Links (einen Link pro Auswahl oder einen Link zur Suchseite).',
  'gmail-clipping/clipped':
    'Das HTML ist {kb} KB groß; Gmail kürzt Nachrichten ab etwa 102 KB, daher ist alles ab dieser Stelle (`{cut}`) hinter „Gesamte Nachricht anzeigen“ verborgen, einschließlich der Fußzeile und des Öffnungs-Tracking-Pixels.',
  'gmail-clipping/move-unsubscribe':
    'Setzen Sie den Abmeldelink vor die Schnittstelle (weit oben oder in eine kurze Fußzeile), oder verkleinern Sie das HTML auf unter 100 KB.',
  'gmail-clipping/trim-html':
    'Verkleinern Sie das HTML auf unter 100 KB: Entfernen Sie ungenutztes CSS und Kommentare, minifizieren Sie es, stellen Sie lange Inhalte ins Web und verlinken Sie darauf.',
  'gmail-clipping/unsubscribe-clipped':
    'Der Abmeldelink (`{link}`) steht hinter der Stelle, an der Gmail kürzt, daher sehen Gmail-Leser ihn nicht. Wer keinen Ausweg findet, klickt auf „Spam melden“, und Gmail verlangt von Massenversendern eine einfache Abmeldung.',
  'hidden-text/faint':
    '`{text}` ({words, plural, one {# Wort} other {# Wörter}}{phrases, plural, =0 {} one {, darunter # Reizphrase} other {, darunter # Reizphrasen}}{more, plural, =0 {} one {, dazu # weiteres verstecktes Wort an anderer Stelle} other {, dazu # weitere versteckte Wörter an anderer Stelle}}) hat {how}, sodass der Leser es kaum sieht. Filter werten Text, den ein Leser nicht entziffern kann, als für sie geschrieben (HTML_FONT_LOW_CONTRAST von SpamAssassin).',
  'hidden-text/hidden':
    '`{text}` ({words, plural, one {# Wort} other {# Wörter}}{phrases, plural, =0 {} one {, darunter # Reizphrase} other {, darunter # Reizphrasen}}{more, plural, =0 {} one {, dazu # weiteres verstecktes Wort an anderer Stelle} other {, dazu # weitere versteckte Wörter an anderer Stelle}}) ist durch {how} vor dem Leser verborgen. Filter werten versteckten Text als Versuch, ihnen Wörter unterzuschieben, die der Leser nie sieht – die klassische „Bayes-Vergiftung“ –, oder Phrasen an ihnen vorbeizuschmuggeln.',
  'hidden-text/how-display-none': '`display:none`',
  'hidden-text/how-hidden-attribute': 'das Attribut `hidden`',
  'hidden-text/how-low-contrast': 'eine Textfarbe, die sich kaum von ihrem Hintergrund unterscheidet',
  'hidden-text/how-off-page': 'eine Positionierung außerhalb der Seite',
  'hidden-text/how-same-color-as-background': 'eine Textfarbe, die ihrem Hintergrund gleicht',
  'hidden-text/how-tiny-font-size': 'eine Schrift kleiner als 2 px',
  'hidden-text/how-transparent': 'volle Transparenz',
  'hidden-text/how-visibility-hidden': '`visibility:hidden`',
  'hidden-text/how-zero-font-size': 'die Schriftgröße null',
  'hidden-text/how-zero-size-box': 'einen Kasten der Größe null mit `overflow:hidden`',
  'hidden-text/raise-contrast':
    'Geben Sie dem Text eine Farbe, die sich deutlich vom Hintergrund abhebt, oder löschen Sie ihn.',
  'hidden-text/remove-hidden':
    'Löschen Sie den versteckten Text oder machen Sie ihn sichtbar. Für den Vorschautext im Posteingang genügt ein einziger kurzer Preheader-Satz ohne Werbesprache ganz oben im Nachrichtentext.',
  'iframe-in-email/frame':
    'Die Nachricht enthält {tag, select, iframe {ein `<iframe>`} other {ein `<{tag}>`}}{loads, select, yes {, das `{src}` lädt} other {}}. Mailprogramme blockieren Frames, sodass Leser nur einen leeren Kasten sehen, und Filter werten einen Frame als Inhalt, der an ihrer Prüfung vorbeigeschmuggelt wird.',
  'iframe-in-email/inline-content':
    'Setzen Sie den Inhalt direkt in die Nachricht, oder verlinken Sie die Seite, statt sie einzubetten.',
  'meta-refresh/meta-refresh':
    'Die Nachricht enthält eine Meta-Refresh-Weiterleitung{redirects, select, yes { auf `{target}`} other {}}. Mailprogramme ignorieren sie; Filter sehen darin eine Weiterleitungsseite, mit der Phishing Leser zu einem Köder schickt.',
  'meta-refresh/remove-meta':
    'Entfernen Sie das Tag `<meta http-equiv="refresh">` und verlinken Sie stattdessen auf die Seite.',
  'missing-text-part/add-text-part':
    'Versenden Sie multipart/alternative mit einem text/plain-Teil, der dasselbe sagt wie das HTML; die meisten Versanddienste können ihn für Sie erzeugen.',
  'missing-text-part/html-only':
    'Die Nachricht hat einen HTML-Teil, aber keine Nur-Text-Alternative{typed, select, yes { (`Content-Type: {contentType}`)} other {}}. Filter werten reine HTML-Mails ab (MIME_HTML_ONLY von SpamAssassin), und Leser mit reinen Textprogrammen sehen nichts Brauchbares.',
  'missing-text-part/html-only-identified':
    'Die Nachricht hat einen HTML-Teil, aber keine Nur-Text-Alternative{typed, select, yes { (`Content-Type: {contentType}`)} other {}}. Sie kommt von einem Absender, der zeigt, wer er ist (`{domain}`, mit einer Abmeldung auf dieser Domain); das ist daher hier ein Hinweis ohne Punkte. Filter werten es trotzdem leicht (SpamAssassin 0,1), und Leser mit reinen Textprogrammen sehen nichts Brauchbares.',
  'script-in-email/event-handler':
    '`{handler}` ist ein Skript, das bei einem Ereignis ausgeführt wird. Mailprogramme entfernen es, und Filter werten es als Zeichen einer Webseite oder von Code, der auf den Leser zielt (Pop-ups, gefälschte Statusleisten).',
  'script-in-email/remove-handler':
    'Entfernen Sie das Attribut `{attribute}`; verwenden Sie für alles, was der Leser tun soll, einen einfachen Link.',
  'script-in-email/remove-script':
    'Entfernen Sie das Skript. Alles Interaktive gehört auf eine Webseite, auf die die Nachricht verlinkt.',
  'script-in-email/script-tag':
    'Die Nachricht enthält ein `<script>`-Tag{loads, select, yes {, das `{src}` lädt} other {}}. Mailprogramme führen nie Skripte aus, und Filter sehen darin eine in eine Mail kopierte Webseite oder den Versuch, Code beim Leser auszuführen.',
  'text-part-mismatch/disagree':
    'Der HTML- und der Nur-Text-Teil stimmen nicht überein: {percent} % der Wörter des kürzeren Teils fehlen im anderen (Textteil: `{text}`). Filter vergleichen die Teile (MPART_ALT_DIFF von SpamAssassin), weil Spam-Werkzeuge den Textteil mit Füllstoff oder einem ganz anderen Werbetext füllen.',
  'text-part-mismatch/html-source':
    'Der Nur-Text-Teil enthält HTML-Quelltext (`{source}`). Leser der Textfassung sehen rohes Markup, und Filter werten einen defekten Alternativteil als Zeichen eines nachlässigen Massenversenders.',
  'text-part-mismatch/html-stub':
    'Der HTML-Teil zeigt {htmlWords} verschiedene Wörter, der Nur-Text-Teil aber nur {textWords}: Die beiden Fassungen sagen nicht dasselbe, und Filter vergleichen sie.',
  'text-part-mismatch/real-text-part':
    'Machen Sie den Textteil zu einer echten Nur-Text-Fassung der Nachricht: dieselben Wörter, mit ausgeschriebenen Links.',
  'text-part-mismatch/same-message':
    'Lassen Sie beide Teile dieselbe Botschaft tragen; erzeugen Sie den Textteil aus dem fertigen HTML.',
  'text-part-mismatch/text-from-rendered':
    'Erzeugen Sie den Textteil aus der dargestellten Nachricht (der „Nur-Text-Version“ Ihres Versanddienstes), nicht aus dem HTML-Quelltext.',
  'text-part-mismatch/text-stub':
    'Der Nur-Text-Teil ist nur ein Platzhalter (`{text}`: {textWords} verschiedene Wörter gegenüber {htmlWords} im HTML). Filter vergleichen die beiden Teile, und ein Platzhalter-Textteil ist ein bekanntes Merkmal von Massenversand-Werkzeugen.',
  'unchecked-links/fewer-links':
    'Echte Mails verlinken selten mehr als einige hundert Adressen: Teilen Sie die Nachricht auf, oder verlinken Sie eine Webseite, die den Rest auflistet. Muss sie so hinausgehen, prüfen Sie die übrigen Links selbst.',
  'unchecked-links/too-many-addresses':
    'Nur {checked, number} der {addresses, number} verschiedenen Adressen, auf die diese Nachricht verlinkt, wurden einzeln geprüft (Doppelgänger- und abweichende Domains, URL-Kürzer, Umleitungen, Klick-Tracking, kostenloses Hosting): die ersten in der Reihenfolge des Textes, die der Links, die der Leser sieht, vor denen versteckter Links. Links auf die übrigen, ab diesem hier, wurden gezählt, aber nicht geprüft, daher sagt die Punktzahl nichts darüber, wohin sie führen; spamrisk hört dort auf, damit auch eine Seite mit Tausenden von Links in Sekunden geprüft ist.',
} satisfies Catalogue;
