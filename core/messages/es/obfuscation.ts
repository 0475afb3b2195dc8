// The obfuscation rules in Spanish (core/rules/obfuscation/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
import type { Catalogue } from '../index.ts';

export default {
  'ascii-entities/also-encoded':
    '`{evidence}` también está escrito con códigos de carácter HTML.',
  'ascii-entities/encoded':
    '{total} letras y cifras están escritas como códigos de carácter HTML (como `&#86;` para `V`), por ejemplo `{evidence}`. Los lectores ven texto normal, pero los filtros ven códigos: codificar letras corrientes no sirve más que para ocultar palabras, y los filtros lo penalizan.',
  'ascii-entities/plain-characters':
    'Escriba el texto con caracteres normales en el HTML; si su editor o su plantilla lo codificó, desactive esa opción.',
  'invisible-characters/bidi':
    '`{evidence}`{where, select, subject { en el asunto} other {}} contiene caracteres de control de dirección ({names}), que reordenan las letras que ve el lector, de modo que el texto mostrado no es el que leen los filtros. El spam y el phishing los usan para disfrazar palabras y direcciones; los filtros los penalizan con dureza.',
  'invisible-characters/character':
    '{name, select, soft-hyphen {guion blando} zero-width-space {espacio de ancho cero} zero-width-non-joiner {no unión de ancho cero} zero-width-joiner {unión de ancho cero} left-to-right-mark {marca de izquierda a derecha} right-to-left-mark {marca de derecha a izquierda} left-to-right-embedding {incrustación de izquierda a derecha} right-to-left-embedding {incrustación de derecha a izquierda} pop-directional-formatting {fin de formato direccional} left-to-right-override {forzado de izquierda a derecha} right-to-left-override {forzado de derecha a izquierda} word-joiner {unión de palabras} zero-width-no-break-space {espacio sin separación de ancho cero} other {{name}}}',
  'invisible-characters/delete-invisible':
    'Borre los caracteres invisibles: vuelva a escribir la palabra o péguela como texto sin formato (suelen venir de texto copiado de la web o de herramientas «antifiltro»).',
  'invisible-characters/invisible':
    '`{evidence}`{where, select, subject { en el asunto} other {}} esconde caracteres invisibles ({names}) entre sus letras, así que las personas leen `{norm}` pero los filtros de palabras no: un truco de ofuscación conocido.',
  'leet-speak/disguised':
    '`{evidence}`{where, select, subject { en el asunto} other {}} cambia letras por cifras o símbolos (se lee `{norm}`). El correo legítimo escribe sus palabras completas; los filtros lo interpretan como un intento de burlarlos.',
  'leet-speak/disguised-name':
    '`{evidence}`{where, select, subject { en el asunto} other {}} es el nombre de medicamento `{norm}` disfrazado: letras escritas con caracteres parecidos, duplicadas o separadas por símbolos. Los filtros leen estos disfraces (las reglas FUZZY de SpamAssassin) y penalizan el disfraz además de la palabra.',
  'leet-speak/disguised-word':
    '`{evidence}`{where, select, subject { en el asunto} other {}} es la palabra `{norm}` disfrazada: letras escritas con caracteres parecidos, duplicadas o separadas por símbolos. Escrita normalmente la palabra es inofensiva; disfrazada, es una señal de spam que los filtros penalizan (las reglas FUZZY de SpamAssassin).',
  'leet-speak/disguised-trigger':
    '`{evidence}`{where, select, subject { en el asunto} other {}} cambia letras por cifras o símbolos para escribir `{norm}`{whole, select, yes {, una palabra gatillo} other {, parte de la frase gatillo `{phrase}`}}. Disfrazar una palabra gatillo ya es por sí mismo una señal fuerte de spam: los filtros deshacen el cambio y además penalizan el disfraz.',
  'leet-speak/spell-normally':
    'Escriba la palabra normalmente («{norm}») y, si es una palabra que no gusta a los filtros, reformule la frase en vez de disfrazarla.',
  'lookalike-characters/lookalike':
    '`{evidence}`{where, select, subject { en el asunto} other {}} está escrito con letras {script, select, cyrillic {cirílicas} greek {griegas} armenian {armenias} other {no latinas}} que parecen latinas ({letters}); se lee `{norm}`. Los lectores no notan la diferencia, pero los filtros de palabras y los controles de marca no lo detectan: por eso lo usa el phishing y los filtros lo penalizan.',
  'lookalike-characters/plain-latin':
    'Vuelva a escribir la palabra con letras latinas normales (el texto pegado de otro documento o de un generador de «letras bonitas» suele traerlas).',
  'spaced-letters/spelled-out':
    '`{evidence}`{where, select, subject { en el asunto} other {}} deletrea `{word}` letra por letra. Los filtros ven en las palabras espaciadas un intento de eludir la detección de palabras, y los lectores de pantalla también las deletrean.',
  'spaced-letters/spelled-trigger':
    '`{evidence}`{where, select, subject { en el asunto} other {}} deletrea letra por letra la palabra gatillo `{trigger}`. Los filtros de palabras ven letras sueltas, no la palabra, y espaciar una palabra para ocultarla se penaliza como ofuscación.',
  'spaced-letters/write-normally':
    'Escriba la palabra normalmente («{word}»); para un aspecto espaciado, use la propiedad CSS letter-spacing en lugar de espacios.',
  'split-by-tags/one-piece':
    'Escriba la palabra de una sola pieza en el HTML; aplique el formato a palabras completas y borre las etiquetas vacías y los comentarios dentro de las palabras.',
  'split-by-tags/split':
    '`{evidence}` está partido en el código fuente por {how, select, comment {un comentario HTML} hidden-content {un elemento invisible} empty-element {un elemento vacío} other {{tags, plural, one {# etiqueta} other {# etiquetas}}}}{shown, select, yes { (`{markup}`)} other {}}{trigger, select, yes {, y es una palabra gatillo} other {}}. Los lectores ven una palabra; los filtros que leen el HTML ven fragmentos: ocultar palabras así es un truco de spam que los filtros buscan.',
} satisfies Catalogue;
