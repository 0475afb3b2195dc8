// The phrases rules in German (core/rules/phrases/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
import type { Catalogue } from '../index.ts';

export default {
  'address-greeting/address-greeting':
    'Die Anrede nennt eine E-Mail-Adresse, `{greeting}`, wo ein Name hingehört: So schreiben Absender, die ihre Leser nur über eine gesammelte oder gekaufte Adresse kennen, und Spamfilter werten das negativ.',
  'address-greeting/greet-by-name':
    'Sprechen Sie die Leser mit Namen an („Hallo Ana,“), oder beginnen Sie ohne Anrede.',
  'crypto-wallet/wallet':
    'Die Mail zeigt eine Bitcoin-Wallet-Adresse, `{address}`: Zahlung an eine Wallet verlangen Erpressung, falsche Gewinnspiele und Vorschussbetrug, und Filter werten die Adresse.',
  'crypto-wallet/wallet-beside-wording':
    'Die Mail zeigt eine Bitcoin-Wallet-Adresse, `{address}`, und sagt in ihrer Nähe `{phrase}`: Zahlung an eine Wallet neben Erpressungsformulierungen oder neben einer Zahlungsfrist ist das Bild von Erpressungsmails, und Filter werten beides zusammen.',
  'crypto-wallet/name-the-payment':
    'Nehmen Sie wirklich Zahlungen in Bitcoin an, sagen Sie, wer Sie sind und wofür die Zahlung ist, und verlinken Sie eine Zahlungsseite auf Ihrer eigenen Website, statt die Adresse in die Mail zu schreiben.',
  'custom-phrase/phrase':
    '`{phrase}` steht auf Ihrer eigenen Liste zu vermeidender Formulierungen.{repeat, select, yes { Es ist eine Wiederholung derselben Formulierung und zählt daher weniger.} other {}}',
  'custom-phrase/suggestion':
    'Formulieren Sie sie um, oder nehmen Sie sie von Ihrer Liste, wenn sie in dieser E-Mail unbedenklich ist.',
  'finance-phrase/phrase':
    '`{phrase}` bewirbt Kredite, Darlehen oder Geldanlagen so, wie es Finanz-Spam und Krypto-Betrug tun.{repeat, select, yes { Es ist eine Wiederholung derselben Formulierung und zählt daher weniger.} other {}}',
  'finance-phrase/suggestion':
    'Schreiben Sie, was das Produkt ist und zu welchen tatsächlichen Bedingungen (Zinssatz, Gebühren, wer es beantragen kann); streichen Sie Renditeversprechen.',
  'form-by-reply/form-by-reply':
    'Der Text listet {count} leere Felder zum Ausfüllen und Zurücksenden auf, beginnend mit `{evidence}`: Mit einem in die E-Mail geschriebenen Formular, das nach Name, Adresse, Telefon oder Alter fragt, sammeln Vorschuss-, Lotterie- und Kreditbetrüger Daten, und Filter werten das.',
  'form-by-reply/link-a-form':
    'Wenn Sie diese Angaben brauchen, verlinken Sie ein Formular auf Ihrer eigenen Website, und fragen Sie Ausweis- oder Bankdaten nie per E-Mail ab.',
  'free-offer-phrase/phrase':
    '`{phrase}` bewirbt etwas Kostenloses oder ein zu gutes Angebot; Filter zählen solche Angebote und addieren ihr Gewicht.{repeat, select, yes { Es ist eine Wiederholung derselben Formulierung und zählt daher weniger.} other {}}',
  'free-offer-phrase/suggestion':
    'Nennen Sie, was die Leser bekommen und zu welchen Bedingungen („ein Probierset zu Ihrer ersten Bestellung“), und verwenden Sie „kostenlos“ oder einen Preis-Superlativ („niedrigster Preis“) höchstens einmal.',
  'greeting-phrase/phrase':
    '`{phrase}` ist eine unpersönliche Anrede: Sie verrät Filtern (und Lesern), dass der Absender nicht weiß, wem er schreibt.{repeat, select, yes { Es ist eine Wiederholung derselben Formulierung und zählt daher weniger.} other {}}',
  'greeting-phrase/suggestion':
    'Sprechen Sie die Leser mit Namen an („Hallo Ana,“) oder lassen Sie die Anrede weg.',
  'guarantee-phrase/phrase':
    '`{phrase}` gibt ein absolutes Versprechen; solche Aussagen sind in Spam weit häufiger als in echten Angeboten.{repeat, select, yes { Es ist eine Wiederholung derselben Formulierung und zählt daher weniger.} other {}}',
  'guarantee-phrase/suggestion':
    'Beschreiben Sie die tatsächlichen Bedingungen („Rückgabe innerhalb von 30 Tagen“) statt einer pauschalen Garantie.',
  'large-sum-lure/large-sum-lure':
    'Die E-Mail nennt eine große Summe, `{sum}`, und sagt `{lure}` und `{second}`: ein Vermögen neben Betrugsvokabular ist das Bild von Vorschuss-, Lotterie- und Erbschaftsbetrug, und Filter bewerten sie zusammen.',
  'large-sum-lure/state-the-business':
    'Ist die Summe ein echtes Geschäft, sagen Sie, wer Sie sind und wofür die Zahlung ist (eine Rechnung, ein Vertrag), und streichen Sie die Formulierungen von Betrügern.',
  'money-phrase/phrase':
    '`{phrase}` verspricht Geld: Filter werten Verdienstversprechen als klassisches Spam-Merkmal.{repeat, select, yes { Es ist eine Wiederholung derselben Formulierung und zählt daher weniger.} other {}}',
  'money-phrase/suggestion':
    'Nennen Sie stattdessen den konkreten Vorteil und seine Bedingungen (zum Beispiel „10 % Rabatt auf Ihre nächste Bestellung bis 31. Mai“).',
  'pharma-phrase/phrase':
    '`{phrase}` ist Apotheken- oder Wundermittel-Vokabular, eine der ältesten Spam-Familien, die Filter stark gewichten.{repeat, select, yes { Es ist eine Wiederholung derselben Formulierung und zählt daher weniger.} other {}}',
  'pharma-phrase/suggestion':
    'Wenn Sie Gesundheitsprodukte verkaufen, verwenden Sie nur den eingetragenen Produktnamen und sachliche Angaben, ohne Heilungs- oder Abnehmversprechen.',
  'phishing-phrase/phrase':
    '`{phrase}` ist ein typischer Köder von Phishing nach Zugangsdaten (Konto, Passwort, Bestätigung); Filter sind scharf darauf eingestellt.{repeat, select, yes { Es ist eine Wiederholung derselben Formulierung und zählt daher weniger.} other {}}',
  'phishing-phrase/suggestion':
    'Schreiben Sie bei einem echten Sicherheitshinweis, was passiert ist, und bitten Sie die Leser, Ihre Website oder App selbst zu öffnen, ohne Anmeldelink.',
  'phrase-density/dense':
    '{repeats, plural, =0 {{total} Trigger-Phrasen} other {{distinct} verschiedene Trigger-Phrasen (und {repeats, plural, one {# Wiederholung, die weniger zählt} other {# Wiederholungen, die weniger zählen}})}} auf {words} Wörter ({density, number, ::.0} pro 100 Wörter): Filter lesen eine solche Dichte als Verkaufsmasche, ganz gleich, um welche Wörter es sich handelt.',
  'phrase-density/one-offer':
    'Beschränken Sie die Werbung auf ein klares Angebot und nennen Sie es nur einmal; ergänzen Sie das Wesentliche (was, wann, für wen).',
  'sender-name-phrase/name-trigger':
    'Der Absendername `{name}` sagt `{word}`, ein Arzneimittel- oder Apothekenwort. Pillen- und Replika-Wellen setzen das Produkt in den Absendernamen, weil Mailprogramme ihn zuerst zeigen; Filter bewerten Arzneimittelnamen dort hoch.',
  'sender-name-phrase/name-who':
    'Verwenden Sie Ihren eigenen Namen oder den Ihrer Organisation als Absendernamen, und sagen Sie in der Mail selbst, was Sie anbieten.',
  'shady-phrase/admission':
    '`{phrase}` ist genau der Satz, den Filter in Massenmails bewerten (SpamAssassins ADMITS_SPAM), wer auch immer ihn schreibt; das US-Recht (CAN-SPAM) verlangt, dass sich Werbe-E-Mails als Werbung kenntlich machen, aber nicht mit diesen Worten.{repeat, select, yes { Es ist eine Wiederholung derselben Formulierung und zählt daher weniger.} other {}}',
  'shady-phrase/mark-the-ad':
    'Wenn Sie die E-Mail als Werbung kennzeichnen müssen, formulieren Sie es selbst und nennen Sie sich („This email is an advertisement from Acme“), und sagen Sie, warum die Leser sie erhalten.',
  'shady-phrase/phrase':
    '`{phrase}` ist eine Formulierung, mit der Betrüger seriös wirken wollen; echte Absender müssen so etwas nie sagen.{repeat, select, yes { Es ist eine Wiederholung derselben Formulierung und zählt daher weniger.} other {}}',
  'shady-phrase/suggestion':
    'Streichen Sie sie und sagen Sie stattdessen, wer Sie sind und warum die Leser diese E-Mail erhalten.',
  'subject-phrase/plain-subject':
    'Machen Sie den Betreff zu einer schlichten Beschreibung des Inhalts („Ihre Rechnung für Mai“, „Neue Herbstkollektion“).',
  'subject-phrase/subject-trigger':
    'Der Betreff enthält `{phrase}` ({category, select, custom {eine Formulierung von Ihrer Liste} finance {Finanz-Vokabular} free-offer {Gratis-Vokabular} greeting {eine Anredeformel} guarantee {Garantie-Vokabular} money {Geld-Vokabular} pharma {Pharma-Vokabular} phishing {Phishing-Vokabular} shady {zwielichtiges Vokabular} urgency {Dringlichkeits-Vokabular} other {Vokabular der Kategorie {category}}}): Filter gewichten den Betreff stärker als den Text der E-Mail.',
  'unchecked-language/no-wordlist':
    'Die Formulierungen dieses Textes ({language}) wurden nicht geprüft: spamrisk hat Wortlisten für {covered}; die übrigen Prüfungen liefen, doch über seine Wortwahl sagt die Punktzahl nichts.',
  'unchecked-language/others-read':
    'In diesem Text ({language}) wurden nur Formulierungen auf {read} gelesen: spamrisk hat Wortlisten für {covered}; die übrigen Prüfungen liefen, doch über seine Wortwahl sagt die Punktzahl wenig.',
  'unchecked-language/subject-no-wordlist':
    'Die Formulierungen des Betreffs ({language}) wurden nicht geprüft: spamrisk hat Wortlisten für {covered}; die übrigen Prüfungen liefen, doch über seine Wortwahl sagt die Punktzahl nichts.',
  'unchecked-language/subject-others-read':
    'Im Betreff ({language}) wurden nur Formulierungen auf {read} gelesen: spamrisk hat Wortlisten für {covered}; die übrigen Prüfungen liefen, doch über seine Wortwahl sagt die Punktzahl wenig.',
  'unchecked-language/read-it-yourself':
    'Prüfen Sie die Wortwahl selbst auf das, was Filter in jeder Sprache werten: Geld geschenkt, Gewinne, Zeitdruck, Garantien. Geht die Mail auch in einer dieser Sprachen hinaus, prüfen Sie auch diese Fassung.',
  'unchecked-language/not-chosen':
    'In diesem Text ({language}) wurden nur Formulierungen auf {chosen} gelesen: Seine Sprache ist nicht unter den gewählten; die übrigen Prüfungen liefen, doch über seine Wortwahl sagt die Punktzahl wenig.',
  'unchecked-language/not-chosen-lures':
    'In diesem Text ({language}) wurden nur die Betrugsköder auf {chosen} gelesen: Seine Sprache ist nicht unter den gewählten, und für {chosen} hat spamrisk keine Formulierungen zu Geld, Zeitdruck, Gratisangeboten oder Garantien; die übrigen Prüfungen liefen, doch über seine Wortwahl sagt die Punktzahl wenig.',
  'unchecked-language/not-chosen-none':
    'Die Formulierungen dieses Textes ({language}) wurden nicht geprüft: Seine Sprache ist nicht unter den gewählten, und für {chosen} hat spamrisk keine Auslöserformulierungen, nur Abmeldeformulierungen; die übrigen Prüfungen liefen, doch über seine Wortwahl sagt die Punktzahl nichts.',
  'unchecked-language/add-language':
    'Nehmen Sie {theLanguage} in die geprüften Sprachen auf (die Option `languages`, `--language` oder die Einstellungen der Erweiterung), oder `auto` für die Sprache jeder Mail.',
  'unchecked-language/lures-only':
    'Von den Formulierungen auf {language} wurden in diesem Text nur die Betrugsköder gelesen: Vollständige Wortlisten (Geld, Zeitdruck, Gratisangebote, Garantien) hat spamrisk für {covered}; die übrigen Prüfungen liefen.',
  'unchecked-language/read-offer-yourself':
    'Prüfen Sie die Wortwahl des Angebots selbst auf geschenktes Geld, Zeitdruck und Garantien, die in dieser Sprache nicht geprüft wurden.',
  'unchecked-language/language':
    '{code, select, en {Englisch} de {Deutsch} fr {Französisch} es {Spanisch} it {Italienisch} pt {Portugiesisch} nl {Niederländisch} sv {Schwedisch} fi {Finnisch} tr {Türkisch} pl {Polnisch} cs {Tschechisch} hu {Ungarisch} ro {Rumänisch} vi {Vietnamesisch} id {Indonesisch} ms {Malaiisch} da-no {Dänisch oder Norwegisch} nordic {Dänisch, Norwegisch oder Schwedisch} hr {Kroatisch, Serbisch oder Bosnisch} tl {Tagalog} sw {Suaheli} ja {Japanisch} zh {Chinesisch} ko {Koreanisch} th {Thailändisch} el {Griechisch} he {Hebräisch} arab {arabische Schrift} cyrl {kyrillische Schrift} deva {Devanagari-Schrift} other {eine Schrift, die spamrisk nicht liest}}',
  'unchecked-language/language-the':
    '{code, select, en {{name}} de {{name}} es {{name}} it {{name}} other {{name}}}',
  'unchecked-text/past-the-cut':
    'Nur die ersten {read, number} der {seen, number} Zeichen sichtbaren Textes (Leerzeichen mitgezählt) in dieser Nachricht wurden auf Trigger-Phrasen durchsucht ({rules}), wie es SpamAssassin bei einem langen Text tut: Ab `{word}` {count, plural, one {hat diese Regel} other {haben diese Regeln}} den Text nicht nach Trigger-Phrasen durchsucht, eine Werbebotschaft dort entgeht {count, plural, one {ihr} other {ihnen}} also.',
  'unchecked-text/text-part-past-the-cut':
    'Nur die ersten {read, number} der {seen, number} Zeichen des Nur-Text-Teils (Leerzeichen mitgezählt) dieser Nachricht wurden auf Trigger-Phrasen durchsucht ({rules}), wie es SpamAssassin bei jedem langen Teil tut: Ab `{word}` {count, plural, one {hat diese Regel} other {haben diese Regeln}} den Text-Teil nicht durchsucht, eine Werbebotschaft dort entgeht {count, plural, one {ihr} other {ihnen}} also.',
  'unchecked-text/pitch-first':
    'Stellen Sie das Wichtige nach oben: das Angebot, die Handlungsaufforderung und alles, was geprüft werden soll, oder kürzen Sie die Nachricht (verlinken Sie den vollständigen Text auf einer Webseite). Prüfen Sie den Rest selbst auf Trigger-Phrasen: Geld, Zeitdruck, Gratisangebote, Garantien.',
  'urgency-phrase/phrase':
    '`{phrase}` drängt die Leser zu sofortigem Handeln, ein Hebel von Spam und Phishing, auf den Filter achten.{repeat, select, yes { Es ist eine Wiederholung derselben Formulierung und zählt daher weniger.} other {}}',
  'urgency-phrase/suggestion':
    'Nennen Sie das tatsächliche Datum oder den Grund, statt Druck zu machen („Der Sale endet am Freitag, dem 31. Mai“).',
} satisfies Catalogue;
