// The formatting rules in Spanish (core/rules/formatting/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
import type { Catalogue } from '../index.ts';

export default {
  'all-caps-text/caps':
    'El {percent}\u00a0% de las palabras está en mayúsculas (los rótulos cortos y las repeticiones cuentan menos), por ejemplo `{evidence}`. Las mayúsculas se leen como gritos, y los filtros penalizan los textos con una gran proporción de ellas.',
  'all-caps-text/sentence-case':
    'Escriba en minúsculas, con mayúscula solo al inicio de la frase; reserve las mayúsculas para las siglas y use la negrita o un título para lo único que deba destacar.',
  'excessive-emoji/emoji-run':
    '`{evidence}` encadena {run} emojis seguidos ({count} en {words, plural, one {# palabra} other {# palabras}} en total). Las ristras de emojis son la forma en que el spam promocional y las estafas llaman la atención, y los filtros las penalizan.',
  'excessive-emoji/fewer-emoji':
    'Limite los emojis a uno o dos donde aporten significado, y nunca en ristras; deje que las palabras transmitan el mensaje.',
  'excessive-emoji/many-emoji':
    'El mensaje usa {count} emojis en {words, plural, one {# palabra} other {# palabras}}, por ejemplo `{evidence}`. Esa densidad parece una venta agresiva, tanto a los filtros como a los lectores.',
  'huge-font/body-size':
    'Deje un solo título grande y ponga el resto en tamaño de texto normal (14–18\u00a0px); que el diseño, y no el tamaño de letra, marque el énfasis.',
  'huge-font/huge':
    '`{evidence}` está en letra de {size}; el {percent}\u00a0% de las palabras visibles ({huge}) tiene ese tamaño. Una letra enorme se lee como una oferta a gritos, y los filtros penalizan las fuentes enormes.',
  'loud-font-tags/loud':
    'El marcado `{evidence}` {kind, select, red {pone el texto en rojo puro} other {pone el texto en letra de tamaño excesivo ({big} etiquetas así)}}. El texto <font> rojo y del tamaño de una valla publicitaria es el aspecto del spam masivo, y los filtros lo penalizan desde hace dos décadas.',
  'loud-font-tags/use-css':
    'Dé estilo al texto con CSS y una paleta sobria: un solo tamaño de título, el color de su marca para destacar y negrita para las pocas palabras que importan.',
  'many-colors/one-accent':
    'Use un solo color de acento (el de su marca) para enlaces y resaltados, y un gris oscuro o negro para el texto.',
  'many-colors/rainbow':
    'El texto usa {hues} tonos distintos (`{evidence}`). Un arcoíris de colores de letra es un rasgo típico del spam de la vieja escuela, y dificulta la lectura del mensaje.',
  'shouting-punctuation/fewer-bangs':
    'Reserve los signos de exclamación para la única frase que los necesite; termine las demás con un punto.',
  'shouting-punctuation/many-bangs':
    'El cuerpo tiene {bangs} signos de exclamación en {words, plural, one {# palabra} other {# palabras}} ({every, plural, one {uno por palabra} other {uno cada # palabras}}). Tanta euforia suena a discurso de ventas, tanto para los filtros como para los lectores.',
  'shouting-punctuation/one-mark':
    'Use como mucho un signo de exclamación, y escriba los precios con cifras (`$49`), no con ristras de símbolos.',
  'shouting-punctuation/punctuation-run':
    '`{evidence}` grita con signos de puntuación. Las ristras de signos de exclamación, de interrogación o de moneda son un patrón clásico del spam, y los filtros las penalizan.',
} satisfies Catalogue;
