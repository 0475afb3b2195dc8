// The compliance rules in Spanish (core/rules/compliance/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
import type { Catalogue } from '../index.ts';

/** What made a mail bulk (core/rules/bulk-reasons.ts), for each rule that names it. */
function reasons(rule: string): Catalogue {
  return {
    [`${rule}/reason-header`]: 'una cabecera {header}',
    [`${rule}/reason-images`]: '{count} imágenes',
    [`${rule}/reason-links`]: '{count} enlaces',
    [`${rule}/reason-list`]: '{first}, {rest}',
    [`${rule}/reason-phrases`]: '{count} frases desencadenantes',
  };
}

export default {
  ...reasons('missing-list-unsubscribe'),
  'missing-list-unsubscribe/add-headers':
    'Añada «List-Unsubscribe: <https://your-domain.example/unsubscribe?id=…>» y «List-Unsubscribe-Post: List-Unsubscribe=One-Click» (la mayoría de los proveedores de envío tienen una opción para ello).',
  'missing-list-unsubscribe/add-https-post':
    'Añada una dirección de baja https a List-Unsubscribe y la cabecera «List-Unsubscribe-Post: List-Unsubscribe=One-Click»; la dirección debe dar de baja con un POST, sin más clics.',
  'missing-list-unsubscribe/no-header':
    'Este correo parece un envío masivo ({reasons}), pero no tiene cabecera List-Unsubscribe. Gmail y Yahoo la exigen a los remitentes masivos desde 2024, junto con la baja en un clic (RFC 8058); sin ella, el correo acaba en spam o es rechazado.{linked, select, yes { El enlace de baja del cuerpo ofrece a los lectores una salida, así que aquí es un requisito para el remitente, sin puntos.} other {}}',
  'missing-list-unsubscribe/no-https':
    'La cabecera List-Unsubscribe `{header}` no tiene ninguna dirección https, así que la baja en un clic (RFC 8058), que Gmail y Yahoo exigen a los remitentes masivos desde 2024, no puede funcionar.',
  'missing-list-unsubscribe/no-post':
    'El correo tiene una cabecera List-Unsubscribe, pero no `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. Gmail y Yahoo exigen la baja en un clic (RFC 8058) a los remitentes masivos desde 2024.',
  ...reasons('missing-postal-address'),
  'missing-postal-address/add-address':
    'Añada su dirección postal al pie (calle, ciudad, código postal; un apartado de correos registrado es válido), junto al enlace de baja.',
  'missing-postal-address/add-address-if-list':
    'Si se trata de un boletín o de una oferta, añada su dirección postal al pie.',
  'missing-postal-address/add-address-to-footer':
    'Añada su dirección postal al pie, junto al enlace de baja.',
  'missing-postal-address/anonymous-bulk':
    'Este correo parece un envío masivo ({reasons}), pero no muestra ninguna dirección postal. Los filtros de contenido no lo puntúan; sin embargo, la ley CAN-SPAM exige una dirección física válida en el correo comercial, y los lectores que no saben quién les envía un correo masivo lo marcan enseguida como spam.',
  'missing-postal-address/identified-bulk':
    'Este correo parece un envío masivo ({reasons}) y no muestra ninguna dirección postal. El remitente está identificado de otro modo (un From con nombre en su propio dominio, enlaces a él, un enlace de baja), así que los lectores saben quién les escribe; aun así, la ley CAN-SPAM exige una dirección física válida en el correo comercial.',
  'missing-postal-address/personal-note':
    'El correo no muestra ninguna dirección postal. Para un mensaje personal no pasa nada, pero el correo comercial enviado a una lista debe incluirla (CAN-SPAM).',
  ...reasons('missing-unsubscribe'),
  'missing-unsubscribe/add-link':
    'Añada al pie un enlace «{label}» visible que funcione con un clic, y una cabecera List-Unsubscribe si envía desde su propio servidor.',
  'missing-unsubscribe/add-link-if-list':
    'Si este correo va a una lista, añada al pie un enlace «{label}» visible.',
  'missing-unsubscribe/bulk-without-opt-out':
    'Este correo parece un envío masivo ({reasons}), pero no ofrece ninguna forma de darse de baja. El correo masivo debe incluir una opción de baja (CAN-SPAM, RGPD, normas para remitentes de Gmail y Yahoo), y los lectores que no pueden irse pulsan «Marcar como spam», lo que perjudica a todos los envíos posteriores.',
  'missing-unsubscribe/personal-note':
    'El correo no tiene enlace de baja ni texto para darse de baja. Para un mensaje personal no pasa nada, pero cualquier correo enviado a una lista lo necesita.',
  'remove-opt-out/one-click-unsubscribe':
    'Ofrezca al pie un enlace «Darse de baja» de un solo clic y una cabecera List-Unsubscribe (RFC 8058) en lugar de pedir una respuesta con «remove».',
  'remove-opt-out/remove-request':
    '{kind, select, address {La dirección `{evidence}`} link {El enlace `{evidence}`} other {`{evidence}`}} pide a los lectores que se den de baja enviando o pulsando «remove». Esa baja manual es la del antiguo spam masivo (servía para confirmar direcciones activas), y los filtros todavía puntúan esa formulación.{own, select, yes { Vuelve al propio dominio del remitente, como las bajas del software de listas, así que cuenta menos.} other {}}',
  'sender-identity/identified':
    'El correo dice quién lo envía: `{sender}` nombra a su remitente en su propio dominio, y {route, select, link {su enlace de baja lleva} header {su cabecera List-Unsubscribe lleva} other {su enlace de baja y su cabecera List-Unsubscribe llevan}} de vuelta a `{domain}`{postalAddress, select, yes {; también muestra una dirección postal} other {}}. Una lista que gestiona sus propias bajas es un remitente localizable: los filtros y los lectores confían en él, así que esto resta hasta un punto.',
  'sender-identity/keep-consistent':
    'Mantenga coherentes el nombre del remitente y el dominio del From, y mantenga el enlace de baja y la cabecera List-Unsubscribe en su propio dominio.',
} satisfies Catalogue;
