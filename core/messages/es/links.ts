// The links rules in Spanish (core/rules/links/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
import type { Catalogue } from '../index.ts';

export default {
  'brand-link-mismatch/link-to-brand':
    'Si escribe en nombre de {brand}, enlace a su propio dominio; si solo la menciona, hágalo más abajo y deje claro quién es usted.',
  'brand-link-mismatch/names-brand':
    'El correo menciona `{brand}` {where, select, subject {en el asunto} other {al principio}}, pero ninguno de sus enlaces lleva a un dominio de {brand}: llevan a `{target}`. Usar el nombre de una marca y enviar a los lectores a otro sitio es el aspecto típico del phishing de marca, y los filtros comparan una cosa con la otra.',
  'free-hosting-link/free-host':
    '`{url}` es una página en `{host}`, un servicio gratuito de alojamiento o de formularios donde cualquiera puede publicar en minutos bajo un nombre de confianza; el phishing y el spam alojan allí sus páginas para aprovechar su reputación, por eso los filtros suman puntos a estos enlaces.',
  'free-hosting-link/use-own-domain':
    'Enlace a una página de su propio dominio (sirve un dominio personalizado en el mismo servicio) o explique en el texto quién gestiona la página y por qué.',
  'ip-address-link/ip-host':
    '`{url}` apunta a {kind, select, disguised {una dirección IP disfrazada de número} private {una dirección IP de red privada} other {una simple dirección IP}} (`{host}`) en lugar de a un nombre de dominio; el spam enlaza así para esquivar las listas de bloqueo de dominios, por eso los filtros lo penalizan{kind, select, disguised { mucho} other {}}.',
  'ip-address-link/use-domain-name':
    'Enlace a un nombre de dominio de su propiedad (https://www.example.com/…), servido por HTTPS.',
  'link-density/dense':
    '{links} enlaces distintos en {words} palabras (uno cada {every, number, ::.0} palabras): a los filtros, un texto hecho sobre todo de enlaces les parece una granja de enlaces o spam de afiliados.',
  'link-density/fewer-links':
    'Quédese solo con los pocos enlaces que importan y acompañe cada uno de una frase de contexto.',
  'links-elsewhere/link-home':
    'Enlace a páginas del dominio desde el que envía, o envíe desde el dominio de sus enlaces, para que lectores y filtros vean una sola organización.',
  'links-elsewhere/one-destination':
    'Todos los enlaces del correo ({links, plural, one {# enlace} other {# enlaces}}) llevan a `{domain}` y ninguno a `{fromDomain}`, el dominio desde el que se envía. Enviar desde un dominio y mandar a cada lector a otro es el aspecto del phishing y de los envíos de spam; los filtros comparan el remitente con el destino de los enlaces.',
  'link-only-body/just-a-link':
    'Aparte {links, plural, one {del enlace} other {de los enlaces}} (`{url}`), el cuerpo {words, plural, =0 {no tiene ninguna palabra} one {solo tiene # palabra} other {solo tiene # palabras}}; un mensaje que es solo un enlace no da a los filtros nada que juzgar salvo el enlace, y así son exactamente los envíos masivos de spam.',
  'link-only-body/say-who':
    'Explique en unas pocas frases quién es, por qué escribe y adónde lleva el enlace.',
  'link-shortener/shortened':
    '`{url}` pasa por el acortador de URL `{shortener}`, que oculta el destino al lector y a los filtros; el spam usa acortadores precisamente por eso, y los filtros desconfían de ellos.',
  'link-shortener/use-full-address':
    'Enlace a la dirección completa de la página en su propio dominio.',
  'link-text-mismatch/branded-tracking':
    'Pida a su proveedor de envíos un dominio de seguimiento con su marca (un CNAME bajo su propio dominio), o muestre un texto de enlace como «Visite nuestro sitio» en lugar de la dirección `{shown}`.',
  'link-text-mismatch/click-tracking':
    'El texto del enlace muestra `{shown}`, pero el enlace lleva a `{target}`, una redirección de seguimiento de clics. Es habitual en los envíos masivos, pero algunos filtros y herramientas de seguridad marcan cualquier enlace cuyo texto y destino no coinciden.',
  'link-text-mismatch/match-text':
    'Haga que el enlace lleve adonde dice su texto (`{shown}`) o cambie el texto para que no muestre una dirección.',
  'link-text-mismatch/mismatch':
    'El texto del enlace muestra `{shown}`, pero el enlace lleva a `{target}`: un texto que promete un sitio y un enlace a otro es la señal clásica del phishing, y los filtros lo penalizan.',
  'link-text-mismatch/other-suffix':
    'El texto del enlace muestra `{shown}`, pero el enlace lleva a `{target}`, el mismo nombre con otra terminación. Si ambos son suyos, no supone ningún riesgo para los lectores, pero los filtros no pueden distinguirlo de un dominio gemelo que imita una marca.',
  'link-text-mismatch/show-real-address':
    'Muestre la dirección a la que lleva realmente el enlace (`{target}`) o enlace directamente a `{shown}`.',
  'lookalike-domain/all-lookalike':
    'está escrito por completo con letras que parecen latinas',
  'lookalike-domain/compatibility':
    'usa caracteres de compatibilidad que se ven como `{normalized}`',
  'lookalike-domain/ideographic-dot':
    'separa sus etiquetas con puntos que un navegador lee como `.`, por lo que el navegador abre `{opens}`',
  'lookalike-domain/internationalised':
    'es un nombre internacionalizado (no ASCII)',
  'lookalike-domain/invisible':
    'contiene caracteres invisibles que un navegador elimina, por lo que el navegador abre `{opens}`',
  'lookalike-domain/lookalike-host':
    'El host del enlace `{host}`{displays, select, yes { se muestra como `{shown}` y} other {}} {why}; {strong, select, yes {así imita el phishing por homógrafos un dominio conocido, y los filtros lo penalizan mucho} other {los filtros examinan con más atención estos hosts porque el phishing por homógrafos los usa}}.',
  'lookalike-domain/mixed-scripts':
    'mezcla en un mismo nombre letras de las escrituras {scripts}',
  'lookalike-domain/plain-ascii':
    'Enlace a su nombre de dominio en ASCII simple; si su marca usa de verdad un dominio internacionalizado, mantenga sus letras en una sola escritura.',
  'lookalike-domain/script':
    '{script, select, latin {latina} cyrillic {cirílica} greek {griega} armenian {armenia} other {otra}}',
  'machine-made-domain/machine-made':
    '`{url}` lleva a un nombre de host con la parte `{label}`, {kind, select, hex {una larga serie de dígitos} consonants {siete consonantes seguidas} other {letras y dígitos mezclados al azar}}: nadie eligió ese nombre para que se lea. Las campañas de spam y phishing generan dominios desechables así por miles, y los filtros puntúan esos nombres.',
  'machine-made-domain/readable-domain':
    'Enlace a su propio dominio, legible; si un servicio le dio una dirección generada, póngala detrás de un subdominio del suyo.',
  'many-domains/fewer-domains':
    'Enlace sobre todo a su propio dominio; quite los enlaces innecesarios y aloje los recursos (imágenes, archivos) en su propio sitio.',
  'many-domains/many-domains':
    'Los enlaces llevan a {partial, select, yes {al menos } other {}}{count} dominios distintos ({domains}, …); los filtros buscan cada uno en listas de bloqueo de dominios, así que cada dominio de más es una posibilidad más de que alguno figure en ellas.',
  'odd-port-link/odd-port':
    '`{url}` usa el puerto {port}; para los filtros, los enlaces a un servidor web en un puerto poco habitual parecen de un servidor doméstico o desechable, y algunos cortafuegos de empresa los bloquean.',
  'odd-port-link/standard-port':
    'Sirva la página en el puerto HTTPS estándar (443) y quite el `:port` del enlace.',
  'open-redirect/carries-target':
    '`{url}` lleva la dirección de otro sitio (`{target}`) para que `{host}` redirija a ella; así ocultan un destino las redirecciones abiertas, y los filtros lo consideran sospechoso.',
  'open-redirect/link-straight':
    'Enlace directamente a la página de destino (o a través del seguimiento de clics de su propio proveedor de envíos), no mediante una redirección en otro sitio.',
  'open-redirect/listed-redirector':
    '`{url}` pasa por `{host}`, un redirector abierto conocido, hasta `{target}`: así toma prestada el phishing la reputación de un host de confianza, por eso los filtros miran más allá de la redirección y desconfían de ella.',
  'script-link/data-file':
    '`{url}` es un enlace `data:`: lleva una imagen o un archivo en la propia dirección en lugar de abrir una página. Los clientes de correo bloquean estos enlaces, así que no hace nada para quien lee.',
  'script-link/data-link':
    '`{url}` es un enlace `data:`: contiene un documento entero en lugar de abrir una página, una forma que tiene el phishing de mostrar un formulario de inicio de sesión falso sin ninguna dirección que bloquear. Los clientes de correo lo bloquean y los filtros lo penalizan.',
  'script-link/script-link':
    '`{url}` es un enlace `{scheme}:`: intenta ejecutar un script, algo que todos los clientes de correo eliminan: no hace nada para quien lee y el correo parece una página web copiada.',
  'script-link/use-https-link':
    'Sustitúyalo por un enlace https:// normal a una página de su sitio.',
  'short-pitch/add-sender-details':
    'Diga quién es y por qué escribe, añada su dirección postal y un enlace para darse de baja, y enlace a una página de su propio dominio.',
  'short-pitch/anonymous-sender':
    'enviado desde un buzón generado por máquina (`{address}`) con un enlace a otro dominio',
  'short-pitch/link-to':
    '{suspect, select, ip {un enlace a una dirección IP} tld {un enlace a un dominio `.{tld}`} shortener {un enlace a un acortador de URL} machine-made {un enlace a un nombre de host generado por máquina (`{host}`)} other {un enlace a un alojamiento gratuito (`{host}`)}}',
  'short-pitch/sales-wording':
    'expresiones comerciales como `{phrase}`',
  'short-pitch/short-pitch':
    'El cuerpo es un breve reclamo comercial ({words} palabras, {why}) cuyos enlaces llevan todos a `{domain}`, sin datos del remitente: ni dirección postal ni forma de darse de baja. Los envíos masivos de spam son exactamente así, y los filtros penalizan los mensajes cortos con un solo enlace.',
  'suspicious-tld/suspicious-tld':
    '`{url}` está en `{domain}`, bajo el dominio de nivel superior `.{tld}`, que aloja una gran parte de los sitios de spam y phishing; los filtros suman puntos extra a los enlaces que llevan allí.',
  'suspicious-tld/use-main-domain':
    'Aloje la página en su dominio principal (un .com, un .org o un dominio de país que use desde hace años) en lugar de en un dominio `.{tld}`.',
  'unsubscribe-on-ip/host-unsubscribe':
    'Aloje la página de baja en su propio dominio con HTTPS (o use el enlace de baja de su proveedor de envíos) y añada una cabecera List-Unsubscribe.',
  'unsubscribe-on-ip/unsubscribe-on-ip':
    'El enlace para darse de baja `{url}` apunta a la dirección IP `{host}` en lugar de a su dominio; una baja alojada en una simple dirección IP es propia de una infraestructura de spam desechable, y los destinatarios no pueden saber de quién se están dando de baja.',
  'userinfo-link/fake-host':
    '`{url}` empieza por `{userinfo}@`, que parece el nombre del sitio, pero el enlace lleva en realidad a `{host}`; este truco es típico del phishing y los filtros lo penalizan mucho.',
  'userinfo-link/remove-userinfo':
    'Elimine todo lo que hay entre `://` y `@` para que el enlace muestre el host real.',
  'userinfo-link/user-name':
    '`{url}` lleva un nombre de usuario (`{userinfo}@`) antes del host; los navegadores advierten sobre estos enlaces y los filtros los consideran sospechosos.',
} satisfies Catalogue;
