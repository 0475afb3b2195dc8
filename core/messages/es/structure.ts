// The structure rules in Spanish (core/rules/structure/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// Spanish quotation marks «…», the reader addressed as usted.
import type { Catalogue } from '../index.ts';

export default {
  'broken-markup/close-elements':
    'Cierre cada `<{name}>` que abra y luego pase el HTML por un validador o por el verificador de plantillas de su plataforma de envío.',
  'broken-markup/unclosed':
    '`<{name}>` se abre sin su `</{name}>` de cierre {count, plural, =1 {una vez} other {# veces}} ({total} elementos sin cerrar en total). El marcado desequilibrado es típico del correo masivo hecho con prisas, los filtros lo cuentan, y los clientes de correo pueden mostrar el resto del mensaje dentro del elemento abierto.',
  'embedded-object/plugin':
    'El mensaje incrusta contenido de un complemento con `<{name}>`. Los clientes de correo no lo reproducen, y los filtros recuerdan los objetos incrustados como una vía de entrada de malware.',
  'embedded-object/remove-object':
    'Elimine el objeto incrustado; muestre en su lugar una imagen fija que enlace al vídeo o a la página.',
  'empty-body/empty':
    'El cuerpo no muestra palabras ni imágenes{shows, select, hidden { (su único texto está oculto: `{text}`)} text { (solo `{text}`)} other {}}. Los filtros no tienen nada que juzgar salvo los encabezados y los enlaces, y el correo vacío es típico de los envíos de sondeo y del spam que esconde su carga en un adjunto.',
  'empty-body/write-body':
    'Escriba el mensaje en el cuerpo: diga quién es y por qué escribe, aunque el contenido principal vaya adjunto.',
  'external-stylesheet/external-css':
    'El mensaje carga una hoja de estilos externa (`{url}`). Gmail, Outlook y la mayoría del correo web ignoran el CSS externo, así que el diseño se rompe para muchos lectores, y los filtros se fijan en el correo que descarga recursos remotos para mostrarse.',
  'external-stylesheet/inline-styles':
    'Incluya los estilos en el propio mensaje (atributos style="…" o un bloque <style> en el mensaje) en lugar de enlazar una hoja de estilos.',
  'form-in-email/asks-secret':
    'El mensaje contiene un formulario que pide datos de inicio de sesión o de tarjeta, u otro dato secreto como un número de identidad{listed, select, yes { ({names})} other {}}. Recoger credenciales dentro de un correo es lo que hace el phishing, y los clientes de correo avisan de estos formularios o los desactivan.',
  'form-in-email/collects-data':
    'El mensaje contiene un formulario con {fields, plural, one {# campo} other {# campos}} para rellenar{listed, select, yes { ({names})} other {}}{sends, select, mailbox { que envía las respuestas a un buzón} ip { que envía las respuestas a una simple dirección IP} other {}}. Recoger datos dentro de un correo es un patrón del phishing y del spam de captación; Gmail avisa antes de enviar un formulario así y muchos clientes lo desactivan.',
  'form-in-email/form':
    'El mensaje contiene {kind, select, search {un cuadro de búsqueda} buttons {un formulario con botones u opciones} other {un formulario}}. La mayoría de los clientes de correo desactivan los formularios o avisan antes de enviarlos, así que no funcionará para muchos lectores.',
  'form-in-email/link-to-form':
    'Sustituya el formulario por un botón que enlace al mismo formulario en su sitio web.',
  'form-in-email/no-secrets':
    'No pida nunca contraseñas ni datos de pago en un correo. Enlace a su sitio, donde el lector inicia sesión en su propio dominio.',
  'form-in-email/use-links':
    'Use enlaces normales en su lugar (un enlace por opción, o un enlace a la página de búsqueda).',
  'gmail-clipping/clipped':
    'El HTML ocupa {kb} KB; Gmail recorta los mensajes de más de unos 102 KB, así que todo lo que sigue a este punto (`{cut}`) queda oculto tras «Ver mensaje completo», incluidos el pie y el píxel de seguimiento de aperturas.',
  'gmail-clipping/move-unsubscribe':
    'Suba el enlace de baja por encima del corte (cerca del principio o en un pie breve), o reduzca el HTML por debajo de 100 KB.',
  'gmail-clipping/trim-html':
    'Reduzca el HTML por debajo de 100 KB: elimine el CSS y los comentarios que no se usan, minifíquelo, y publique el contenido largo en la web con un enlace.',
  'gmail-clipping/unsubscribe-clipped':
    'El enlace de baja (`{link}`) queda después del punto en que Gmail recorta, así que los lectores de Gmail no lo ven. Un lector que no encuentra la salida pulsa «Denunciar spam», y Gmail exige a los remitentes masivos una baja sencilla.',
  'hidden-text/faint':
    '`{text}` ({words, plural, one {# palabra} other {# palabras}}{phrases, plural, =0 {} one {, con # frase delatora entre ellas} other {, con # frases delatoras entre ellas}}{more, plural, =0 {} one {, y # palabra oculta más en otro lugar} other {, y # palabras ocultas más en otros lugares}}) está escrito con {how}, así que el lector apenas lo ve. Los filtros interpretan que un texto que el lector no puede distinguir está escrito para ellos (HTML_FONT_LOW_CONTRAST de SpamAssassin).',
  'hidden-text/hidden':
    '`{text}` ({words, plural, one {# palabra} other {# palabras}}{phrases, plural, =0 {} one {, con # frase delatora entre ellas} other {, con # frases delatoras entre ellas}}{more, plural, =0 {} one {, y # palabra oculta más en otro lugar} other {, y # palabras ocultas más en otros lugares}}) está oculto al lector mediante {how}. Los filtros interpretan el texto oculto como un intento de darles palabras que el lector nunca ve —el clásico «envenenamiento bayesiano»— o de colarles frases sin que las vean.',
  'hidden-text/how-display-none': '`display:none`',
  'hidden-text/how-hidden-attribute': 'el atributo `hidden`',
  'hidden-text/how-low-contrast': 'un color de texto apenas distinto de su fondo',
  'hidden-text/how-off-page': 'un posicionamiento fuera de la página',
  'hidden-text/how-same-color-as-background': 'un color de texto igual al de su fondo',
  'hidden-text/how-tiny-font-size': 'una fuente de menos de 2 px',
  'hidden-text/how-transparent': 'transparencia total',
  'hidden-text/how-visibility-hidden': '`visibility:hidden`',
  'hidden-text/how-zero-font-size': 'un tamaño de fuente cero',
  'hidden-text/how-zero-size-box': 'una caja de tamaño cero con `overflow:hidden`',
  'hidden-text/raise-contrast':
    'Dé al texto un color que destaque sobre su fondo, o elimínelo.',
  'hidden-text/remove-hidden':
    'Elimine el texto oculto o hágalo visible. Para el texto de vista previa en la bandeja de entrada, deje una sola frase breve de preencabezado, sin lenguaje comercial, al principio del cuerpo.',
  'iframe-in-email/frame':
    'El mensaje contiene {tag, select, iframe {un `<iframe>`} other {un `<{tag}>`}}{loads, select, yes { que carga `{src}`} other {}}. Los clientes de correo bloquean los marcos, así que los lectores ven un recuadro vacío, y los filtros consideran un marco como contenido colado sin pasar por su análisis.',
  'iframe-in-email/inline-content':
    'Ponga el contenido en el propio mensaje, o enlace a la página en lugar de incrustarla en un marco.',
  'meta-refresh/meta-refresh':
    'El mensaje lleva una redirección meta refresh{redirects, select, yes { a `{target}`} other {}}. Los clientes de correo la ignoran; los filtros ven una página de redirección, que es como el phishing lleva a los lectores hacia un señuelo.',
  'meta-refresh/remove-meta':
    'Elimine la etiqueta `<meta http-equiv="refresh">` y enlace a la página en su lugar.',
  'missing-text-part/add-text-part':
    'Envíe multipart/alternative con una parte text/plain que diga lo mismo que el HTML; la mayoría de las plataformas de envío pueden generarla por usted.',
  'missing-text-part/html-only':
    'El mensaje tiene una parte HTML pero ninguna alternativa en texto plano{typed, select, yes { (`Content-Type: {contentType}`)} other {}}. Los filtros penalizan el correo solo HTML (MIME_HTML_ONLY de SpamAssassin), y los lectores con clientes de solo texto no ven nada útil.',
  'missing-text-part/html-only-identified':
    'El mensaje tiene una parte HTML pero ninguna alternativa en texto plano{typed, select, yes { (`Content-Type: {contentType}`)} other {}}. Viene de un remitente que muestra quién es (`{domain}`, con una baja en ese dominio), así que aquí es un consejo y no suma puntos; los filtros aún lo puntúan un poco (SpamAssassin 0,1), y los lectores con clientes de solo texto siguen sin ver nada útil.',
  'script-in-email/event-handler':
    '`{handler}` es un script que se ejecuta con un evento. Los clientes de correo lo eliminan, y los filtros lo interpretan como señal de una página web o de código dirigido al lector (ventanas emergentes, barras de estado falsas).',
  'script-in-email/remove-handler':
    'Elimine el atributo `{attribute}`; use un enlace normal para todo lo que el lector deba hacer.',
  'script-in-email/remove-script':
    'Elimine el script. Todo lo interactivo debe estar en una página web a la que enlace el mensaje.',
  'script-in-email/script-tag':
    'El mensaje contiene una etiqueta `<script>`{loads, select, yes { que carga `{src}`} other {}}. Los clientes de correo nunca ejecutan scripts, y los filtros lo interpretan como una página web pegada en un correo o como un intento de ejecutar código en el equipo del lector.',
  'text-part-mismatch/disagree':
    'Las partes HTML y de texto plano no coinciden: el {percent} % de las palabras de la parte más corta falta en la otra (parte de texto: `{text}`). Los filtros comparan las partes (MPART_ALT_DIFF de SpamAssassin), porque las herramientas de spam llenan la parte de texto con relleno o con otro discurso de venta.',
  'text-part-mismatch/html-source':
    'La parte de texto plano contiene código fuente HTML (`{source}`). Los lectores de la versión de texto ven el marcado en bruto, y los filtros toman una parte alternativa defectuosa como señal de un remitente masivo descuidado.',
  'text-part-mismatch/html-stub':
    'La parte HTML muestra {htmlWords} palabras distintas, pero la parte de texto plano solo tiene {textWords}: las dos versiones no dicen lo mismo, y los filtros las comparan.',
  'text-part-mismatch/real-text-part':
    'Haga de la parte de texto una verdadera versión en texto plano del mensaje: las mismas palabras, con los enlaces escritos completos.',
  'text-part-mismatch/same-message':
    'Haga que ambas partes transmitan el mismo mensaje; genere la parte de texto a partir del HTML definitivo.',
  'text-part-mismatch/text-from-rendered':
    'Genere la parte de texto a partir del mensaje ya renderizado (la «versión en texto plano» de su plataforma de envío), no a partir del código fuente HTML.',
  'text-part-mismatch/text-stub':
    'La parte de texto plano es solo un esbozo (`{text}`: {textWords} palabras distintas frente a {htmlWords} en el HTML). Los filtros comparan las dos partes, y una parte de texto de relleno es una señal conocida de las herramientas de envío masivo.',
  'unchecked-links/fewer-links':
    'Un correo real rara vez enlaza a más de unos cientos de direcciones: divida el mensaje, o enlace a una página web que liste el resto. Si debe salir tal cual, revise usted mismo los enlaces restantes.',
  'unchecked-links/too-many-addresses':
    'Solo se comprobaron una a una {checked, number} de las {addresses, number} direcciones distintas a las que enlaza este mensaje (dominios gemelos o que no coinciden, acortadores, redirecciones, seguimiento de clics, alojamiento gratuito): las primeras en el orden del texto, las de los enlaces que el lector ve antes que las de los enlaces ocultos. Los enlaces a las demás, a partir de este, se contaron, pero no se comprobaron, así que la puntuación no dice nada de adónde llevan; spamrisk se detiene ahí para que una página de miles de enlaces se compruebe igualmente en segundos.',
} satisfies Catalogue;
