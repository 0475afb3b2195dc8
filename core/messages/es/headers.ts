// The headers rules in Spanish (core/rules/headers/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// Spanish quotation marks «…», formal address (usted). Header names, header syntax (From: "…" <…>) and the RFC 5322 date format stay as they are written.
import type { Catalogue } from '../index.ts';

export default {
  'date-without-zone/no-zone':
    'El encabezado Date `{date}` no tiene una zona horaria válida. La RFC 5322 exige una zona numérica como «+0000», y los servidores de correo y los clientes de correo reales siempre la escriben; las fechas sin zona proceden de scripts de envío masivo, y los filtros las penalizan.',
  'date-without-zone/numeric-zone':
    'Deje que su servidor de correo o su ESP establezca el encabezado Date, o escríbalo con una zona numérica, por ejemplo «Tue, 14 May 2024 09:30:00 +0000».',
  'display-name-brand/brand-name':
    'El nombre del remitente `{name}` menciona a {brand}, pero el correo procede de `{domain}`. La mayoría de los programas de correo muestran solo el nombre, así que esto parece una suplantación de identidad, lo primero que falsifica el phishing.',
  'display-name-brand/brand-on-open-mailbox':
    'El nombre del remitente `{name}` menciona a {brand}, pero la dirección está en `{domain}`, donde cualquiera puede crear una cuenta de correo; {brand} no envía su propio correo desde una dirección así. La mayoría de los programas de correo muestran solo el nombre, así que esto parece una suplantación de identidad, lo primero que falsifica el phishing.',
  'display-name-brand/own-name':
    'Ponga el nombre de su propia organización como nombre del remitente; si escribe en nombre de {brandWord}, envíe desde un dominio que esa marca autorice (con SPF, DKIM y DMARC alineados).',
  'display-name-urgency/alarm-word':
    'El nombre del remitente `{name}` usa la palabra alarmista `{word}`. Los remitentes cuyo nombre suena urgente u oficial son típicos del phishing, y los filtros y los lectores desconfían de ellos.',
  'display-name-urgency/as-brand-writes-it':
    'Escriba el nombre del remitente como lo escribe la marca («Acme Store», no «ACME STORE SALES»).',
  'display-name-urgency/capitals':
    'El nombre del remitente `{name}` está en mayúsculas. Un nombre de remitente que grita parece spam, tanto a los filtros como a los lectores.',
  'display-name-urgency/name-is-address':
    'El nombre del remitente es la dirección `{shown}`, pero el correo procede de `{from}`. La mayoría de los programas de correo muestran solo el nombre, así que esto parece una suplantación de identidad, un patrón de phishing que los filtros buscan.',
  'display-name-urgency/name-shows-address':
    'El nombre del remitente `{name}` muestra la dirección `{shown}`, pero el correo procede de `{from}`. La mayoría de los programas de correo muestran solo el nombre, así que esto parece una suplantación de identidad, un patrón de phishing que los filtros buscan.',
  'display-name-urgency/plain-name':
    'Use un nombre sencillo como nombre visible (su marca o su nombre), nunca una dirección de correo electrónico.',
  'display-name-urgency/team-name':
    'Use el nombre de su marca o de su equipo tal cual («Acme Facturación») y ponga en el asunto de qué trata el correo.',
  'fake-reply-subject/drop-fwd':
    'Quite el «Fwd:» y escriba un asunto que diga de qué trata el correo.',
  'fake-reply-subject/drop-re':
    'Quite el «Re:» salvo que el correo responda de verdad a un mensaje del lector (en ese caso, responda desde su programa de correo, que añade los encabezados).',
  'fake-reply-subject/fake-forward':
    'El asunto empieza por `{prefix}`, pero el mensaje no lleva encabezado In-Reply-To ni References. A los reenvíos a menudo les faltan, pero un envío masivo disfrazado de reenvío parece un truco de spam.',
  'fake-reply-subject/fake-reply':
    'El asunto empieza por `{prefix}`, pero el mensaje no tiene encabezado In-Reply-To ni References, así que no responde a ningún correo anterior. Las respuestas falsas son un truco de spam conocido y los filtros las comprueban.',
  'forged-mail-client/fake-outlook-express':
    'El encabezado X-Mailer dice `{mailer}`, pero el Message-ID `{id}` no es de los que escribe Outlook Express (crea él mismo cada identificador, con la forma `<hex$hex$hex@host>`). El software de spam copia el X-Mailer del programa de correo de una persona y fabrica sus propios identificadores, y los filtros detectan la discrepancia.',
  'forged-mail-client/honest-mailer':
    'Deje que el software que realmente envía el correo escriba su propio X-Mailer (o ninguno), y que él o su servidor de correo cree el Message-ID.',
  'forged-message-id/fake-outlook-id':
    'El Message-ID `{id}` tiene la forma de los de Outlook, pero no la marca de tiempo que Outlook escribe en ellos. El software de envío masivo falsifica así los identificadores, y los filtros reconocen la falsificación.',
  'forged-message-id/let-server-create':
    'Deje que su servidor de correo, su ESP o su programa de correo cree el Message-ID (`<unique-part@your-domain>`); no genere nunca identificadores que imiten a otros.',
  'freemail-from/free-mailbox':
    'El correo procede de `{address}`, un buzón gratuito. El correo masivo desde una dirección de consumo no supera DMARC si no se envía a través de los propios servidores de {domain} (Gmail, Yahoo y AOL publican políticas de rechazo o cuarentena), y los filtros consideran a los remitentes con buzón gratuito una señal de spam y de estafa.',
  'freemail-from/own-domain':
    'Envíe desde una dirección de un dominio propio, con SPF, DKIM y DMARC configurados para el servidor o el ESP que lo envía.',
  'freemail-reply-to/free-reply-to':
    'Las respuestas van a `{address}`, un buzón gratuito, mientras que el correo procede de `{domain}`. Que una organización reciba sus respuestas en una dirección gratuita es el método de las estafas de pago por adelantado y del fraude del CEO, y los filtros lo penalizan.',
  'freemail-reply-to/reply-to-own-domain':
    'Ponga en Reply-To una dirección de {domain} (o elimine Reply-To para que las respuestas vayan al remitente).',
  'from-without-name/add-name':
    'Añada un nombre visible: From: "Su empresa" <{address}>.',
  'from-without-name/no-name':
    'El correo procede de `{address}` sin nombre visible, así que los lectores solo ven una dirección desnuda. Quien escribe a sus lectores se identifica con un nombre; los remitentes sin nombre parecen scripts de envío masivo, tanto a los filtros como a las personas.',
  'from-without-name/no-name-own-domain':
    'El correo procede de `{address}` sin nombre visible, así que los lectores solo ven una dirección desnuda. La dirección está en el dominio propio del remitente y su baja lleva de vuelta a él: el dominio nombra al remitente, así que es un consejo y no suma puntos. Un nombre se lee mejor que una dirección.',
  'high-priority/remove-priority':
    'Elimine el encabezado {field} (o póngalo en normal) y deje que el contenido diga lo que importa.',
  'high-priority/urgent':
    'El encabezado `{header}` marca el correo como urgente. Los remitentes masivos y los kits de phishing fijan una prioridad alta para llamar la atención, por eso los filtros la penalizan; ningún boletín ni notificación la necesita.',
  'machine-made-mailbox/random-mailbox':
    'El correo viene de `{address}`, cuyo nombre de buzón `{mailbox}` {kind, select, mixed-case {mezcla mayúsculas y minúsculas en trozos cortos} other {mezcla letras y cifras al azar}}: nadie lo eligió para que se lea ni para responder a él. Las campañas de spam y phishing generan un buzón así en cada envío para que ninguna lista de bloqueo las alcance, y los filtros penalizan un remitente que parece aleatorio.',
  'machine-made-mailbox/stable-mailbox':
    'Envíe desde un buzón estable en su propio dominio, que los lectores reconozcan y al que puedan responder (news@, hola@, el nombre de una persona).',
  'malformed-from/comma-in-name':
    'El campo From `{field}` tiene una coma fuera de comillas en su nombre visible, así que se lee como una lista de dos remitentes, uno de ellos sin dirección. Los kits de phishing escriben remitentes así; Microsoft 365 y Outlook.com rechazan esos mensajes, y los filtros los penalizan.',
  'malformed-from/malformed-address':
    'El mensaje viene de `{address}`, que no es una dirección desde la que pueda enviarse correo: {problem, select, no-tld {su dominio `{domain}` no tiene dominio de nivel superior como .com} other {su dominio `{domain}` contiene caracteres que ningún nombre de dominio puede tener}}. Los kits de phishing escriben remitentes así para mostrar una marca o una autoridad donde debería ir la dirección; Microsoft 365 y Outlook.com rechazan esos mensajes, y los filtros los penalizan.',
  'malformed-from/quote-name':
    'Ponga entre comillas dobles un nombre visible que contenga una coma: `"Doe, Jane" <jane@example.com>`.',
  'malformed-from/valid-address':
    'Envíe desde un buzón real en su propio dominio, escrito como `"Su nombre" <nombre@example.com>`.',
  'malformed-mime-headers/add-mime-version':
    'Corrija el código o la plantilla que escribe sus encabezados: añada `MIME-Version: 1.0` junto a Content-Type, o construya el mensaje con una biblioteca MIME (el módulo de correo de su lenguaje, Nodemailer, PHPMailer) en lugar de escribir los encabezados usted mismo.',
  'malformed-mime-headers/content-type-only':
    'El mensaje tiene un encabezado `Content-Type: {type}` pero ningún encabezado MIME-Version. La RFC 2045 exige `MIME-Version: 1.0` en todo mensaje MIME; las bibliotecas de correo, los clientes de correo y los ESP siempre lo escriben. Su ausencia delata encabezados escritos a mano, como los escribe el software de spam, y los filtros la penalizan (MIME_HEADER_CTYPE_ONLY de SpamAssassin).',
  'malformed-mime-headers/control-characters':
    'El asunto `{subject}` contiene {count, plural, one {# carácter de control} other {# caracteres de control}} (mostrados como ␁, ␡, etc.), códigos invisibles que ninguna biblioteca de correo escribe en un encabezado. Los campos de encabezado deben ser ASCII imprimible (RFC 5322); los clientes de correo los muestran como recuadros o los omiten, y los filtros los penalizan (SUBJ_ILLEGAL_CHARS de SpamAssassin).',
  'malformed-mime-headers/encode-subject':
    'Haga que su código de envío codifique el asunto en UTF-8 como palabra codificada (`=?UTF-8?B?…?=`); una biblioteca de correo lo hace cuando usted le pasa el asunto como texto. Compruebe en qué juego de caracteres lo entrega su plantilla o su base de datos: estos bytes llegaron en otro.',
  'malformed-mime-headers/raw-subject':
    'El asunto `{subject}` contiene {count, plural, one {# carácter} other {# caracteres}} que ninguna biblioteca de correo escribe ahí: bytes sin procesar de un juego de caracteres distinto de UTF-8 (mostrados como �) o caracteres de control. Los campos de encabezado deben ser ASCII simple (RFC 5322), y cualquier otro texto se escribe como palabras codificadas según la RFC 2047; los bytes sin procesar llegan ilegibles al lector, y los filtros los penalizan (SUBJ_ILLEGAL_CHARS de SpamAssassin).',
  'malformed-mime-headers/remove-control-characters':
    'Quite los caracteres de control del asunto antes de enviar: vienen de los datos que lo rellenan (un campo de base de datos, una celda de hoja de cálculo, un texto copiado de otro programa), no de una biblioteca de correo. Revise el código que construye el asunto a partir de esos datos.',
  'missing-date/bad-date':
    'El encabezado Date `{date}` no es una fecha en el formato de la RFC 5322. Los filtros tratan las fechas mal formadas como si faltaran.',
  'missing-date/fix-date':
    'Escriba la fecha como exige la RFC 5322, por ejemplo «Tue, 14 May 2024 09:30:00 +0000».',
  'missing-date/no-date':
    'El mensaje no tiene encabezado Date. Todo mensaje debe llevar uno (RFC 5322), y un correo sin él parece enviado por software de spam.',
  'missing-date/set-date':
    'Envíe a través de un servidor de correo o un ESP que establezca Date, o establézcalo en su código de envío (en formato RFC 5322, por ejemplo «Tue, 14 May 2024 09:30:00 +0000»).',
  'missing-message-id/bad-message-id':
    'El Message-ID `{id}` no tiene la forma `<id@domain>` (RFC 5322). Los identificadores mal formados son típicos del software de envío masivo casero.',
  'missing-message-id/fix-message-id':
    'Genere los Message-ID con la forma «<unique-id@your-domain.example>».',
  'missing-message-id/no-message-id':
    'El mensaje no tiene encabezado Message-ID. Los servidores de correo y los ESP siempre añaden uno, así que su ausencia sugiere que el correo los ha eludido, un rasgo del software de spam.',
  'missing-message-id/set-message-id':
    'Envíe a través de un servidor de correo o un ESP que establezca Message-ID, o genere uno en su código de envío («<unique-id@your-domain.example>»).',
  'recipient-in-subject/address-in-subject':
    'El asunto nombra la propia dirección del destinatario, `{address}`. Los kits de phishing la rellenan para que el correo parezca un aviso del propio sistema de correo del lector, y las campañas de spam lo hacen para que cada copia sea distinta; los filtros penalizan una dirección To en el asunto.',
  'recipient-in-subject/name-not-address':
    'Salude al lector por su nombre y deje que el asunto diga de qué trata el correo.',
  'sender-alignment/align-with-from':
    'Firme con DKIM como su dominio From (d=su dominio) o envíe con un Return-Path en su dominio que su registro SPF cubra.',
  'sender-alignment/dkim-fail':
    'El Authentication-Results del receptor indica `dkim={result}`: la firma DKIM no se verifica, así que el correo puede haber sido alterado o la clave es incorrecta. Una firma rota cuenta como si no hubiera ninguna.',
  'sender-alignment/dmarc-fail':
    'El Authentication-Results del receptor indica `dmarc=fail`: ningún resultado correcto de SPF o DKIM se alinea con el dominio From{known, select, yes { `{domain}`} other {}}. Los receptores ponen en cuarentena o rechazan ese correo cuando la política DMARC del dominio se lo pide, y Gmail y Yahoo exigen a los remitentes masivos la alineación DMARC.',
  'sender-alignment/fix-dkim':
    'Compruebe que la clave pública DKIM del DNS coincide con la clave de firma y que nada reescribe el correo después de firmarlo (pies de página, seguimiento de enlaces añadido después).',
  'sender-alignment/fix-spf':
    'Añada su servicio de envío al registro SPF del dominio del Return-Path (su línea «include:»), o envíe a través de un servidor que ya figure en él.',
  'sender-alignment/not-aligned':
    'El correo está firmado con DKIM por `{signer}`, no por el dominio From `{domain}`, y su Return-Path tampoco está en ese dominio. Nada se alinea con From, así que una comprobación DMARC fallaría; Gmail y Yahoo exigen la alineación a los remitentes masivos.',
  'sender-alignment/sign-as-from':
    'Configure la firma DKIM para {domain} en su servicio de envío (con el registro CNAME o TXT que le proporcione), o use un Return-Path personalizado en {domain}.',
  'sender-alignment/spf-fail':
    'El Authentication-Results del receptor indica `spf={result}`: el servidor que envió este correo no figura en el registro SPF del dominio remitente. Los receptores consideran los fallos de SPF una señal de falsificación.',
  'subject-adv-label/adv-label':
    'El asunto lleva la etiqueta `{label}` de la publicidad no solicitada. El spam masivo estaba obligado a etiquetarse así, y los filtros penalizan la etiqueta; ningún boletín legítimo la usa.',
  'subject-adv-label/remove-label':
    'Quite la etiqueta «ADV» y escriba un asunto que diga de qué trata el correo; escriba solo a quien lo haya pedido.',
  'subject-all-caps/capitals':
    'El asunto `{subject}` está escrito en mayúsculas. Los asuntos que gritan son una señal clásica de spam que los filtros penalizan por sí sola, y los lectores los pasan por alto.',
  'subject-all-caps/sentence-case':
    'Escriba el asunto en minúsculas, con mayúscula inicial, y reserve las mayúsculas para nombres y siglas («Última oportunidad: 20 % de descuento hasta esta noche»).',
  'subject-currency-or-url/link-in-body':
    'Pase el enlace al cuerpo del mensaje, sobre un texto de enlace descriptivo; en el asunto, nombre la marca en lugar de su dirección.',
  'subject-currency-or-url/money':
    'El asunto menciona una suma de dinero, `{amount}`. Las cantidades en el asunto son típicas del spam de premios, préstamos e inversiones, y los filtros las tienen en cuenta.',
  'subject-currency-or-url/money-in-body':
    'No ponga dinero en el asunto; diga de qué trata el correo y dé las cifras en el cuerpo.',
  'subject-currency-or-url/web-address':
    'El asunto contiene una dirección web, `{url}`. Los enlaces en el asunto son raros en el correo legítimo y frecuentes en el spam, y un enlace ahí no se puede comprobar antes de leerlo.',
  'subject-padding/padded':
    'El asunto tiene {spaces} espacios seguidos antes de `{tag}`. Rellenar un asunto con espacios para empujar una etiqueta fuera de la vista es lo que hace el software de envío masivo para que cada copia sea única, y los filtros lo penalizan.',
  'subject-padding/remove-spaces':
    'Elimine la serie de espacios (y cualquier etiqueta de seguimiento que la siga); ponga un número de referencia en el cuerpo o en un encabezado.',
  'subject-shouting/one-mark':
    'Use como mucho un signo de exclamación y ninguna serie de símbolos; deje que las palabras transmitan el mensaje.',
  'subject-shouting/shouts':
    'El asunto grita con `{run}`. Las series de signos de exclamación o de dólar son típicas de los asuntos de spam, y los filtros las penalizan.',
  'undisclosed-recipients/hidden':
    '{empty, select, yes {El encabezado To está vacío} other {`{header}`}}: los destinatarios están ocultos, así que cada lector ha recibido una copia oculta. Así se envían de forma masiva el spam y las estafas; los boletines y las notificaciones ponen a cada lector en To.',
  'undisclosed-recipients/one-per-recipient':
    'Envíe un mensaje por destinatario con su dirección en To (cualquier ESP o combinación de correspondencia lo hace), en lugar de un solo mensaje con copia oculta a una lista.',
} satisfies Catalogue;
