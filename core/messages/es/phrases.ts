// The phrases rules in Spanish (core/rules/phrases/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
import type { Catalogue } from '../index.ts';

export default {
  'address-greeting/address-greeting':
    'El saludo nombra una dirección de correo, `{greeting}`, donde corresponde un nombre: así escriben los remitentes que solo conocen a su lector por una dirección recolectada o comprada, y los filtros lo puntúan.',
  'address-greeting/greet-by-name':
    'Salude al lector por su nombre («Hola, Ana:»), o empiece sin saludo.',
  'crypto-wallet/wallet':
    'El mensaje muestra una dirección de monedero Bitcoin, `{address}`: un pago a un monedero es lo que piden la extorsión, los falsos sorteos y el fraude de pago por adelantado, y los filtros puntúan la dirección.',
  'crypto-wallet/wallet-beside-wording':
    'El mensaje muestra una dirección de monedero Bitcoin, `{address}`, y dice `{phrase}` cerca de ella: un pago a un monedero junto a expresiones de extorsión, o junto a un plazo para pagar, es la imagen del correo de extorsión, y los filtros los puntúan juntos.',
  'crypto-wallet/name-the-payment':
    'Si de verdad acepta pagos en Bitcoin, diga quién es usted y a qué corresponde el pago, y enlace una página de pago de su propio sitio en lugar de escribir la dirección en el mensaje.',
  'custom-phrase/phrase':
    '`{phrase}` está en su propia lista de frases que evitar.{repeat, select, yes { Es una repetición de la misma frase, así que cuenta menos.} other {}}',
  'custom-phrase/suggestion':
    'Reformúlela, o quítela de su lista si en este correo no supone un problema.',
  'finance-phrase/phrase':
    '`{phrase}` promociona préstamos, créditos o inversiones como lo hacen el spam financiero y las estafas con criptomonedas.{repeat, select, yes { Es una repetición de la misma frase, así que cuenta menos.} other {}}',
  'finance-phrase/suggestion':
    'Explique qué es el producto y cuáles son sus condiciones reales (tipo de interés, comisiones, quién puede solicitarlo); elimine las promesas de rentabilidad.',
  'form-by-reply/form-by-reply':
    'El texto enumera {count} campos en blanco para rellenar y devolver, empezando por `{evidence}`: un formulario escrito en el correo que pide nombre, dirección, teléfono o edad es la forma en que los fraudes de pago por adelantado, de lotería y de préstamos recogen datos, y los filtros lo puntúan.',
  'form-by-reply/link-a-form':
    'Si necesita estos datos, enlace a un formulario en su propio sitio web, y no pida nunca datos de identidad ni bancarios por correo.',
  'free-offer-phrase/phrase':
    '`{phrase}` anuncia algo gratis o una oferta demasiado buena; los filtros cuentan estas ofertas y suman su peso.{repeat, select, yes { Es una repetición de la misma frase, así que cuenta menos.} other {}}',
  'free-offer-phrase/suggestion':
    'Diga qué recibe el lector y en qué condiciones («un paquete de muestras con su primer pedido»), y use «gratis» o un superlativo de precio («el precio más bajo») como mucho una vez.',
  'greeting-phrase/phrase':
    '`{phrase}` es un saludo impersonal: indica a los filtros (y a los lectores) que el remitente no sabe a quién escribe.{repeat, select, yes { Es una repetición de la misma frase, así que cuenta menos.} other {}}',
  'greeting-phrase/suggestion':
    'Salude al lector por su nombre («Hola, Ana:») o suprima el saludo.',
  'guarantee-phrase/phrase':
    '`{phrase}` hace una promesa absoluta; estas afirmaciones son mucho más frecuentes en el spam que en las ofertas reales.{repeat, select, yes { Es una repetición de la misma frase, así que cuenta menos.} other {}}',
  'guarantee-phrase/suggestion':
    'Describa la política real («devoluciones aceptadas en un plazo de 30 días») en lugar de una garantía general.',
  'large-sum-lure/large-sum-lure':
    'El correo menciona una gran suma, `{sum}`, y dice `{lure}` y `{second}`: una fortuna ofrecida junto a expresiones de estafa es la imagen del fraude de pago por adelantado, de lotería y de herencia, y los filtros las puntúan juntas.',
  'large-sum-lure/state-the-business':
    'Si la suma es un negocio real, diga quién es usted y a qué corresponde el pago (una factura, un contrato), y elimine las expresiones de las estafas.',
  'money-phrase/phrase':
    '`{phrase}` promete dinero: los filtros puntúan las promesas de ganancias como una señal clásica de spam.{repeat, select, yes { Es una repetición de la misma frase, así que cuenta menos.} other {}}',
  'money-phrase/suggestion':
    'Indique en su lugar el beneficio concreto y sus condiciones (por ejemplo, «un 10 % de descuento en su próximo pedido hasta el 31 de mayo»).',
  'pharma-phrase/phrase':
    '`{phrase}` es lenguaje de farmacia o de remedios milagrosos, una de las familias de spam más antiguas y de las que más penalizan los filtros.{repeat, select, yes { Es una repetición de la misma frase, así que cuenta menos.} other {}}',
  'pharma-phrase/suggestion':
    'Si vende productos de salud, use solo el nombre registrado del producto y afirmaciones objetivas, sin promesas de curación ni de pérdida de peso.',
  'phishing-phrase/phrase':
    '`{phrase}` es un señuelo típico del phishing de credenciales (cuenta, contraseña, verificación); los filtros están ajustados con especial dureza contra él.{repeat, select, yes { Es una repetición de la misma frase, así que cuenta menos.} other {}}',
  'phishing-phrase/suggestion':
    'Si se trata de un aviso de seguridad real, explique qué ha ocurrido y pida a los lectores que abran ellos mismos su sitio web o su aplicación, sin enlace de inicio de sesión.',
  'phrase-density/dense':
    '{repeats, plural, =0 {{total} frases desencadenantes} other {{distinct} frases desencadenantes distintas (y {repeats, plural, one {# repetición, que cuenta menos} other {# repeticiones, que cuentan menos}})}} en {words} palabras ({density, number, ::.0} por cada 100 palabras): los filtros interpretan esa densidad como un discurso de venta, sean cuales sean las palabras.',
  'phrase-density/one-offer':
    'Reduzca el discurso a una sola oferta clara y dígala una vez; añada el contenido (qué, cuándo, para quién).',
  'sender-name-phrase/name-trigger':
    'El nombre del remitente `{name}` dice `{word}`, una palabra de medicamento o farmacia. Las campañas de pastillas y réplicas ponen el producto en el nombre del remitente porque los programas de correo lo muestran primero; los filtros puntúan mucho los nombres de medicamentos ahí.',
  'sender-name-phrase/name-who':
    'Use su nombre o el de su organización como nombre del remitente, y diga lo que ofrece en el propio mensaje.',
  'shady-phrase/admission':
    '`{phrase}` es la frase exacta que los filtros puntúan en el correo masivo (ADMITS_SPAM de SpamAssassin), la escriba quien la escriba; la ley estadounidense (CAN-SPAM) pide que el correo comercial se identifique como publicidad, pero no con estas palabras.{repeat, select, yes { Es una repetición de la misma frase, así que cuenta menos.} other {}}',
  'shady-phrase/mark-the-ad':
    'Si debe marcar el correo como publicidad, dígalo a su manera y con su nombre («This email is an advertisement from Acme»), y diga por qué el lector lo recibe.',
  'shady-phrase/phrase':
    '`{phrase}` es una expresión que usan las estafas para parecer legítimas; un remitente real nunca necesita decirla.{repeat, select, yes { Es una repetición de la misma frase, así que cuenta menos.} other {}}',
  'shady-phrase/suggestion':
    'Elimínela y diga en su lugar quién es usted y por qué el lector recibe este correo.',
  'subject-phrase/plain-subject':
    'Haga que el asunto sea una simple descripción del contenido («Su factura de mayo», «Nueva colección de otoño»).',
  'subject-phrase/subject-trigger':
    'El asunto dice `{phrase}` (lenguaje {category, select, custom {de su propia lista} finance {financiero} free-offer {de oferta gratuita} greeting {de saludo impersonal} guarantee {de garantía} money {de dinero fácil} pharma {farmacéutico} phishing {de phishing} shady {sospechoso} urgency {de urgencia} other {de tipo {category}}}): los filtros dan más peso al asunto que al cuerpo del mensaje.',
  'unchecked-language/no-wordlist':
    'Las frases de este texto ({language}) no se revisaron: spamrisk tiene listas de palabras para {covered}; las demás comprobaciones sí se hicieron, pero la puntuación no dice nada de su redacción.',
  'unchecked-language/others-read':
    'En este texto ({language}) solo se leyeron las frases en {read}: spamrisk tiene listas de palabras para {covered}; las demás comprobaciones sí se hicieron, pero la puntuación dice poco de su redacción.',
  'unchecked-language/subject-no-wordlist':
    'Las frases del asunto ({language}) no se revisaron: spamrisk tiene listas de palabras para {covered}; las demás comprobaciones sí se hicieron, pero la puntuación no dice nada de su redacción.',
  'unchecked-language/subject-others-read':
    'En el asunto ({language}) solo se leyeron las frases en {read}: spamrisk tiene listas de palabras para {covered}; las demás comprobaciones sí se hicieron, pero la puntuación dice poco de su redacción.',
  'unchecked-language/read-it-yourself':
    'Revise usted mismo la redacción buscando lo que los filtros puntúan en cualquier idioma: dinero gratis, premios, urgencia, garantías. Si el correo sale también en uno de esos idiomas, revise también esa versión.',
  'unchecked-language/not-chosen':
    'En este texto ({language}) solo se leyeron las frases en {chosen}: su idioma no está entre los elegidos; las demás comprobaciones sí se hicieron, pero la puntuación dice poco de su redacción.',
  'unchecked-language/not-chosen-lures':
    'En este texto ({language}) solo se leyeron los señuelos de estafa en {chosen}: su idioma no está entre los elegidos, y spamrisk no tiene frases de dinero, urgencia, ofertas gratuitas ni garantías en {chosen}; las demás comprobaciones sí se hicieron, pero la puntuación dice poco de su redacción.',
  'unchecked-language/not-chosen-none':
    'Las frases de este texto ({language}) no se comprobaron: su idioma no está entre los elegidos, y spamrisk no tiene frases de alerta en {chosen}, solo las de baja de suscripción; las demás comprobaciones sí se hicieron, pero la puntuación no dice nada de su redacción.',
  'unchecked-language/add-language':
    'Añada {theLanguage} a los idiomas revisados (la opción `languages`, `--language` o las opciones de la extensión), o `auto` para el idioma de cada correo.',
  'unchecked-language/lures-only':
    'De las frases en {language}, solo se leyeron en este texto los señuelos de estafa: spamrisk tiene listas de palabras completas (dinero, urgencia, ofertas gratuitas, garantías) para {covered}; las demás comprobaciones sí se hicieron.',
  'unchecked-language/read-offer-yourself':
    'Revise usted mismo la redacción de la oferta buscando dinero gratis, urgencia y garantías, que no se revisaron en este idioma.',
  'unchecked-language/language':
    '{code, select, en {inglés} de {alemán} fr {francés} es {español} it {italiano} pt {portugués} nl {neerlandés} sv {sueco} fi {finés} tr {turco} pl {polaco} cs {checo} hu {húngaro} ro {rumano} vi {vietnamita} id {indonesio} ms {malayo} da-no {danés o noruego} nordic {danés, noruego o sueco} hr {croata, serbio o bosnio} tl {tagalo} sw {suajili} ja {japonés} zh {chino} ko {coreano} th {tailandés} el {griego} he {hebreo} arab {escritura árabe} cyrl {escritura cirílica} deva {escritura devanagari} other {una escritura que spamrisk no lee}}',
  'unchecked-language/language-the':
    '{code, select, en {el {name}} de {el {name}} es {el {name}} it {el {name}} other {el {name}}}',
  'unchecked-text/past-the-cut':
    'Solo se revisaron en busca de frases desencadenantes ({rules}) los primeros {read, number} de los {seen, number} caracteres de texto visible (espacios incluidos) de este mensaje, igual que hace SpamAssassin con un texto largo: a partir de `{word}`, {count, plural, one {esa regla no revisó} other {esas reglas no revisaron}} el texto en busca de ellas, así que una oferta que esté ahí se {count, plural, one {le escapa} other {les escapa}}.',
  'unchecked-text/text-part-past-the-cut':
    'Solo se revisaron en busca de frases desencadenantes ({rules}) los primeros {read, number} de los {seen, number} caracteres de la parte de texto sin formato (espacios incluidos) de este mensaje, igual que hace SpamAssassin con cada parte larga: a partir de `{word}`, {count, plural, one {esa regla no revisó} other {esas reglas no revisaron}} la parte de texto, así que una oferta que esté ahí se {count, plural, one {le escapa} other {les escapa}}.',
  'unchecked-text/pitch-first':
    'Ponga lo importante arriba: la oferta, la llamada a la acción y todo lo que quiera que se revise, o acorte el mensaje (enlace al texto completo en una página web). Revise usted mismo el resto buscando frases desencadenantes: dinero, urgencia, ofertas gratuitas, garantías.',
  'urgency-phrase/phrase':
    '`{phrase}` presiona al lector para que actúe de inmediato, una palanca del spam y del phishing que los filtros vigilan.{repeat, select, yes { Es una repetición de la misma frase, así que cuenta menos.} other {}}',
  'urgency-phrase/suggestion':
    'Indique la fecha o el motivo reales en lugar de presionar («Las rebajas terminan el viernes 31 de mayo»).',
} satisfies Catalogue;
