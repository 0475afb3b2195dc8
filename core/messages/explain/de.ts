// explain()'s words in German (core/messages/explain/index.ts): `explain/<message-id>` → template, English in
// core/explain/index.ts (EXPLAIN_MESSAGES); `explain/<cause-id>/<title|why|fix>`, English in core/explain/causes.ts.
// German: „…“ quotes, Sie.
import type { Catalogue } from '../index.ts';

export default {
  'explain/address-suppressed/fix':
    'War die Adresse falsch, entfernen Sie sie aus Ihrer Liste. Funktioniert sie wieder (das Postfach wurde repariert, die Person möchte wieder von Ihnen hören), entfernen Sie sie von der Sperrliste des Dienstes und senden Sie erneut.',
  'explain/address-suppressed/title': 'Ihr Versanddienst hat es nicht versucht: Die Adresse steht auf seiner Sperrliste',
  'explain/address-suppressed/why':
    'Versanddienste (Amazon SES, SendGrid, Mailgun, Postmark …) führen eine Liste von Adressen, die früher unzustellbar waren oder sich beschwert haben, und senden nicht mehr an sie, um Ihre Reputation zu schützen. Diesmal wurde nichts an den Server des Empfängers gesendet.',
  'explain/at-stage':
    ' {stage, select, connect {beim Verbindungsaufbau (vor jedem Befehl)} helo {bei der HELO/EHLO-Begrüßung} auth {bei AUTH (Anmeldung)} mail {bei MAIL FROM (Absenderadresse)} rcpt {bei RCPT TO (Empfängeradresse)} data {am Ende von DATA (nachdem die ganze Nachricht gesendet war)} other {bei {stage}}}',
  'explain/authentication-failed/fix':
    'Veröffentlichen Sie einen SPF-Eintrag, der jeden Dienst einschließt, der für Ihre Domain sendet (`v=spf1 include:… -all`, höchstens 10 DNS-Abfragen); signieren Sie mit DKIM unter Ihrer eigenen Domain, sodass DKIM-`d=` Ihrer From-Domain entspricht (oder eine übergeordnete Domain von ihr ist); veröffentlichen Sie dann DMARC (`_dmarc.yourdomain TXT "v=DMARC1; p=none; rua=mailto:…"`), lesen Sie seine Berichte und verschärfen Sie auf `p=quarantine` / `p=reject`, sobald alles besteht. Wenn Sie über einen E-Mail-Dienstleister (ESP) senden, richten Sie dessen Authentifizierung mit eigener Domain (Branded Domain) ein.',
  'explain/authentication-failed/title': 'Die Nachricht hat die Absenderauthentifizierung (SPF, DKIM oder DMARC) nicht bestanden',
  'explain/authentication-failed/why':
    'Der empfangende Server hat geprüft, ob Ihre Domain den sendenden Server autorisiert (SPF), ob die Nachricht eine gültige Signatur Ihrer Domain trägt (DKIM) und ob eines von beiden zur Domain der sichtbaren From-Adresse passt (DMARC-Alignment). Die Prüfung ist gescheitert, und die Richtlinie der Domain oder die eigenen Regeln des Empfängers verlangen, solche Mail abzulehnen. Gmail, Yahoo und Microsoft verlangen dies seit 2024 von jedem Absender.',
  'explain/auto-reply':
    'Dies ist eine automatische Antwort (Abwesenheitsnotiz oder Ähnliches, RFC 3834), kein Unzustellbarkeitsbericht: Die Nachricht wurde zugestellt, und das Postfach des Empfängers hat von selbst geantwortet.',
  'explain/auto-reply-fix':
    'Nichts zu beheben. Werten Sie sie nicht als Fehler und entfernen Sie die Adresse nicht; Massenversender sollten automatische Antworten ignorieren (sie tragen `Auto-Submitted: auto-replied`).',
  'explain/basis-generic-status': 'Der Server hat keinen genaueren Grund genannt als diesen Code.',
  'explain/basis-report': '(Aus dem Wortlaut des Berichts gelesen; er zitiert keine Serverantwort.)',
  'explain/basis-stage':
    'Die Antwort nennt keinen Grund, kam aber, bevor eine Nachricht oder Adresse gesendet wurde: Abgelehnt wurde also Ihr sendender Server.',
  'explain/basis-stage-mail':
    'Die Antwort nennt keinen Grund, kam aber direkt, nachdem Ihr Server den Absender genannt hatte (MAIL FROM): Abgelehnt wurde also die Absenderadresse.',
  'explain/basis-status': 'Die Antwort nennt keinen Grund in Worten; der Statuscode benennt ihn.',
  'explain/blocklisted/fix':
    'Schlagen Sie IP-Adresse und Domain auf der genannten Liste nach (und auf multirbl.valli.org oder mxtoolbox.com), beheben Sie zuerst die Ursache (ein kompromittiertes Konto, ein offenes Formular, gekaufte oder veraltete Listen, fehlende Abmeldemöglichkeit) und folgen Sie dann dem Austragungsverfahren der Liste (Spamhaus und Barracuda bieten eine Selbstaustragung; die von Microsoft ist unter sender.office.com). Bei einer geteilten IP-Adresse eines E-Mail-Dienstleisters (ESP) informieren Sie diesen.',
  'explain/blocklisted/title': 'Die sendende IP-Adresse oder Domain steht auf einer Sperrliste',
  'explain/blocklisted/why':
    'Der empfangende Server prüft DNS-Sperrlisten (DNSBLs) und seine eigenen Sperrlisten, bevor er Mail annimmt. Ihre sendende IP-Adresse oder Domain ist dort gelistet, meist wegen Spam-Beschwerden, Treffern in Spamfallen, eines kompromittierten Kontos oder Rechners auf derselben IP-Adresse oder einer geteilten IP-Adresse mit einem schlechten Nachbarn.',
  'explain/by-host': ' von {host}',
  'explain/client-blocked/fix':
    'Stellen Sie sicher, dass Ihr Server bei HELO/EHLO einen echten, auflösbaren Hostnamen nennt, der zu seinem Reverse-DNS passt, dass er kein offenes Relay ist und dass seine IP-Adresse nicht auf öffentlichen Sperrlisten steht. Scheitert es weiterhin, wenden Sie sich mit dem genauen Antworttext und Ihrer sendenden IP-Adresse an den Postmaster des empfangenden Anbieters.',
  'explain/client-blocked/title': 'Der Empfänger hat Verbindungen Ihres sendenden Servers abgelehnt',
  'explain/client-blocked/why':
    'Der empfangende Server hat Ihren Server abgelehnt, bevor er die Nachricht angesehen hat: Ihre IP-Adresse, Ihr Hostname oder Ihr HELO-Name steht auf seiner eigenen Sperrliste oder wirkt nicht vertrauenswürdig, oder Ihr Server hat sich im SMTP-Dialog falsch verhalten (ein ungültiger HELO-Name, ein offenes Relay).',
  'explain/complaint':
    'Dies ist kein Unzustellbarkeitsbericht, sondern ein Feedback-Bericht: {type, select, opt-out {Ein Empfänger möchte von Ihrer Liste gestrichen werden (ein Opt-out-Bericht)} auth-failure {Ein Empfänger meldet, dass eine Nachricht Ihrer Domain die Authentifizierung nicht bestanden hat (ein ARF-auth-failure-Bericht)} fraud {Ein Empfänger meldet die Nachricht als Betrug} virus {Ein Empfänger meldet die Nachricht als Virus} other {Ein Empfänger hat Ihre Nachricht als Spam markiert (eine Beschwerde über eine Feedback-Schleife)}}{hasRecipient, select, yes { (Empfänger {recipient})} other {}}{hasDomain, select, yes {, zu Mail von {domain}} other {}}{hasIp, select, yes {, gesendet von {ip}} other {}}. Die Nachricht wurde zugestellt; Beschwerden wie diese senken Ihre Absenderreputation bei diesem Anbieter.',
  'explain/complaint-auth-fix':
    'Prüfen Sie SPF, DKIM und DMARC für die gemeldete Domain und IP-Adresse; ist die IP-Adresse nicht Ihre, gibt sich jemand als Ihre Domain aus, und eine DMARC-Richtlinie quarantine oder reject schützt sie.',
  'explain/complaint-fix':
    'Tragen Sie den Empfänger, der sich beschwert hat, sofort aus (Beschwerden über Feedback-Schleifen gelten als Abmeldung), und halten Sie die Beschwerdequote unter 0,1 % (Gmail und Yahoo lehnen Massenversender über 0,3 % ab): Schreiben Sie nur Menschen, die eingewilligt haben, nennen Sie im Absendernamen, wer Sie sind, und ermöglichen Sie die Abmeldung mit einem Klick.',
  'explain/delivered':
    'Dies ist eine Zustellbenachrichtigung, kein Fehler: Die Nachricht wurde{to, select, yes { an {addresses}} other {}} zugestellt{relayed, select, yes { (oder an ein System weitergeleitet, das keine weiteren Berichte sendet)} other {}}.',
  'explain/delivery-delayed/fix':
    'Noch ist nichts zu tun: Ihr Server versucht es einige Tage lang weiter und schickt eine weitere Benachrichtigung, falls er aufgibt. Erhalten Sie viele davon für einen Anbieter, suchen Sie in der Antwort nach Hinweisen auf Drosselung oder Reputation.',
  'explain/delivery-delayed/title': 'Die Zustellung verzögert sich; Ihr Server versucht es weiter',
  'explain/delivery-delayed/why':
    'Die Nachricht wurde noch nicht zugestellt, weil die Empfängerseite mit einem vorübergehenden Fehler geantwortet hat oder nicht erreichbar war. Das ist eine Warnung, kein endgültiger Fehlschlag.',
  'explain/delivery-expired/fix':
    'Prüfen Sie, ob die Domain des Empfängers überhaupt Mail empfängt (ihre MX-Einträge und ob ihre Server auf Port 25 antworten). Ist es ein einmaliger Ausfall, senden Sie erneut. Laufen bei vielen Domains Zeitüberschreitungen auf, prüfen Sie die ausgehende Verbindung Ihres eigenen Servers auf Port 25 und die Reputation seiner IP-Adresse.',
  'explain/delivery-expired/title': 'Die Zustellung scheiterte immer wieder, bis der sendende Server aufgab',
  'explain/delivery-expired/why':
    'Ihr Server konnte die Nachricht mehrere Tage lang nicht übergeben (die empfangenden Server waren nicht erreichbar, langsam oder antworteten immer wieder „später versuchen“), und die Nachricht ist in der Warteschlange abgelaufen.',
  'explain/domain-takes-no-mail/fix':
    'Entfernen Sie die Adresse; sie kann keine Mail empfangen. Hatten Sie erwartet, dass die Domain funktioniert, bitten Sie ihren Inhaber, richtige MX-Einträge zu veröffentlichen.',
  'explain/domain-takes-no-mail/title': 'Die Domain des Empfängers nimmt keine E-Mail an',
  'explain/domain-takes-no-mail/why':
    'Die Domain existiert, erklärt aber, dass sie keine Mail annimmt (ein Null-MX-Eintrag, RFC 7505), oder ihr Server lehnt alle Mail ab; keine Adresse dort kann Nachrichten empfangen.',
  'explain/greylisted/fix':
    'Nichts zu tun, wenn Ihr Server es erneut versucht (alle Standardserver tun das): Die Nachricht kommt nach der Wartezeit an. Kommt sie nie an, prüfen Sie, ob Ihre Versandsoftware 4xx-Antworten in die Warteschlange stellt und erneut versucht, statt aufzugeben, und ob die erneuten Versuche von derselben IP-Adresse kommen.',
  'explain/greylisted/title': 'Der Empfänger hat die Nachricht per Greylisting zurückgestellt',
  'explain/greylisted/why':
    'Greylisting lehnt den ersten Zustellversuch eines noch unbekannten Absenders mit einem vorübergehenden Fehler ab und nimmt den erneuten Versuch einige Minuten später an. Echte Mailserver versuchen es erneut; viele Spam-Werkzeuge nicht.',
  'explain/group-posting-refused/fix':
    'Prüfen Sie die Adresse der Gruppe, treten Sie der Gruppe mit der Adresse bei, von der Sie senden (oder bitten Sie den Inhaber, Sie posten zu lassen), oder bitten Sie den Inhaber, die Berechtigung zum Posten zu ändern.',
  'explain/group-posting-refused/title': 'Die Gruppe oder Mailingliste hat Ihren Beitrag abgelehnt',
  'explain/group-posting-refused/why':
    'Die Adresse gehört einer Gruppe oder Mailingliste, die nur Beiträge ihrer Mitglieder (oder Moderatoren) annimmt, oder die Gruppe existiert nicht mehr.',
  'explain/local-delivery-error/fix':
    'Gehört der Host Ihnen, suchen Sie im Mail-Protokoll den Fehler des Programms (Berechtigungen, ein fehlendes Skript, eine volle Festplatte) und beheben Sie ihn. Andernfalls informieren Sie den Postmaster des Empfängers und zitieren Sie den Fehler.',
  'explain/local-delivery-error/title': 'Ein Zustellprogramm auf dem empfangenden Host ist gescheitert',
  'explain/local-delivery-error/why':
    'Der empfangende Host hat die Nachricht angenommen, aber das lokale Programm, das sie ablegt (eine Pipe zu einem Skript, procmail, ein Postfach-Schreiber), hat mit einem Fehler geendet. Das ist ein Konfigurationsproblem auf diesem Host.',
  'explain/mailbox-disabled/fix':
    'Senden Sie nicht mehr an diese Adresse und entfernen Sie sie aus Ihren Listen; erreichen Sie die Person bei Bedarf auf anderem Weg. Wiederholte Sendungen an deaktivierte Konten schaden Ihrer Absenderreputation.',
  'explain/mailbox-disabled/title': 'Das Postfach des Empfängers ist deaktiviert oder gesperrt',
  'explain/mailbox-disabled/why':
    'Die Adresse existiert, aber ihr Konto wurde deaktiviert, gesperrt, blockiert oder geschlossen, meist weil es lange nicht benutzt wurde oder die Person gegangen ist.',
  'explain/mailbox-full/fix':
    'Auf Ihrer Seite ist nichts zu ändern. Informieren Sie den Empfänger auf anderem Weg und versuchen Sie es in ein paar Tagen erneut. Bleibt dieselbe Adresse wochenlang voll, betrachten Sie sie als aufgegeben und entfernen Sie sie aus Ihrer Liste.',
  'explain/mailbox-full/title': 'Das Postfach des Empfängers ist voll',
  'explain/mailbox-full/why':
    'Der Empfänger hat sein Speicherkontingent aufgebraucht, daher kann sein Server keine neuen Nachrichten speichern. Das liegt auf der Seite des Empfängers; viele Server behandeln es als vorübergehend, andere lehnen endgültig ab.',
  'explain/mailbox-moved/fix':
    'Tragen Sie beim Kontakt die neue Adresse ein, falls der Bericht eine nennt (suchen Sie nach „new address“, „moved to“), andernfalls entfernen Sie die alte Adresse aus Ihren Listen.',
  'explain/mailbox-moved/title': 'Der Empfänger hat eine neue Adresse',
  'explain/mailbox-moved/why': 'Die Adresse war gültig, aber die Person empfängt Mail jetzt anderswo, und die alte Adresse leitet nicht weiter.',
  'explain/malformed-content/fix':
    'Senden Sie über eine Standard-Mail-Bibliothek oder einen Mail-Dienst, der die Nachricht richtig kodiert (quoted-printable oder base64 für Nicht-ASCII-Text, CRLF-Zeilenenden, Zeilen unter 998 Zeichen, eine vernünftige Zahl von Headern). Wenn Sie Nachrichten selbst bauen, prüfen Sie den Rohquelltext einer davon.',
  'explain/malformed-content/title': 'Der Empfänger konnte Format oder Kodierung der Nachricht nicht annehmen',
  'explain/malformed-content/why':
    'Inhalt oder Kodierung der Nachricht werden vom empfangenden System nicht unterstützt: zu viele oder zu große Header, 8-Bit- oder UTF-8-Daten, wo der Server 7 Bit braucht, alleinstehende Zeilenvorschübe (LF ohne CR), überlange Zeilen oder ein Medientyp, den er nicht umwandeln kann.',
  'explain/message-too-large/fix':
    'Senden Sie große Dateien als Link (über einen Filesharing- oder Cloud-Dienst) statt als Anhang, komprimieren oder verkleinern Sie Bilder und halten Sie die ganze Nachricht deutlich unter 10 MB.',
  'explain/message-too-large/title': 'Die Nachricht ist größer, als der empfangende Server annimmt',
  'explain/message-too-large/why':
    'Server lehnen Nachrichten über einer Größengrenze ab (oft 10–35 MB, einschließlich der etwa 37 %, die base64 bei Anhängen hinzufügt).',
  'explain/network-error/fix':
    'Meist genügt Warten: Ihr Server versucht es von selbst erneut. Hält es an, prüfen Sie die MX-Einträge der Empfängerdomain und ob ihre Server auf Port 25 antworten (`nc -v mx.example.com 25`), und ob Ihr eigenes Netz oder Ihr Host ausgehende Verbindungen auf Port 25 zulässt.',
  'explain/network-error/title': 'Ihr Server konnte den Mailserver des Empfängers nicht erreichen',
  'explain/network-error/why':
    'Die Verbindung zum empfangenden Server ist gescheitert: Er hat nicht geantwortet, die Verbindung abgelehnt oder abgebrochen, DNS-Abfragen sind vorübergehend gescheitert, oder die Mail ist zwischen Servern im Kreis gelaufen. Das ist meist vorübergehend, und Ihr Server versucht es erneut.',
  'explain/no-verdict':
    'Diese Header enthalten kein Spamfilter-Urteil (X-Spam-Status, X-Forefront-Antispam-Report, Barracuda) und keine Authentifizierungsergebnisse (Authentication-Results, Received-SPF); es gibt also nichts dazu zu erklären, wie die Nachricht gefiltert wurde.',
  'explain/no-verdict-fix':
    'Nehmen Sie die Header aus der Kopie, die der Empfänger erhalten hat (in seinem Spam-Ordner, „Original anzeigen“), nicht aus Ihrer gesendeten Kopie: Dort fügen die empfangenden Filter ihre Urteile ein.',
  'explain/not-authorized/fix':
    'Prüfen Sie, ob sich Ihre Domain authentifiziert: SPF schließt den sendenden Server ein, DKIM signiert mit Ihrer From-Domain, DMARC besteht (senden Sie einen Test an eine Gmail-Adresse und lesen Sie „Original anzeigen“). Besteht alles, fragen Sie den Administrator des Empfängers, ob er nur Mail von freigegebenen Absendern annimmt, und bitten Sie ihn, Sie auf die Positivliste zu setzen.',
  'explain/not-authorized/title': 'Der Empfänger hat die Zustellung von Ihnen nicht autorisiert',
  'explain/not-authorized/why':
    'Die Antwort sagt nur, dass die Zustellung nicht autorisiert war (5.7.1, „access denied“). Empfänger verwenden das bei gescheiterter Absenderauthentifizierung (SPF/DKIM/DMARC), für Absender außerhalb einer Positivliste und für gesperrte Absender; die Antwort nennt keine weiteren Details.',
  'explain/not-rfc-compliant/fix':
    'Senden Sie über eine Standard-Mail-Bibliothek oder einen Mail-Dienst statt mit von Hand gebauten Nachrichten. Genau ein From, ein Date, eine Message-ID; keine doppelten Header (auch kein doppeltes DKIM-Signature durch zweifaches Signieren); gültige Adressen in jedem Adress-Header. Prüfen Sie die Rohnachricht (den Quelltext) einer gesendeten Kopie.',
  'explain/not-rfc-compliant/title': 'Die Nachricht hält sich nicht an die Regeln des Internet-Nachrichtenformats (RFC 5322)',
  'explain/not-rfc-compliant/why':
    'Empfänger lehnen Nachrichten mit Strukturfehlern ab: doppelte oder fehlende Pflicht-Header (From, Date, Message-ID), mehrere From-Adressen, fehlerhafte Adressen oder Datumsangaben. Solche Fehler sind typisch für selbst gebaute Versandprogramme und Spam-Werkzeuge.',
  'explain/nothing-to-fix': 'Nichts zu beheben.',
  'explain/others':
    'Dasselbe gilt für {count, plural, one {# weiteren Empfänger} other {# weitere Empfänger}}: {addresses}{more, select, yes {, …} other {}}.',
  'explain/outcome':
    '{who, select, address {Die Mail an {address}} other {Die Nachricht}} {verb, select, delayed {wurde{by}{at}{code} verzögert} undelivered {konnte{by}{at}{code} nicht zugestellt werden} other {wurde{by}{at}{code} abgelehnt}}.',
  'explain/policy-rejection/fix':
    'Lesen Sie in der Antwort, welche Regel sie nennt und welchen Link sie angibt. Entfernen Sie Anhänge, die der Empfänger sperrt (ausführbare Dateien, Skripte, Archive mit solchen Dateien, Dokumente mit Makros), oder teilen Sie sie per Link. Nennt die Antwort keine Regel, bitten Sie den Empfänger, seinen Mail-Administrator das Protokoll zu Ihrer Nachricht prüfen und Sie gegebenenfalls auf die Positivliste setzen zu lassen.',
  'explain/policy-rejection/title': 'Der Empfänger hat die Nachricht nach seiner lokalen Richtlinie abgelehnt',
  'explain/policy-rejection/why':
    'Die empfangende Organisation wendet eigene Regeln an (Anhangstypen, Sicherheitsprüfungen, zugelassene Absender, Header), und diese Nachricht hat gegen eine davon verstoßen. Die Antwort nennt die Regel meist; wenn nicht, kann nur der Administrator auf der Empfängerseite sagen, welche.',
  'explain/poor-reputation/fix':
    'Sehen Sie sich Ihre Beschwerde- und Bounce-Quoten an (Google Postmaster Tools, Yahoo Sender Hub, Microsoft SNDS). Schreiben Sie nur Menschen, die eingewilligt haben, entfernen Sie unzustellbare Adressen, ermöglichen Sie die Abmeldung mit einem Klick (RFC 8058 List-Unsubscribe-Post), sorgen Sie dafür, dass SPF/DKIM/DMARC bestehen, wärmen Sie neue IP-Adressen oder Domains schrittweise auf und senden Sie langsamer, bis sich die Reputation erholt hat. In hartnäckigen Fällen: Wenden Sie sich an den Postmaster-Support des Anbieters.',
  'explain/poor-reputation/title': 'Der Empfänger vertraut Mail von Ihrer IP-Adresse oder Domain nicht (Reputation)',
  'explain/poor-reputation/why':
    'Große Anbieter bewerten jede sendende IP-Adresse und Domain nach ihrer jüngsten Geschichte: Beschwerdequote (Menschen, die auf „Als Spam melden“ klicken), Mail an unbekannte Adressen oder Spamfallen, Volumenspitzen und Authentifizierung. Ihre Bewertung ist derzeit zu niedrig, daher wird Ihre Mail zurückgestellt oder abgelehnt.',
  'explain/rate-limited/fix':
    'Meist ist nichts zu tun: Ihr Server versucht es erneut. Halten diese Zurückstellungen an, senken Sie die Zahl gleichzeitiger Verbindungen und die Senderate zu diesem Anbieter, verteilen Sie große Sendungen über Stunden und prüfen Sie, ob die Drosselung von der Reputation (Beschwerden, unbekannte Empfänger) statt vom Volumen kommt.',
  'explain/rate-limited/title': 'Der Empfänger begrenzt, wie schnell er Ihre Mail annimmt',
  'explain/rate-limited/why':
    'Der empfangende Server drosselt Verbindungen oder Nachrichten pro sendender IP-Adresse (zu viele gleichzeitige Verbindungen, zu viele Nachrichten pro Minute). Er fordert Ihren Server auf, langsamer zu senden und es später erneut zu versuchen, was dieser normalerweise von selbst tut.',
  'explain/reason-unknown':
    'Dies sieht wie ein Unzustellbarkeitsbericht aus, zitiert aber keine Serverantwort, keinen Statuscode und keinen Grund, den spamrisk lesen kann; die Ursache ist daher unbekannt.',
  'explain/reason-unknown-fix':
    'Suchen Sie im vollständigen Bericht, einschließlich seiner Anhänge, die Fehlerzeile des Servers (sie beginnt mit einem Code wie 550 oder 5.7.1) und lassen Sie diese erklären; oder bitten Sie den Mail-Administrator des Empfängers, Ihre Nachricht in seinen Protokollen nachzuschlagen.',
  'explain/recipient-filter/fix':
    'Bitten Sie den Empfänger auf anderem Weg, Ihre Adresse oder Domain zu seinen zugelassenen Absendern hinzuzufügen (bei Mobilfunkanbietern: in den Domainfilter-Einstellungen), und senden Sie erneut. Stellen Sie sicher, dass Sie nicht von einer Domain senden, die der Empfänger nicht erkennen würde.',
  'explain/recipient-filter/title': 'Filter oder Postfacheinstellungen des Empfängers haben die Nachricht abgelehnt',
  'explain/recipient-filter/why':
    'Der Empfänger existiert, aber sein eigener Filter (eine Sperrliste für Absender oder Domains, eine Einstellung, die nur zugelassene Absender durchlässt, oder die bei Mobilfunkanbietern verbreitete Option „Mail von PCs / unbekannten Domains ablehnen“) hat diese Nachricht abgelehnt. Manche Server melden das als „unknown user“, nachdem die Nachricht gesendet wurde.',
  'explain/refused-unspecified/fix':
    'Suchen Sie im vollständigen Antworttext unten nach einem Support-Link oder einer Referenznummer und folgen Sie ihm; bitten Sie andernfalls den Empfänger (auf anderem Weg), seinen Mail-Administrator Ihre Nachricht in den Protokollen nachschlagen zu lassen.',
  'explain/refused-unspecified/title': 'Der empfangende Server hat die Nachricht ohne Angabe von Gründen abgelehnt',
  'explain/refused-unspecified/why': 'Der Bericht enthält eine Ablehnung, aber weder sein Statuscode noch die Worte des Servers nennen den Grund.',
  'explain/relay-denied/fix':
    'Senden Sie über den Einlieferungsserver Ihres eigenen Anbieters mit Anmeldung (Port 587), oder, wenn der Server Ihnen gehört, nehmen Sie Ihr Netz oder die Absenderidentität (Domain oder Adresse) in die Liste derer auf, für die er weiterleitet (bei Amazon SES: Absenderidentität verifizieren und die Sandbox verlassen). Haben Sie direkt zugestellt, prüfen Sie die MX-Einträge der Empfängerdomain.',
  'explain/relay-denied/title': 'Der Server hat sich geweigert, die Nachricht weiterzuleiten (Relay)',
  'explain/relay-denied/why':
    'Sie haben die Nachricht einem Server übergeben, der weder der Mailserver des Empfängers ist noch Mail von Ihnen zur Weiterleitung annimmt; er würde sonst als offenes Relay arbeiten. Das passiert, wenn eine Anwendung auf den falschen SMTP-Host zeigt, wenn die MX-Einträge des Empfängers auf einen Server zeigen, der die Domain nicht mehr betreut, oder wenn die Absenderidentität bei Ihrem Anbieter nicht eingerichtet ist.',
  'explain/remote-storage-full/fix':
    'Auf Ihrer Seite ist nichts zu ändern; Ihr Server versucht es erneut. Dauert es länger als einen Tag, informieren Sie den Empfänger auf anderem Weg.',
  'explain/remote-storage-full/title': 'Dem empfangenden Mailsystem fehlt Speicherplatz',
  'explain/remote-storage-full/why':
    'Der empfangende Server selbst (nicht nur ein Postfach) hat keinen Platz mehr oder ist überlastet. Das Problem liegt auf der Seite des Empfängers.',
  'explain/remote-system-error/fix':
    'Versuchen Sie es später erneut. Kommt derselbe Fehler immer wieder, informieren Sie den Empfänger oder den Postmaster der empfangenden Domain und zitieren Sie die genaue Antwort.',
  'explain/remote-system-error/title': 'Das empfangende System hatte einen internen Fehler',
  'explain/remote-system-error/why':
    'Der empfangende Server ist bei der Verarbeitung der Nachricht gescheitert (ein interner Fehler, eine Fehlkonfiguration, ein Datenbank- oder Festplattenproblem). Nichts in Ihrer Nachricht hat das verursacht.',
  'explain/reply-meaning': ' ({words})',
  'explain/returned-content':
    'In der zurückgesandten Nachricht: {message} (die Inhaltsprüfung gibt dafür {points, plural, one {# Punkt} other {# Punkte}}).',
  'explain/returned-headers': 'In den Headern der zurückgesandten Nachricht: {message}',
  'explain/reverse-dns/fix':
    'Bitten Sie den, der die sendende IP-Adresse verwaltet (Ihren Hosting- oder Cloud-Anbieter oder Internetanbieter), einen PTR-Eintrag auf den Hostnamen Ihres Mailservers zu setzen, lassen Sie diesen Namen wieder auf dieselbe IP-Adresse auflösen (A/AAAA-Eintrag) und verwenden Sie ihn bei HELO/EHLO. Oder senden Sie über einen Mail-Dienst, bei dem das bereits eingerichtet ist.',
  'explain/reverse-dns/title': 'Die IP-Adresse des sendenden Servers hat kein gültiges Reverse-DNS',
  'explain/reverse-dns/why':
    'Empfänger schlagen den PTR-Eintrag (Reverse-DNS) der verbindenden IP-Adresse nach und prüfen, ob der gelieferte Name wieder auf dieselbe IP-Adresse auflöst (Forward-Confirmed Reverse DNS). Fehlende oder generische PTR-Einträge (wie `1-2-3-4.dynamic.isp.net`) sehen nach infizierten Heimrechnern aus, daher lehnen viele Server sie sofort ab.',
  'explain/sender-rejected/fix':
    'Senden Sie von einer Adresse unter einer echten Domain, die MX- (oder A-)Einträge hat und Antworten sowie Unzustellbarkeitsberichte annimmt; nie von einer erfundenen oder nur internen Domain (`localhost`, `.local`, ein bloßer Server-Hostname). Prüfen Sie die Einstellung des Umschlagabsenders in Ihrer Anwendung. Sperrt der Empfänger gezielt Ihre Adresse, fragen Sie seinen Administrator nach dem Grund.',
  'explain/sender-rejected/title': 'Der Empfänger hat Ihre Absenderadresse abgelehnt',
  'explain/sender-rejected/why':
    'Der empfangende Server wollte keine Mail vom Umschlagabsender (Return-Path / MAIL FROM) oder von der From-Adresse annehmen: Deren Domain existiert nicht oder hat keine Mail-Einträge, die Adresse hat eine Absenderprüfung per Rückruf nicht bestanden, oder der Empfänger sperrt diese Adresse oder Domain.',
  'explain/sending-limit/fix':
    'Senden Sie langsamer: Verteilen Sie die Sendungen über die Zeit, setzen Sie weniger Empfänger pro Nachricht und prüfen Sie die Tages- und Stundenkontingente Ihres Anbieters (erhöhen Sie sie oder fragen Sie nach einem höheren Tarif). Senden Sie später erneut an die fehlgeschlagenen Empfänger.',
  'explain/sending-limit/title': 'Sie haben ein Versandlimit erreicht',
  'explain/sending-limit/why':
    'Der sendende oder empfangende Dienst zählt Nachrichten oder Empfänger pro Stunde oder Tag, und diese Nachricht lag über dem Limit. Mit der Adresse oder dem Inhalt ist alles in Ordnung.',
  'explain/smtp-auth-required/fix':
    'Aktivieren Sie in Ihrem Mailprogramm oder Ihrer Anwendung „Der Postausgangsserver erfordert Authentifizierung“ (SMTP AUTH), verwenden Sie Port 587 mit STARTTLS (oder 465 mit TLS) und prüfen Sie Benutzername und Passwort (oder App-Passwort / OAuth). Wollten Sie direkt an die Domain des Empfängers zustellen, senden Sie an deren MX-Host, nicht an einen Einlieferungsserver.',
  'explain/smtp-auth-required/title': 'Der Server wollte, dass Sie sich vor dem Senden anmelden (SMTP-Authentifizierung)',
  'explain/smtp-auth-required/why':
    'Der ablehnende Server ist ein Einlieferungs- oder Relay-Server, der nur Mail von angemeldeten Benutzern annimmt, und Ihr Mailprogramm oder Ihre Anwendung hat sich ohne Anmeldung verbunden, mit falschen Zugangsdaten oder mit einem nicht unterstützten Verfahren.',
  'explain/smtp-protocol-error/fix':
    'Prüfen Sie die Software des sendenden Servers und jede Firewall oder jeden Virenscanner, der SMTP auf Port 25 als Proxy weiterreicht. Ging die Nachricht über eine Bibliothek hinaus, für die Sie Code geschrieben haben, sehen Sie sich den Befehl an, den sie direkt vor dieser Antwort gesendet hat.',
  'explain/smtp-protocol-error/title': 'Im SMTP-Dialog ist etwas schiefgelaufen',
  'explain/smtp-protocol-error/why':
    'Der empfangende Server hat einen Befehl des sendenden Servers nicht verstanden oder die Befehle in falscher Reihenfolge erhalten. Das deutet auf einen Fehler oder eine Fehlkonfiguration der Versandsoftware hin (oder auf etwas dazwischen, etwa eine Firewall, die SMTP umschreibt).',
  'explain/spam-content/fix':
    'Lassen Sie die Nachricht durch die Inhaltsprüfung von spamrisk laufen und beheben Sie, was sie findet (Reizwörter, Link-Kürzer, reines Bildlayout, versteckter Text, fehlende Abmeldung). Sorgen Sie dafür, dass SPF/DKIM/DMARC bestehen, schreiben Sie nur Menschen, die Ihre Mail wollten, und bitten Sie, wenn ein Geschäftspartner Sie ablehnt, dessen IT, Ihre Domain auf die Positivliste zu setzen.',
  'explain/spam-content/title': 'Der Spamfilter des Empfängers hat die Nachricht abgelehnt',
  'explain/spam-content/why':
    'Ein Inhaltsfilter hat diese Nachricht als Spam oder unerwünschte Massenmail bewertet. Filter gewichten den Wortlaut, die Links und ihre Domains, Bilder im Verhältnis zum Text, die Formatierung und die Ähnlichkeit mit Mail, die andere als Spam gemeldet haben — zusammen mit der Reputation des Absenders.',
  'explain/status-meaning': ' ({kind, select, permanent {dauerhafter Fehler} temporary {vorübergehender Fehler} other {Status}}: {words})',
  'explain/tls-required/fix':
    'Aktivieren Sie STARTTLS auf Ihrem sendenden Server mit einer aktuellen TLS-Version (1.2 oder neuer) und einem gültigen Zertifikat, und prüfen Sie, dass nichts zwischen Ihnen und dem Empfänger STARTTLS entfernt. Nennt der Fehler ein Zertifikatsproblem, beheben Sie es.',
  'explain/tls-required/title': 'Der Empfänger verlangt eine verschlüsselte Verbindung (TLS)',
  'explain/tls-required/why':
    'Der empfangende Server (oder die eigene Richtlinie des Absenders, MTA-STS oder REQUIRETLS) nimmt Mail nur über TLS an, und die Verbindung war nicht verschlüsselt, oder der TLS-Handshake ist gescheitert.',
  'explain/unknown-domain/fix':
    'Prüfen Sie die Schreibweise der Domain, korrigieren oder entfernen Sie die Adresse und prüfen Sie Adressen bei der Anmeldung (eine Bestätigungs-E-Mail fängt Tippfehler ab). Gehört die Domain Ihnen oder einem Partner, prüfen Sie ihre MX-Einträge.',
  'explain/unknown-domain/title': 'Die Domain des Empfängers existiert nicht oder hat keinen Mailserver',
  'explain/unknown-domain/why':
    'Das DNS hat keinen Eintrag für die Domain nach dem @, oder keiner ihrer Mailserver (MX-Einträge) lässt sich auflösen. Meist ein Tippfehler (`gmial.com`, `.con`), eine abgelaufene Domain oder ein Unternehmen, das seinen Namen geändert hat.',
  'explain/unknown-recipient/fix':
    'Prüfen Sie die Schreibweise des Teils vor dem @, entfernen Sie die Adresse aus Ihren Listen (nie erneut versuchen) und bestätigen Sie neue Anmeldungen per Double-Opt-in. Wiederholt an unbekannte Empfänger zu senden ist für Postfachanbieter ein starkes Spam-Signal.',
  'explain/unknown-recipient/title': 'Die Empfängeradresse existiert nicht',
  'explain/unknown-recipient/why':
    'Der Server des Empfängers sagt, dass es unter der Domain kein Postfach mit diesem Namen gibt: ein Tippfehler, eine Person, die gegangen ist, oder eine geschlossene Adresse.',
  'explain/unrecognised':
    'spamrisk erkennt diesen Text nicht: Er ist kein Unzustellbarkeitsbericht (Delivery Status Notification), zitiert keinen SMTP-Fehler und keinen Statuscode und enthält keine Spamfilter- oder Authentifizierungs-Header. Lieber wird nichts erklärt als geraten.',
  'explain/unrecognised-fix':
    'Fügen Sie den ganzen Unzustellbarkeitsbericht samt Headern ein (in den meisten Mailprogrammen: „Original anzeigen“ oder „Quelltext anzeigen“) oder die Fehlerzeile des Servers, die mit einem Code wie `550 5.7.1` beginnt.',
  'explain/virus-detected/fix':
    'Prüfen Sie den sendenden Rechner und den Anhang mit einem aktuellen Virenscanner. Senden Sie keine ausführbaren Dateien, Skripte, Office-Dateien mit Makros oder passwortgeschützten Archive; teilen Sie solche Dateien stattdessen über einen Link. Hat Ihr Konto Mail gesendet, die Sie nicht geschrieben haben, ändern Sie sein Passwort.',
  'explain/virus-detected/title': 'Der Scanner des Empfängers hat in der Nachricht einen Virus oder Schadsoftware gefunden',
  'explain/virus-detected/why':
    'Ein Virenscanner oder eine Sandbox auf der Empfängerseite hat einen Anhang oder Link als schädlich eingestuft. Entweder ist die Datei wirklich infiziert, oder sie sieht nach Schadsoftware aus (Makros, Skripte, passwortgeschützte Archive, ausführbare Dateien).',
  'explain/with-code': ' mit {codes}{meaning}',
  'explain/words-only':
    '{title} — nur nach dem Wortlaut beurteilt; der Text hat weder die Struktur eines Unzustellbarkeitsberichts noch einen Statuscode, der es bestätigt. {why}',
} satisfies Catalogue;
