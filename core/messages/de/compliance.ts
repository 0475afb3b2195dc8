// The compliance rules in German (core/rules/compliance/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
import type { Catalogue } from '../index.ts';

/** What made a mail bulk (core/rules/bulk-reasons.ts), for each rule that names it. */
function reasons(rule: string): Catalogue {
  return {
    [`${rule}/reason-header`]: 'ein {header}-Header',
    [`${rule}/reason-images`]: '{count} Bilder',
    [`${rule}/reason-links`]: '{count} Links',
    [`${rule}/reason-list`]: '{first}, {rest}',
    [`${rule}/reason-phrases`]: '{count} Trigger-Phrasen',
  };
}

export default {
  ...reasons('missing-list-unsubscribe'),
  'missing-list-unsubscribe/add-headers':
    'Fügen Sie „List-Unsubscribe: <https://your-domain.example/unsubscribe?id=…>“ und „List-Unsubscribe-Post: List-Unsubscribe=One-Click“ hinzu (die meisten Versanddienste haben dafür eine Einstellung).',
  'missing-list-unsubscribe/add-https-post':
    'Tragen Sie in List-Unsubscribe eine https-Abmeldeadresse ein und fügen Sie den Header „List-Unsubscribe-Post: List-Unsubscribe=One-Click“ hinzu; die Adresse muss bei einem POST ohne weitere Klicks abmelden.',
  'missing-list-unsubscribe/no-header':
    'Diese E-Mail wirkt wie ein Massenversand ({reasons}), hat aber keinen List-Unsubscribe-Header. Gmail und Yahoo verlangen ihn seit 2024 von Massenversendern, zusammen mit der Ein-Klick-Abmeldung (RFC 8058); ohne ihn landet die E-Mail im Spam oder wird abgelehnt.{linked, select, yes { Der Abmeldelink im Text gibt den Lesern einen Ausweg, daher ist dies hier eine Anforderung an den Absender, ohne Punkte.} other {}}',
  'missing-list-unsubscribe/no-https':
    'Der List-Unsubscribe-Header `{header}` enthält keine https-Adresse, daher kann die Ein-Klick-Abmeldung (RFC 8058), die Gmail und Yahoo seit 2024 von Massenversendern verlangen, nicht funktionieren.',
  'missing-list-unsubscribe/no-post':
    'Die E-Mail hat einen List-Unsubscribe-Header, aber kein `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. Gmail und Yahoo verlangen seit 2024 von Massenversendern die Ein-Klick-Abmeldung (RFC 8058).',
  ...reasons('missing-postal-address'),
  'missing-postal-address/add-address':
    'Fügen Sie Ihre Postanschrift in die Fußzeile ein (Straße, Postleitzahl, Ort; ein eingetragenes Postfach genügt), neben den Abmeldelink.',
  'missing-postal-address/add-address-if-list':
    'Wenn dies ein Newsletter oder ein Angebot ist, fügen Sie Ihre Postanschrift in die Fußzeile ein.',
  'missing-postal-address/add-address-to-footer':
    'Fügen Sie Ihre Postanschrift in die Fußzeile ein, neben den Abmeldelink.',
  'missing-postal-address/anonymous-bulk':
    'Diese E-Mail wirkt wie ein Massenversand ({reasons}), zeigt aber keine Postanschrift. Inhaltsfilter bewerten das nicht, doch CAN-SPAM verlangt in Werbe-E-Mails eine gültige physische Anschrift, und Leser, die nicht erkennen, wer ihnen einen Massenversand schickt, melden ihn schnell als Spam.',
  'missing-postal-address/identified-bulk':
    'Diese E-Mail wirkt wie ein Massenversand ({reasons}) und zeigt keine Postanschrift. Der Absender ist anderweitig erkennbar (ein benannter From auf eigener Domain, Links dorthin, ein Abmeldelink), sodass Leser wissen, wer ihnen schreibt; CAN-SPAM verlangt in Werbe-E-Mails dennoch eine gültige physische Anschrift.',
  'missing-postal-address/personal-note':
    'Die E-Mail zeigt keine Postanschrift. Für eine persönliche Nachricht ist das in Ordnung, aber Werbe-E-Mails an eine Liste müssen eine enthalten (CAN-SPAM).',
  ...reasons('missing-unsubscribe'),
  'missing-unsubscribe/add-link':
    'Fügen Sie in die Fußzeile einen sichtbaren Link „{label}“ ein, der mit einem Klick funktioniert, und einen List-Unsubscribe-Header, wenn Sie über Ihren eigenen Server versenden.',
  'missing-unsubscribe/add-link-if-list':
    'Wenn diese E-Mail an eine Liste geht, fügen Sie in die Fußzeile einen sichtbaren Link „{label}“ ein.',
  'missing-unsubscribe/bulk-without-opt-out':
    'Diese E-Mail wirkt wie ein Massenversand ({reasons}), bietet aber keine Möglichkeit zur Abmeldung. Massen-E-Mails müssen eine Abmeldemöglichkeit enthalten (CAN-SPAM, DSGVO, Absenderregeln von Gmail und Yahoo), und Leser, die sich nicht abmelden können, klicken auf „Spam melden“, was jedem späteren Versand schadet.',
  'missing-unsubscribe/personal-note':
    'Die E-Mail hat weder einen Abmeldelink noch einen Hinweis zur Abmeldung. Für eine persönliche Nachricht ist das in Ordnung, aber jede E-Mail an eine Liste braucht eine Abmeldemöglichkeit.',
  'remove-opt-out/one-click-unsubscribe':
    'Bieten Sie in der Fußzeile einen Ein-Klick-Link „Abmelden“ und einen List-Unsubscribe-Header (RFC 8058) an, statt eine Antwort mit „remove“ zu verlangen.',
  'remove-opt-out/remove-request':
    '{kind, select, address {Die Adresse `{evidence}`} link {Der Link `{evidence}`} other {`{evidence}`}} fordert die Leser auf, sich abzumelden, indem sie „remove“ senden oder anklicken. Diese manuelle Austragung ist die Abmeldung des alten Massen-Spams (sie bestätigte aktive Adressen), und Filter bewerten die Formulierung bis heute.{own, select, yes { Sie führt zur eigenen Domain des Absenders zurück, wie die Austragung von Listensoftware, und zählt daher weniger.} other {}}',
  'sender-identity/identified':
    'Die E-Mail sagt, wer sie sendet: `{sender}` nennt den Absender auf seiner eigenen Domain, und {route, select, link {ihr Abmeldelink führt} header {ihr List-Unsubscribe-Header führt} other {ihr Abmeldelink und ihr List-Unsubscribe-Header führen}} zurück zu `{domain}`{postalAddress, select, yes {; sie nennt auch eine Postanschrift} other {}}. Eine Liste, die ihre Abmeldungen selbst bearbeitet, ist ein auffindbarer Absender: Filter und Leser vertrauen ihm, das zieht bis zu einen Punkt ab.',
  'sender-identity/keep-consistent':
    'Halten Sie Absendernamen und From-Domain einheitlich, und lassen Sie Abmeldelink und List-Unsubscribe-Header auf Ihrer eigenen Domain.',
} satisfies Catalogue;
