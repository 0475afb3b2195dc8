// The headers rules in German (core/rules/headers/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// German quotation marks „…“, formal address (Sie). Header names, header syntax (From: "…" <…>) and the RFC 5322 date format stay as they are written.
import type { Catalogue } from '../index.ts';

export default {
  'date-without-zone/no-zone':
    'Der Date-Header `{date}` hat keine gültige Zeitzone. RFC 5322 verlangt eine numerische Zeitzone wie „+0000“, und Mailserver und echte Mailprogramme schreiben immer eine; Datumsangaben ohne Zeitzone stammen von Massenmail-Skripten, und Filter werten sie ab.',
  'date-without-zone/numeric-zone':
    'Lassen Sie Ihren Mailserver oder Ihren ESP den Date-Header setzen, oder schreiben Sie ihn mit numerischer Zeitzone, z. B. „Tue, 14 May 2024 09:30:00 +0000“.',
  'display-name-brand/brand-name':
    'Der Absendername `{name}` nennt {brand}, aber die Mail kommt von `{domain}`. Die meisten Mailprogramme zeigen nur den Namen an, deshalb wirkt das wie Identitätsbetrug, und genau das fälscht Phishing als Erstes.',
  'display-name-brand/brand-on-open-mailbox':
    'Der Absendername `{name}` nennt {brand}, aber die Adresse liegt auf `{domain}`, wo sich jeder ein Postfach anlegen kann; {brand} sendet seine eigene Mail nicht von solchen Adressen. Die meisten Mailprogramme zeigen nur den Namen an, deshalb wirkt das wie Identitätsbetrug, und genau das fälscht Phishing als Erstes.',
  'display-name-brand/own-name':
    'Schreiben Sie den Namen Ihrer eigenen Organisation in den Absendernamen; wenn Sie im Auftrag von {brandWord} schreiben, senden Sie von einer Domain, die diese Marke autorisiert (mit abgestimmtem SPF, DKIM und DMARC).',
  'display-name-urgency/alarm-word':
    'Der Absendername `{name}` enthält das Alarmwort `{word}`. Absender, deren Name dringend oder amtlich klingt, sind typisch für Phishing, und Filter wie Leser misstrauen ihnen.',
  'display-name-urgency/as-brand-writes-it':
    'Schreiben Sie den Absendernamen so, wie die Marke ihn schreibt („Acme Store“, nicht „ACME STORE SALES“).',
  'display-name-urgency/capitals':
    'Der Absendername `{name}` ist in Großbuchstaben geschrieben. Ein schreiender Absendername wirkt auf Filter und Leser wie Spam.',
  'display-name-urgency/name-is-address':
    'Der Absendername ist die Adresse `{shown}`, aber die Mail kommt von `{from}`. Die meisten Mailprogramme zeigen nur den Namen an, deshalb wirkt das wie Identitätsbetrug, ein Phishing-Muster, nach dem Filter suchen.',
  'display-name-urgency/name-shows-address':
    'Der Absendername `{name}` zeigt die Adresse `{shown}`, aber die Mail kommt von `{from}`. Die meisten Mailprogramme zeigen nur den Namen an, deshalb wirkt das wie Identitätsbetrug, ein Phishing-Muster, nach dem Filter suchen.',
  'display-name-urgency/plain-name':
    'Verwenden Sie einen einfachen Namen als Anzeigenamen (Ihre Marke oder Ihren Namen), nie eine E-Mail-Adresse.',
  'display-name-urgency/team-name':
    'Verwenden Sie den Namen Ihrer Marke oder Ihres Teams, wie er ist („Acme Buchhaltung“), und schreiben Sie in den Betreff, worum es in der Mail geht.',
  'fake-reply-subject/drop-fwd':
    'Streichen Sie das „Fwd:“ und schreiben Sie einen Betreff, der sagt, worum es in der Mail geht.',
  'fake-reply-subject/drop-re':
    'Streichen Sie das „Re:“, es sei denn, die Mail beantwortet wirklich eine Mail des Lesers (dann antworten Sie aus Ihrem Mailprogramm, das die Header hinzufügt).',
  'fake-reply-subject/fake-forward':
    'Der Betreff beginnt mit `{prefix}`, aber die Nachricht trägt keinen In-Reply-To- oder References-Header. Bei Weiterleitungen fehlen sie oft, doch eine als Weiterleitung getarnte Massenmail wirkt wie ein Spam-Trick.',
  'fake-reply-subject/fake-reply':
    'Der Betreff beginnt mit `{prefix}`, aber die Nachricht hat keinen In-Reply-To- oder References-Header und beantwortet also keine frühere Mail. Vorgetäuschte Antworten sind ein bekannter Spam-Trick, und Filter prüfen darauf.',
  'forged-mail-client/fake-outlook-express':
    'Der X-Mailer-Header nennt `{mailer}`, aber die Message-ID `{id}` stammt nicht von Outlook Express (es erzeugt jede ID selbst, als `<hex$hex$hex@host>`). Spam-Software kopiert den X-Mailer des Mailprogramms einer Person und erzeugt eigene IDs, und Filter erkennen den Widerspruch.',
  'forged-mail-client/honest-mailer':
    'Lassen Sie die Software, die die Mail wirklich sendet, ihren eigenen X-Mailer schreiben (oder keinen), und lassen Sie sie oder Ihren Mailserver die Message-ID erzeugen.',
  'forged-message-id/fake-outlook-id':
    'Die Message-ID `{id}` hat die Form einer Outlook-ID, aber nicht den Zeitstempel, den Outlook hineinschreibt. Massenmail-Software fälscht IDs auf diese Weise, und Filter erkennen die Fälschung.',
  'forged-message-id/let-server-create':
    'Lassen Sie Ihren Mailserver, Ihren ESP oder Ihr Mailprogramm die Message-ID erzeugen (`<unique-part@your-domain>`); erzeugen Sie nie nachgeahmte IDs.',
  'freemail-from/free-mailbox':
    'Die Mail kommt von `{address}`, einem kostenlosen Postfach. Massenmail von einer Privatadresse besteht DMARC nicht, wenn sie nicht über die eigenen Server von {domain} verschickt wird (Gmail, Yahoo und AOL veröffentlichen Reject- oder Quarantine-Richtlinien), und Filter werten Absender mit kostenlosem Postfach als Zeichen für Spam und Betrug.',
  'freemail-from/own-domain':
    'Senden Sie von einer Adresse auf einer eigenen Domain, mit SPF, DKIM und DMARC für den Server oder ESP eingerichtet, der die Mail verschickt.',
  'freemail-reply-to/free-reply-to':
    'Antworten gehen an `{address}`, ein kostenloses Postfach, während die Mail von `{domain}` kommt. Dass eine Organisation ihre Antworten über eine kostenlose Adresse empfängt, ist die Masche von Vorschussbetrug und CEO-Betrug, und Filter werten das ab.',
  'freemail-reply-to/reply-to-own-domain':
    'Setzen Sie Reply-To auf eine Adresse auf {domain} (oder lassen Sie Reply-To weg, damit Antworten an den Absender gehen).',
  'from-without-name/add-name':
    'Fügen Sie einen Anzeigenamen hinzu: From: "Ihre Firma" <{address}>.',
  'from-without-name/no-name':
    'Die Mail kommt von `{address}` ohne Anzeigenamen, Leser sehen also nur eine nackte Adresse. Wer Lesern schreibt, nennt sich; namenlose Absender wirken auf Filter und Menschen wie Massenmail-Skripte.',
  'from-without-name/no-name-own-domain':
    'Die Mail kommt von `{address}` ohne Anzeigenamen, Leser sehen also nur eine nackte Adresse. Die Adresse liegt auf der eigenen Domain des Absenders, und seine Abmeldung führt dorthin zurück: Die Domain nennt den Absender, daher ist das ein Hinweis ohne Punkte. Ein Name liest sich trotzdem besser als eine Adresse.',
  'high-priority/remove-priority':
    'Entfernen Sie den Header {field} (oder setzen Sie ihn auf normal) und lassen Sie den Inhalt sagen, was wichtig ist.',
  'high-priority/urgent':
    'Der Header `{header}` kennzeichnet die Mail als dringend. Massenversender und Phishing-Kits setzen eine hohe Priorität, um Aufmerksamkeit zu erregen, deshalb werten Filter sie ab; kein Newsletter und keine Benachrichtigung braucht sie.',
  'machine-made-mailbox/random-mailbox':
    'Die Mail kommt von `{address}`, dessen Postfachname `{mailbox}` {kind, select, mixed-case {Groß- und Kleinbuchstaben in kurzen Stücken durcheinanderwirft} other {Buchstaben und Ziffern zufällig mischt}}: Niemand hat ihn gewählt, damit man ihn liest oder darauf antwortet. Spam- und Phishing-Kampagnen erzeugen für jeden Versand ein solches Postfach, damit keine Sperrliste mithält, und Filter werten einen zufällig wirkenden Absender ab.',
  'machine-made-mailbox/stable-mailbox':
    'Senden Sie von einem festen Postfach auf Ihrer eigenen Domain, das Leser wiedererkennen und auf das sie antworten können (news@, hallo@, der Name einer Person).',
  'malformed-from/comma-in-name':
    'Das From-Feld `{field}` hat im Anzeigenamen ein Komma außerhalb von Anführungszeichen und liest sich daher als Liste zweier Absender, einer davon ohne Adresse. Phishing-Kits schreiben solche Absender; Microsoft 365 und Outlook.com weisen solche Mails ab, und Filter werten sie ab.',
  'malformed-from/malformed-address':
    'Die Mail kommt von `{address}`, einer Adresse, von der keine Mail kommen kann: {problem, select, no-tld {ihre Domain `{domain}` hat keine Top-Level-Domain wie .com} other {ihre Domain `{domain}` enthält Zeichen, die kein Domainname haben kann}}. Phishing-Kits schreiben solche Absender, um eine Marke oder eine Behörde zu zeigen, wo die Adresse stehen sollte; Microsoft 365 und Outlook.com weisen solche Mails ab, und Filter werten sie ab.',
  'malformed-from/quote-name':
    'Setzen Sie einen Anzeigenamen mit Komma in gerade Anführungszeichen: `"Doe, Jane" <jane@example.com>`.',
  'malformed-from/valid-address':
    'Senden Sie von einem echten Postfach auf Ihrer eigenen Domain, geschrieben als `"Ihr Name" <name@example.com>`.',
  'malformed-mime-headers/add-mime-version':
    'Korrigieren Sie den Code oder die Vorlage, die Ihre Header schreibt: Setzen Sie `MIME-Version: 1.0` neben Content-Type, oder bauen Sie die Nachricht mit einer MIME-Bibliothek (dem Mail-Modul Ihrer Sprache, Nodemailer, PHPMailer), statt die Header selbst zu schreiben.',
  'malformed-mime-headers/content-type-only':
    'Die Nachricht hat einen Header `Content-Type: {type}`, aber keinen MIME-Version-Header. RFC 2045 verlangt `MIME-Version: 1.0` in jeder MIME-Nachricht; Mail-Bibliotheken, Mailprogramme und ESPs schreiben ihn immer. Fehlt er, wurden die Header von Hand geschrieben, wie Spam-Software sie schreibt, und Filter werten das ab (MIME_HEADER_CTYPE_ONLY von SpamAssassin).',
  'malformed-mime-headers/control-characters':
    'Der Betreff `{subject}` enthält {count, plural, one {# Steuerzeichen} other {# Steuerzeichen}} (als ␁, ␡ usw. dargestellt), unsichtbare Codes, die keine Mail-Bibliothek in einen Header schreibt. Header-Felder müssen druckbares ASCII sein (RFC 5322); Mailprogramme zeigen diese Zeichen als Kästchen oder lassen sie weg, und Filter werten sie ab (SUBJ_ILLEGAL_CHARS von SpamAssassin).',
  'malformed-mime-headers/encode-subject':
    'Lassen Sie Ihren Versandcode den Betreff in UTF-8 als Encoded-Word kodieren (`=?UTF-8?B?…?=`); eine Mail-Bibliothek tut das, wenn Sie ihr den Betreff als Text übergeben. Prüfen Sie, in welchem Zeichensatz Ihre Vorlage oder Datenbank ihn liefert: Diese Bytes kamen in einem anderen.',
  'malformed-mime-headers/raw-subject':
    'Der Betreff `{subject}` enthält {count, plural, one {# Zeichen} other {# Zeichen}}, die keine Mail-Bibliothek dort schreibt: rohe Bytes eines anderen Zeichensatzes als UTF-8 (als � dargestellt) oder Steuerzeichen. Header-Felder müssen reines ASCII sein (RFC 5322), anderer Text wird als Encoded-Word nach RFC 2047 geschrieben; rohe Bytes kommen beim Leser verstümmelt an, und Filter werten sie ab (SUBJ_ILLEGAL_CHARS von SpamAssassin).',
  'malformed-mime-headers/remove-control-characters':
    'Entfernen Sie Steuerzeichen aus dem Betreff, bevor Sie senden: Sie stammen aus den Daten, die ihn füllen (einem Datenbankfeld, einer Tabellenzelle, aus einem anderen Programm kopiertem Text), nicht aus einer Mail-Bibliothek. Prüfen Sie den Code, der den Betreff aus diesen Daten baut.',
  'missing-date/bad-date':
    'Der Date-Header `{date}` ist kein Datum im Format von RFC 5322. Filter behandeln fehlerhafte Datumsangaben wie fehlende.',
  'missing-date/fix-date':
    'Schreiben Sie das Datum so, wie RFC 5322 es verlangt, z. B. „Tue, 14 May 2024 09:30:00 +0000“.',
  'missing-date/no-date':
    'Die Nachricht hat keinen Date-Header. Jede Nachricht muss einen tragen (RFC 5322), und eine Mail ohne ihn sieht aus, als hätte Spam-Software sie verschickt.',
  'missing-date/set-date':
    'Senden Sie über einen Mailserver oder ESP, der Date setzt, oder setzen Sie ihn in Ihrem Versandcode (im Format von RFC 5322, z. B. „Tue, 14 May 2024 09:30:00 +0000“).',
  'missing-message-id/bad-message-id':
    'Die Message-ID `{id}` hat nicht die Form `<id@domain>` (RFC 5322). Fehlerhafte IDs sind typisch für selbstgebaute Massenmail-Software.',
  'missing-message-id/fix-message-id':
    'Erzeugen Sie Message-IDs in der Form „<unique-id@your-domain.example>“.',
  'missing-message-id/no-message-id':
    'Die Nachricht hat keinen Message-ID-Header. Mailserver und ESPs fügen immer einen hinzu, sein Fehlen deutet also darauf hin, dass die Mail sie umgangen hat, ein Merkmal von Spam-Software.',
  'missing-message-id/set-message-id':
    'Senden Sie über einen Mailserver oder ESP, der Message-ID setzt, oder erzeugen Sie eine in Ihrem Versandcode („<unique-id@your-domain.example>“).',
  'recipient-in-subject/address-in-subject':
    'Der Betreff nennt die eigene Adresse des Empfängers, `{address}`. Phishing-Kits setzen sie ein, damit die Mail wie eine Meldung des eigenen Mailsystems aussieht, und Spam-Kampagnen tun es, damit jede Kopie anders ist; Filter werten eine To-Adresse im Betreff ab.',
  'recipient-in-subject/name-not-address':
    'Sprechen Sie den Leser in der Anrede mit Namen an und lassen Sie den Betreff sagen, worum es geht.',
  'sender-alignment/align-with-from':
    'Signieren Sie mit DKIM als Ihre From-Domain (d=Ihre Domain) oder senden Sie mit einem Return-Path auf Ihrer Domain, den Ihr SPF-Eintrag abdeckt.',
  'sender-alignment/dkim-fail':
    'Die Authentication-Results des Empfängers melden `dkim={result}`: Die DKIM-Signatur lässt sich nicht verifizieren, die Mail wurde also vielleicht verändert oder der Schlüssel ist falsch. Eine kaputte Signatur zählt so viel wie keine.',
  'sender-alignment/dmarc-fail':
    'Die Authentication-Results des Empfängers melden `dmarc=fail`: Kein SPF- oder DKIM-Pass passt zur From-Domain{known, select, yes { `{domain}`} other {}}. Empfänger stellen solche Mails unter Quarantäne oder weisen sie ab, wenn die DMARC-Richtlinie der Domain das verlangt, und Gmail und Yahoo verlangen von Massenversendern DMARC-Alignment.',
  'sender-alignment/fix-dkim':
    'Prüfen Sie, ob der öffentliche DKIM-Schlüssel im DNS zum Signaturschlüssel passt und ob nichts die Mail nach dem Signieren umschreibt (Fußzeilen, nachträglich hinzugefügtes Link-Tracking).',
  'sender-alignment/fix-spf':
    'Nehmen Sie Ihren Versanddienst in den SPF-Eintrag der Return-Path-Domain auf (seine „include:“-Zeile) oder senden Sie über einen Server, den er bereits aufführt.',
  'sender-alignment/not-aligned':
    'Die Mail ist per DKIM von `{signer}` signiert, nicht von der From-Domain `{domain}`, und ihr Return-Path liegt auch nicht auf dieser Domain. Nichts passt zu From, eine DMARC-Prüfung würde also scheitern; Gmail und Yahoo verlangen von Massenversendern Alignment.',
  'sender-alignment/sign-as-from':
    'Richten Sie bei Ihrem Versanddienst die DKIM-Signatur für {domain} ein (mit dem CNAME- oder TXT-Eintrag, den er Ihnen gibt), oder verwenden Sie einen eigenen Return-Path auf {domain}.',
  'sender-alignment/spf-fail':
    'Die Authentication-Results des Empfängers melden `spf={result}`: Der Server, der diese Mail verschickt hat, steht nicht im SPF-Eintrag der sendenden Domain. Empfänger werten SPF-Fehler als Zeichen einer Fälschung.',
  'subject-adv-label/adv-label':
    'Der Betreff trägt die Kennzeichnung `{label}` für unerwünschte Werbung. Massen-Spam musste sich so kennzeichnen, und Filter werten die Kennzeichnung ab; kein seriöser Newsletter verwendet sie.',
  'subject-adv-label/remove-label':
    'Entfernen Sie die Kennzeichnung „ADV“ und schreiben Sie einen Betreff, der sagt, worum es in der Mail geht; schreiben Sie nur Menschen, die darum gebeten haben.',
  'subject-all-caps/capitals':
    'Der Betreff `{subject}` ist in Großbuchstaben geschrieben. Schreiende Betreffzeilen sind ein klassisches Spam-Merkmal, das Filter schon für sich allein abwerten, und Leser überspringen sie.',
  'subject-all-caps/sentence-case':
    'Schreiben Sie den Betreff in normaler Groß- und Kleinschreibung und verwenden Sie Großbuchstaben nur für Namen und Abkürzungen („Letzte Chance: 20 % Rabatt nur bis heute Abend“).',
  'subject-currency-or-url/link-in-body':
    'Verschieben Sie den Link in den Text der Mail, auf einen aussagekräftigen Linktext; nennen Sie im Betreff die Marke statt ihrer Adresse.',
  'subject-currency-or-url/money':
    'Der Betreff nennt einen Geldbetrag, `{amount}`. Beträge in der Betreffzeile sind typisch für Gewinn-, Kredit- und Anlage-Spam, und Filter berücksichtigen sie.',
  'subject-currency-or-url/money-in-body':
    'Lassen Sie Geld aus dem Betreff heraus; sagen Sie, worum es in der Mail geht, und nennen Sie die Zahlen im Text.',
  'subject-currency-or-url/web-address':
    'Der Betreff enthält eine Webadresse, `{url}`. Links im Betreff sind in seriösen Mails selten und in Spam häufig, und ein Link dort lässt sich nicht prüfen, bevor er gelesen wird.',
  'subject-padding/padded':
    'Der Betreff enthält {spaces} Leerzeichen hintereinander vor `{tag}`. Einen Betreff mit Leerzeichen aufzufüllen, um eine Kennung aus dem Blick zu schieben, ist das, was Massenmail-Software tut, um jede Kopie einzigartig zu machen, und Filter werten das ab.',
  'subject-padding/remove-spaces':
    'Entfernen Sie die Folge von Leerzeichen (und jede Tracking-Kennung danach); schreiben Sie eine Referenznummer in den Text oder in einen Header.',
  'subject-shouting/one-mark':
    'Verwenden Sie höchstens ein Ausrufezeichen und keine Symbolketten; lassen Sie die Worte die Botschaft tragen.',
  'subject-shouting/shouts':
    'Der Betreff schreit mit `{run}`. Ketten von Ausrufezeichen oder Dollarzeichen sind typisch für Spam-Betreffzeilen, und Filter werten sie ab.',
  'undisclosed-recipients/hidden':
    '{empty, select, yes {Der To-Header ist leer} other {`{header}`}}: Die Empfänger sind verborgen, jeder Leser hat also eine Blindkopie erhalten. So werden Spam und Betrugsmails massenhaft verschickt; Newsletter und Benachrichtigungen adressieren jeden Leser in To.',
  'undisclosed-recipients/one-per-recipient':
    'Senden Sie eine Nachricht pro Empfänger mit dessen Adresse in To (jeder ESP und jeder Serienbrief tut das), statt einer einzigen Nachricht als Blindkopie an eine Liste.',
} satisfies Catalogue;
