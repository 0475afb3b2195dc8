// The images rules in Spanish (core/rules/images/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// Spanish quotation marks «…», the reader addressed as usted.
import type { Catalogue } from '../index.ts';

export default {
  'image-missing-alt/alt-for-image':
    'Añada un texto alternativo que diga lo que muestra la imagen, o alt="" si es solo decorativa.',
  'image-missing-alt/alt-for-link':
    'Añada un texto alternativo que diga adónde lleva el enlace (alt="Ver las rebajas de otoño").',
  'image-missing-alt/missing-alt':
    'La imagen `{image}` {alt, select, empty {tiene un alt vacío aunque es un enlace} other {no tiene atributo alt}}: cuando las imágenes están bloqueadas (lo habitual en muchos clientes de correo), el lector ve un recuadro vacío{linked, select, yes { y un enlace sin nombre} other {}}, y los lectores de pantalla leen en voz alta el nombre del archivo.',
  'image-only/image-only':
    'El mensaje consiste en {images, plural, one {una sola imagen} other {# imágenes}} {words, plural, =0 {sin ningún texto} one {con solo # palabra de texto} other {con solo # palabras de texto}}; los filtros no pueden leer las palabras que hay dentro de una imagen, por eso el spam esconde así su mensaje comercial, y penalizan la propia forma. Además, muchos lectores bloquean las imágenes y entonces no ven nada.',
  'image-only/mostly-images':
    'Las imágenes ocupan unos {area}k px², pero el texto solo tiene {characters} caracteres{unspaced, select, yes {, tanto texto como unos {english} caracteres en inglés} other {}} ({ratio, number, ::.0} por cada 1000 px²): el mensaje es casi todo imágenes, algo que los filtros consideran una forma de ocultarles palabras.',
  'image-only/real-text':
    'Escriba el mensaje en texto HTML real (titular, oferta, llamada a la acción) y deje las imágenes como ilustración; procure que al menos el 60 % sea texto.',
  'image-only/text-out-of-images':
    'Saque las palabras de las imágenes y páselas a texto HTML, y use imágenes más pequeñas o menos numerosas.',
  'linked-image-short-message/add-text':
    'Añada unas cuantas frases de texto real y un enlace de texto (o un botón) con el mismo destino que la imagen.',
  'linked-image-short-message/linked-banner':
    'Una imagen enlazada es el contenido principal de un mensaje de solo {words, plural, one {# palabra} other {# palabras}}: un banner en el que se puede hacer clic con poco texto es la forma típica del spam de imagen, y los filtros lo penalizan.',
  'tracking-pixels/many-pixels':
    'El mensaje tiene {count} píxeles de seguimiento (imágenes remotas de 1×1 u ocultas); uno es habitual en el correo masivo, pero varios parecen un mensaje que ha pasado por muchos rastreadores, y los clientes de correo atentos a la privacidad y los filtros lo notan.',
  'tracking-pixels/one-pixel':
    'Conserve un único píxel de seguimiento de aperturas (el de su plataforma de envío) y elimine los demás.',
} satisfies Catalogue;
