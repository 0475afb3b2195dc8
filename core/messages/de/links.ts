// The links rules in German (core/rules/links/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
import type { Catalogue } from '../index.ts';

export default {
  'brand-link-mismatch/link-to-brand':
    'Wenn Sie im Auftrag von {brand} schreiben, verlinken Sie auf deren eigene Domain; wenn Sie die Marke nur erwähnen, tun Sie das weiter unten und machen Sie deutlich, wer Sie sind.',
  'brand-link-mismatch/names-brand':
    'Die Mail nennt `{brand}` {where, select, subject {im Betreff} other {ganz oben}}, aber keiner ihrer Links führt zu einer Domain von {brand}: Sie führen zu `{target}`. Den Namen einer Marke zu tragen und Leser woandershin zu schicken, ist das typische Bild von Marken-Phishing, und Filter gleichen beides miteinander ab.',
  'free-hosting-link/free-host':
    '`{url}` ist eine Seite auf `{host}`, einem kostenlosen Hosting- oder Formulardienst, auf dem jeder in wenigen Minuten unter einem vertrauenswürdigen Namen veröffentlichen kann; Phishing und Spam legen ihre Seiten dort ab, um sich dessen Ruf zu leihen, deshalb vergeben Filter für solche Links Punkte.',
  'free-hosting-link/use-own-domain':
    'Verlinken Sie auf eine Seite Ihrer eigenen Domain (eine eigene Domain beim selben Dienst genügt), oder schreiben Sie im Text, wer die Seite betreibt und warum.',
  'ip-address-link/ip-host':
    '`{url}` verweist auf {kind, select, disguised {eine als Zahl getarnte IP-Adresse} private {eine IP-Adresse aus einem privaten Netz} other {eine bloße IP-Adresse}} (`{host}`) statt auf einen Domainnamen; Spam verlinkt so, um Domain-Sperrlisten zu umgehen, deshalb vergeben Filter dafür {kind, select, disguised {viele Punkte} other {Punkte}}.',
  'ip-address-link/use-domain-name':
    'Verlinken Sie auf einen Domainnamen, der Ihnen gehört (https://www.example.com/…), ausgeliefert über HTTPS.',
  'link-density/dense':
    '{links} verschiedene Links auf {words} Wörter (einer alle {every, number, ::.0} Wörter): Ein Text, der vor allem aus Links besteht, wirkt auf Filter wie eine Linkfarm oder Affiliate-Spam.',
  'link-density/fewer-links':
    'Beschränken Sie sich auf die wenigen Links, auf die es ankommt, und geben Sie jedem einen Satz Kontext.',
  'links-elsewhere/link-home':
    'Verlinken Sie Seiten der Domain, von der Sie senden, oder senden Sie von der Domain Ihrer Links, damit Leser und Filter eine einzige Organisation sehen.',
  'links-elsewhere/one-destination':
    'Alle Links der Mail ({links, plural, one {# Link} other {# Links}}) führen zu `{domain}`, keiner zu `{fromDomain}`, der Domain, von der sie gesendet wird. Von einer Domain senden und jeden Leser auf eine andere schicken – so sehen Phishing- und Spam-Wellen aus; Filter vergleichen den Absender mit dem Ziel der Links.',
  'link-only-body/just-a-link':
    'Abgesehen {links, plural, one {vom Link} other {von den Links}} (`{url}`) enthält der Text {words, plural, =0 {keine Wörter} one {nur # Wort} other {nur # Wörter}}; eine Nachricht, die nur aus einem Link besteht, lässt Filtern nichts zu beurteilen außer dem Link, und genau so sehen Spam-Wellen aus.',
  'link-only-body/say-who':
    'Schreiben Sie in ein paar Sätzen, wer Sie sind, warum Sie schreiben und wohin der Link führt.',
  'link-shortener/shortened':
    '`{url}` läuft über den URL-Kürzer `{shortener}`, der das Ziel vor Lesern und Filtern verbirgt; Spam nutzt URL-Kürzer genau deshalb, und Filter misstrauen ihnen.',
  'link-shortener/use-full-address':
    'Verlinken Sie die vollständige Adresse der Seite auf Ihrer eigenen Domain.',
  'link-text-mismatch/branded-tracking':
    'Bitten Sie Ihren E-Mail-Anbieter um eine eigene Tracking-Domain (einen CNAME unter Ihrer eigenen Domain), oder zeigen Sie statt der Adresse `{shown}` einen Linktext wie „Besuchen Sie unsere Website“.',
  'link-text-mismatch/click-tracking':
    'Der Linktext zeigt `{shown}`, der Link führt aber zu `{target}`, einer Klick-Tracking-Weiterleitung. Bei Massenmails ist das üblich, doch manche Filter und Sicherheitswerkzeuge melden jeden Link, dessen Text und Ziel nicht übereinstimmen.',
  'link-text-mismatch/match-text':
    'Lassen Sie den Link dorthin führen, wohin sein Text verweist (`{shown}`), oder ändern Sie den Text so, dass er keine Adresse zeigt.',
  'link-text-mismatch/mismatch':
    'Der Linktext zeigt `{shown}`, der Link führt aber zu `{target}`: Ein Text, der eine Website verspricht, und ein Link zu einer anderen sind das klassische Erkennungszeichen von Phishing, und Filter vergeben dafür Punkte.',
  'link-text-mismatch/other-suffix':
    'Der Linktext zeigt `{shown}`, der Link führt aber zu `{target}`, demselben Namen mit einer anderen Endung. Gehören beide Ihnen, ist das für Leser harmlos, doch Filter können es nicht von einer Doppelgänger-Domain unterscheiden, die eine Marke nachahmt.',
  'link-text-mismatch/show-real-address':
    'Zeigen Sie die Adresse, zu der der Link tatsächlich führt (`{target}`), oder verlinken Sie auf `{shown}` selbst.',
  'lookalike-domain/all-lookalike':
    'besteht ganz aus Buchstaben, die wie lateinische aussehen',
  'lookalike-domain/compatibility':
    'verwendet Kompatibilitätszeichen, die wie `{normalized}` aussehen',
  'lookalike-domain/ideographic-dot':
    'trennt seine Labels mit Punkten, die ein Browser als `.` liest, sodass der Browser `{opens}` öffnet',
  'lookalike-domain/internationalised':
    'ist ein internationalisierter Name (nicht ASCII)',
  'lookalike-domain/invisible':
    'enthält unsichtbare Zeichen, die ein Browser weglässt, sodass der Browser `{opens}` öffnet',
  'lookalike-domain/lookalike-host':
    'Der Link-Host `{host}`{displays, select, yes { wird als `{shown}` angezeigt und} other {}} {why}; {strong, select, yes {so ahmt Homograph-Phishing eine vertraute Domain nach, und Filter vergeben dafür viele Punkte} other {Filter prüfen solche Hosts genauer, weil Homograph-Phishing sie nutzt}}.',
  'lookalike-domain/mixed-scripts':
    'mischt in einem Namen Buchstaben der {scripts} Schrift',
  'lookalike-domain/plain-ascii':
    'Verlinken Sie Ihren einfachen ASCII-Domainnamen; wenn Ihre Marke wirklich eine internationalisierte Domain nutzt, halten Sie deren Buchstaben in einer einzigen Schrift.',
  'lookalike-domain/script':
    '{script, select, latin {lateinischen} cyrillic {kyrillischen} greek {griechischen} armenian {armenischen} other {anderen}}',
  'machine-made-domain/machine-made':
    '`{url}` führt zu einem Hostnamen mit dem Teil `{label}`, {kind, select, hex {einer langen Ziffernfolge} consonants {sieben Konsonanten hintereinander} other {einem zufälligen Gemisch aus Buchstaben und Ziffern}}: Diesen Namen hat niemand zum Lesen gewählt. Spam- und Phishing-Wellen erzeugen solche Wegwerf-Domains zu Tausenden, und Filter geben dafür Punkte.',
  'machine-made-domain/readable-domain':
    'Verlinken Sie auf Ihre eigene, lesbare Domain; hat Ihnen ein Dienst eine erzeugte Adresse gegeben, legen Sie sie hinter eine Subdomain Ihrer Domain.',
  'many-domains/fewer-domains':
    'Verlinken Sie vor allem auf Ihre eigene Domain; streichen Sie unnötige Links und hosten Sie Ressourcen (Bilder, Dateien) auf Ihrer eigenen Website.',
  'many-domains/many-domains':
    'Die Links führen zu {partial, select, yes {mindestens } other {}}{count} verschiedenen Domains ({domains}, …); Filter schlagen jede davon in Domain-Sperrlisten nach, also ist jede weitere Domain eine Gefahr mehr, dass eine davon gelistet ist.',
  'odd-port-link/odd-port':
    '`{url}` nutzt Port {port}; Links zu einem Webserver auf einem ungewöhnlichen Port wirken auf Filter wie ein Heim- oder Wegwerfserver, und manche Firmen-Firewalls sperren sie.',
  'odd-port-link/standard-port':
    'Stellen Sie die Seite über den Standard-HTTPS-Port (443) bereit und entfernen Sie den `:port` aus dem Link.',
  'open-redirect/carries-target':
    '`{url}` enthält die Adresse einer anderen Website (`{target}`), an die `{host}` weiterleiten soll; so verbergen offene Weiterleitungen ein Ziel, und Filter stufen das als verdächtig ein.',
  'open-redirect/link-straight':
    'Verlinken Sie direkt auf die Zielseite (oder über das Klick-Tracking Ihres eigenen Versanddienstes), nicht über eine Weiterleitung auf einer fremden Website.',
  'open-redirect/listed-redirector':
    '`{url}` läuft über `{host}`, einen bekannten offenen Redirector, weiter zu `{target}`: So leiht sich Phishing den Ruf eines vertrauenswürdigen Hosts, deshalb schauen Filter hinter die Weiterleitung und misstrauen ihr.',
  'script-link/data-file':
    '`{url}` ist ein `data:`-Link: Er trägt ein Bild oder eine Datei in der Adresse, statt eine Seite zu öffnen. Mailprogramme blockieren solche Links, er bewirkt beim Leser also nichts.',
  'script-link/data-link':
    '`{url}` ist ein `data:`-Link: Er enthält ein ganzes Dokument, statt eine Seite zu öffnen – so zeigt Phishing ein gefälschtes Anmeldeformular ohne Adresse, die sich sperren ließe. Mailprogramme blockieren ihn, und Filter vergeben dafür Punkte.',
  'script-link/script-link':
    '`{url}` ist ein `{scheme}:`-Link: Er versucht, ein Skript auszuführen, was jedes Mailprogramm entfernt: Er bewirkt beim Leser nichts, und die Mail wirkt wie eine kopierte Webseite.',
  'script-link/use-https-link':
    'Ersetzen Sie ihn durch einen gewöhnlichen https://-Link auf eine Seite Ihrer Website.',
  'short-pitch/add-sender-details':
    'Schreiben Sie, wer Sie sind und warum Sie schreiben, fügen Sie Ihre Postanschrift und einen Abmeldelink hinzu, und verlinken Sie auf eine Seite Ihrer eigenen Domain.',
  'short-pitch/anonymous-sender':
    'gesendet von einem maschinell erzeugten Postfach (`{address}`), mit einem Link auf eine andere Domain',
  'short-pitch/link-to':
    '{suspect, select, ip {ein Link auf eine IP-Adresse} tld {ein Link auf eine `.{tld}`-Domain} shortener {ein Link über einen URL-Kürzer} machine-made {ein Link auf einen maschinell erzeugten Hostnamen (`{host}`)} other {ein Link auf kostenloses Hosting (`{host}`)}}',
  'short-pitch/sales-wording':
    'Verkaufsfloskeln wie `{phrase}`',
  'short-pitch/short-pitch':
    'Der Text ist ein kurzes Verkaufsangebot ({words} Wörter, {why}), dessen Links alle zu `{domain}` führen, ohne Angaben zum Absender: keine Postanschrift und keine Möglichkeit zur Abmeldung. Genau so sehen Spam-Massensendungen aus, und Filter vergeben Punkte für kurze Nachrichten mit nur einem Link.',
  'suspicious-tld/suspicious-tld':
    '`{url}` liegt auf `{domain}` unter der Top-Level-Domain `.{tld}`, die einen großen Teil der Spam- und Phishing-Websites beherbergt; Filter vergeben für Links dorthin zusätzliche Punkte.',
  'suspicious-tld/use-main-domain':
    'Hosten Sie die Seite auf Ihrer Hauptdomain (einer .com-, .org- oder Länder-Domain, die Sie seit Jahren nutzen) statt auf einer `.{tld}`-Domain.',
  'unsubscribe-on-ip/host-unsubscribe':
    'Hosten Sie die Abmeldeseite per HTTPS auf Ihrer eigenen Domain (oder nutzen Sie den Abmeldelink Ihres Versanddienstes) und fügen Sie einen List-Unsubscribe-Header hinzu.',
  'unsubscribe-on-ip/unsubscribe-on-ip':
    'Der Abmeldelink `{url}` verweist auf die IP-Adresse `{host}` statt auf Ihre Domain; eine Abmeldung auf einer bloßen IP-Adresse ist ein Kennzeichen kurzlebiger Spam-Infrastruktur, und Empfänger können nicht erkennen, wovon sie sich abmelden.',
  'userinfo-link/fake-host':
    '`{url}` beginnt mit `{userinfo}@`, was sich wie der Name der Website liest, doch der Link führt in Wahrheit zu `{host}`; dieser Trick ist ein Kennzeichen von Phishing, und Filter vergeben dafür viele Punkte.',
  'userinfo-link/remove-userinfo':
    'Entfernen Sie alles zwischen `://` und `@`, damit der Link den echten Host zeigt.',
  'userinfo-link/user-name':
    '`{url}` enthält vor dem Host einen Benutzernamen (`{userinfo}@`); Browser warnen vor solchen Links, und Filter stufen sie als verdächtig ein.',
} satisfies Catalogue;
