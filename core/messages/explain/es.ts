// explain()'s words in Spanish (core/messages/explain/index.ts): `explain/<message-id>` → template, English in
// core/explain/index.ts (EXPLAIN_MESSAGES); `explain/<cause-id>/<title|why|fix>`, English in core/explain/causes.ts.
// Spanish: «…» quotes, usted.
import type { Catalogue } from '../index.ts';

export default {
  'explain/address-suppressed/fix':
    'Si la dirección era incorrecta, quítela de su lista. Si vuelve a funcionar (el buzón se arregló, la persona pidió recibir sus mensajes), quítela de la lista de supresión del servicio y vuelva a enviar.',
  'explain/address-suppressed/title': 'Su servicio de envío no lo intentó: la dirección está en su lista de supresión',
  'explain/address-suppressed/why':
    'Los servicios de envío (Amazon SES, SendGrid, Mailgun, Postmark …) guardan una lista de direcciones que rebotaron o se quejaron antes y dejan de enviarles correo, para proteger su reputación. Esta vez no se envió nada al servidor del destinatario.',
  'explain/at-stage':
    ' {stage, select, connect {en la conexión (antes de cualquier comando)} helo {en el saludo HELO/EHLO} auth {en AUTH (inicio de sesión)} mail {en MAIL FROM (dirección del remitente)} rcpt {en RCPT TO (dirección del destinatario)} data {al final de DATA (después de enviar el mensaje entero)} other {en {stage}}}',
  'explain/authentication-failed/fix':
    'Publique un registro SPF que incluya todos los servicios que envían en nombre de su dominio (`v=spf1 include:… -all`, como máximo 10 consultas DNS); firme con DKIM usando su propio dominio, de modo que el `d=` de DKIM sea igual a su dominio From (o a uno superior); después publique DMARC (`_dmarc.yourdomain TXT "v=DMARC1; p=none; rua=mailto:…"`), lea sus informes y endurezca a `p=quarantine` / `p=reject` cuando todo pase. Si envía a través de un proveedor de envío (ESP), configure su autenticación con dominio propio (personalizado).',
  'explain/authentication-failed/title': 'El mensaje no superó la autenticación del remitente (SPF, DKIM o DMARC)',
  'explain/authentication-failed/why':
    'El servidor de recepción comprobó si su dominio autoriza al servidor de envío (SPF), si el mensaje lleva una firma válida de su dominio (DKIM) y si alguno de los dos coincide con el dominio de la dirección From visible (alineación DMARC). No la superó, y la política del dominio o las reglas propias del receptor indican rechazar ese correo. Gmail, Yahoo y Microsoft lo exigen a todos los remitentes desde 2024.',
  'explain/auto-reply':
    'Esto es una respuesta automática (fuera de la oficina o similar, RFC 3834), no un rebote: el mensaje se entregó y el buzón del destinatario respondió por sí solo.',
  'explain/auto-reply-fix':
    'No hay nada que corregir. No lo trate como un error ni elimine la dirección; los remitentes masivos deben ignorar las respuestas automáticas (llevan `Auto-Submitted: auto-replied`).',
  'explain/basis-generic-status': 'El servidor no dio un motivo más concreto que este código.',
  'explain/basis-report': '(Deducido de la redacción del informe; no cita ninguna respuesta del servidor).',
  'explain/basis-stage':
    'La respuesta no da ningún motivo, pero llegó antes de que se enviara ningún mensaje ni dirección, así que lo rechazado fue su servidor de envío.',
  'explain/basis-stage-mail':
    'La respuesta no da ningún motivo, pero llegó justo después de que su servidor indicara el remitente (MAIL FROM), así que lo rechazado fue la dirección del remitente.',
  'explain/basis-status': 'La respuesta no da ningún motivo con palabras; lo indica el código de estado.',
  'explain/blocklisted/fix':
    'Busque la IP y el dominio en la lista indicada (y en multirbl.valli.org o mxtoolbox.com), corrija primero la causa (una cuenta comprometida, un formulario abierto, listas compradas u obsoletas, falta de baja) y siga después el procedimiento de exclusión de la lista (Spamhaus y Barracuda permiten solicitarla uno mismo; la de Microsoft está en sender.office.com). En una IP compartida de un proveedor de envío (ESP), avise a su proveedor.',
  'explain/blocklisted/title': 'La dirección IP o el dominio de envío está en una lista de bloqueo',
  'explain/blocklisted/why':
    'El servidor de recepción consulta listas de bloqueo DNS (DNSBL) y sus propias listas antes de aceptar correo. Su IP o dominio de envío figura en ellas, normalmente por quejas de spam, por envíos a trampas de spam, por una cuenta o máquina comprometida en la misma IP o por compartir IP con un mal vecino.',
  'explain/by-host': ' por {host}',
  'explain/client-blocked/fix':
    'Asegúrese de que su servidor anuncia en HELO/EHLO un nombre de host real y resoluble que coincida con su DNS inverso, de que no es un relé abierto y de que su IP no está en listas de bloqueo públicas. Si sigue fallando, contacte con el postmaster del proveedor receptor indicando el texto exacto de la respuesta y su IP de envío.',
  'explain/client-blocked/title': 'El receptor rechazó las conexiones de su servidor de envío',
  'explain/client-blocked/why':
    'El servidor de recepción rechazó a su servidor antes de mirar el mensaje: su IP, su nombre de host o su nombre HELO está en su propia lista de bloqueo o no le parece fiable, o su servidor se comportó mal en el diálogo SMTP (un nombre HELO no válido, un relé abierto).',
  'explain/complaint':
    'Esto no es un rebote sino un informe de retroalimentación: {type, select, opt-out {un destinatario pidió que lo quitaran de su lista (un informe de baja)} auth-failure {un receptor informa de que un mensaje de su dominio no superó la autenticación (un informe ARF auth-failure)} fraud {un receptor denuncia el mensaje como fraude} virus {un receptor denuncia el mensaje como virus} other {un destinatario marcó su mensaje como spam (una queja a través de un circuito de retroalimentación)}}{hasRecipient, select, yes { (destinatario {recipient})} other {}}{hasDomain, select, yes {, sobre correo de {domain}} other {}}{hasIp, select, yes { enviado desde {ip}} other {}}. El mensaje se entregó; las quejas como esta rebajan su reputación como remitente en ese proveedor.',
  'explain/complaint-auth-fix':
    'Compruebe SPF, DKIM y DMARC del dominio y la IP denunciados; si la IP no es suya, alguien está suplantando su dominio, y una política DMARC quarantine o reject lo protege.',
  'explain/complaint-fix':
    'Dé de baja de inmediato al destinatario que se quejó (las quejas de los circuitos de retroalimentación cuentan como bajas) y mantenga la tasa de quejas por debajo del 0,1 % (Gmail y Yahoo rechazan a los remitentes masivos por encima del 0,3 %): escriba solo a quien lo haya aceptado, diga quién es en el nombre del remitente y permita darse de baja con un clic.',
  'explain/delivered':
    'Esto es un aviso de entrega, no un error: el mensaje se entregó{to, select, yes { a {addresses}} other {}}{relayed, select, yes { (o se transmitió a un sistema que no envía más informes)} other {}}.',
  'explain/delivery-delayed/fix':
    'Todavía no hace falta hacer nada: su servidor sigue reintentando durante unos días y enviará otro aviso si se rinde. Si recibe muchos de estos para un mismo proveedor, busque en la respuesta indicios de limitación o de reputación.',
  'explain/delivery-delayed/title': 'La entrega se está retrasando; su servidor sigue intentándolo',
  'explain/delivery-delayed/why':
    'El mensaje aún no se ha entregado porque el lado receptor respondió con un error temporal o no se pudo contactar con él. Es un aviso, no un fallo definitivo.',
  'explain/delivery-expired/fix':
    'Compruebe si el dominio del destinatario recibe correo (sus registros MX y si sus servidores responden en el puerto 25). Si es una caída puntual, vuelva a enviar. Si muchos dominios agotan el tiempo de espera, revise la conectividad de salida de su propio servidor en el puerto 25 y la reputación de su IP.',
  'explain/delivery-expired/title': 'La entrega siguió fallando hasta que el servidor de envío se rindió',
  'explain/delivery-expired/why':
    'Su servidor no pudo entregar el mensaje durante varios días (los servidores de recepción no respondían, iban lentos o contestaban una y otra vez «inténtelo más tarde») y el mensaje caducó en la cola.',
  'explain/domain-takes-no-mail/fix':
    'Quite la dirección: no puede recibir correo. Si esperaba que el dominio funcionara, pida a su propietario que publique registros MX correctos.',
  'explain/domain-takes-no-mail/title': 'El dominio del destinatario no acepta correo electrónico',
  'explain/domain-takes-no-mail/why':
    'El dominio existe, pero declara que no acepta correo (un registro MX nulo, RFC 7505) o su servidor rechaza todo el correo, así que ninguna dirección de ese dominio puede recibir mensajes.',
  'explain/greylisted/fix':
    'No hay nada que hacer si su servidor reintenta (todos los servidores estándar lo hacen): el mensaje llega tras el plazo de reintento. Si no llega nunca, compruebe que su software de envío pone en cola y reintenta tras las respuestas 4xx en lugar de rendirse, y que los reintentos salen de la misma IP.',
  'explain/greylisted/title': 'El receptor puso el mensaje en lista gris',
  'explain/greylisted/why':
    'La lista gris (greylisting) rechaza con un error temporal el primer intento de entrega de un remitente que no ha visto antes y acepta el reintento unos minutos después. Los servidores de correo reales reintentan; muchas herramientas de spam, no.',
  'explain/group-posting-refused/fix':
    'Compruebe la dirección del grupo, únase al grupo con la dirección desde la que envía (o pida a su propietario que le deje publicar) o pida al propietario que cambie el permiso de publicación.',
  'explain/group-posting-refused/title': 'El grupo o la lista de correo rechazó su mensaje',
  'explain/group-posting-refused/why':
    'La dirección es la de un grupo o una lista de correo que solo acepta mensajes de sus miembros (o de los moderadores), o el grupo ya no existe.',
  'explain/local-delivery-error/fix':
    'Si el host es suyo, busque en el registro de correo el error del programa (permisos, un script que falta, un disco lleno) y corríjalo. Si no, avise al postmaster del destinatario citando el error.',
  'explain/local-delivery-error/title': 'Falló un programa de entrega en el host receptor',
  'explain/local-delivery-error/why':
    'El host receptor aceptó el mensaje, pero el programa local que lo archiva (una tubería a un script, procmail, un programa que escribe en el buzón) terminó con un error. Es un problema de configuración de ese host.',
  'explain/mailbox-disabled/fix':
    'Deje de enviar a esta dirección y quítela de sus listas; contacte con la persona por otro medio si lo necesita. Los envíos repetidos a cuentas desactivadas perjudican su reputación como remitente.',
  'explain/mailbox-disabled/title': 'El buzón del destinatario está desactivado o suspendido',
  'explain/mailbox-disabled/why':
    'La dirección existe, pero su cuenta se ha desactivado, suspendido, bloqueado o cerrado, normalmente porque lleva mucho tiempo inactiva o la persona se fue.',
  'explain/mailbox-full/fix':
    'No hay nada que cambiar por su parte. Avise al destinatario por otro medio y vuelva a intentarlo dentro de unos días. Si la misma dirección sigue llena durante semanas, trátela como abandonada y quítela de su lista.',
  'explain/mailbox-full/title': 'El buzón del destinatario está lleno',
  'explain/mailbox-full/why':
    'El destinatario ha agotado su cuota de almacenamiento, así que su servidor no puede guardar correo nuevo. El problema está del lado del destinatario; muchos servidores lo tratan como temporal y otros rechazan definitivamente.',
  'explain/mailbox-moved/fix':
    'Actualice el contacto con la dirección nueva si el rebote la indica (busque «new address», «moved to»); si no, quite la dirección antigua de sus listas.',
  'explain/mailbox-moved/title': 'El destinatario se ha cambiado a otra dirección',
  'explain/mailbox-moved/why': 'La dirección era válida, pero la persona ahora recibe el correo en otro sitio y la dirección antigua no lo reenvía.',
  'explain/malformed-content/fix':
    'Envíe con una biblioteca o un servicio de correo estándar que codifique bien el mensaje (quoted-printable o base64 para el texto no ASCII, finales de línea CRLF, líneas de menos de 998 caracteres, un número razonable de cabeceras). Si construye los mensajes usted mismo, revise el código fuente en bruto de uno de ellos.',
  'explain/malformed-content/title': 'El receptor no pudo aceptar el formato o la codificación del mensaje',
  'explain/malformed-content/why':
    'El contenido o la codificación del mensaje no es uno que admita el sistema receptor: demasiadas cabeceras o demasiado grandes, datos de 8 bits o UTF-8 donde el servidor necesita 7 bits, saltos de línea sueltos (LF sin CR), líneas demasiado largas o un tipo de medio que no puede convertir.',
  'explain/message-too-large/fix':
    'Envíe los archivos grandes como enlace (un servicio para compartir archivos o un enlace a la nube) en lugar de como adjunto, comprima o reduzca las imágenes y mantenga el mensaje completo muy por debajo de 10 MB.',
  'explain/message-too-large/title': 'El mensaje es más grande de lo que acepta el servidor de recepción',
  'explain/message-too-large/why':
    'Los servidores rechazan los mensajes que superan un límite de tamaño (a menudo de 10 a 35 MB, contando el ~37 % que base64 añade a los adjuntos).',
  'explain/network-error/fix':
    'Normalmente basta con esperar: su servidor lo reintenta por sí solo. Si persiste, revise los registros MX del dominio del destinatario y si sus servidores responden en el puerto 25 (`nc -v mx.example.com 25`), y si su propia red o su host permiten el puerto 25 de salida.',
  'explain/network-error/title': 'Su servidor no pudo conectar con el servidor de correo del destinatario',
  'explain/network-error/why':
    'La conexión con el servidor de recepción falló: no respondió, rechazó o cortó la conexión, las consultas DNS fallaron temporalmente o el correo entró en un bucle entre servidores. Suele ser temporal y su servidor lo reintenta.',
  'explain/no-verdict':
    'Estas cabeceras no contienen ningún veredicto de filtro antispam (X-Spam-Status, X-Forefront-Antispam-Report, Barracuda) ni resultados de autenticación (Authentication-Results, Received-SPF), así que no hay nada que explicar sobre cómo se filtró el mensaje.',
  'explain/no-verdict-fix':
    'Tome las cabeceras de la copia que recibió el destinatario (en su carpeta de spam, «Mostrar original»), no de su copia enviada: es ahí donde los filtros de recepción añaden sus veredictos.',
  'explain/not-authorized/fix':
    'Compruebe que su dominio se autentica: SPF incluye el servidor de envío, DKIM firma con su dominio From, DMARC se supera (envíe una prueba a una dirección de Gmail y lea «Mostrar original»). Si todo se supera, pregunte al administrador del destinatario si solo acepta correo de remitentes aprobados y pídale que le incluya en la lista de permitidos.',
  'explain/not-authorized/title': 'El receptor no autorizó la entrega de su correo',
  'explain/not-authorized/why':
    'La respuesta solo dice que la entrega no estaba autorizada (5.7.1, «access denied»). Los receptores la usan cuando falla la autenticación del remitente (SPF/DKIM/DMARC), para remitentes fuera de una lista de permitidos y para remitentes bloqueados; la respuesta no da más detalles.',
  'explain/not-rfc-compliant/fix':
    'Envíe con una biblioteca o un servicio de correo estándar en lugar de mensajes construidos a mano. Exactamente un From, un Date, un Message-ID; ninguna cabecera duplicada (tampoco DKIM-Signature por firmar dos veces); direcciones válidas en todas las cabeceras de dirección. Revise el mensaje en bruto (ver código fuente) de una copia enviada.',
  'explain/not-rfc-compliant/title': 'El mensaje no sigue las reglas del formato de mensajes de Internet (RFC 5322)',
  'explain/not-rfc-compliant/why':
    'Los receptores rechazan los mensajes con errores de estructura: cabeceras obligatorias duplicadas o ausentes (From, Date, Message-ID), varias direcciones From, direcciones o fechas mal formadas. Estos errores son típicos de los programas de envío caseros y de las herramientas de spam.',
  'explain/nothing-to-fix': 'No hay nada que corregir.',
  'explain/others':
    'Lo mismo ocurre con {count, plural, one {# destinatario más} other {# destinatarios más}}: {addresses}{more, select, yes {, …} other {}}.',
  'explain/outcome':
    '{who, select, address {El correo para {address}} other {El mensaje}} {verb, select, delayed {se ha retrasado} undelivered {no se ha podido entregar} other {ha sido rechazado}}{by}{at}{code}.',
  'explain/policy-rejection/fix':
    'Busque en la respuesta la regla que nombra y el enlace que da. Quite los adjuntos que el receptor bloquea (ejecutables, scripts, archivos comprimidos que los contengan, documentos con macros) o compártalos mediante un enlace. Si la respuesta no nombra ninguna regla, pida al destinatario que su administrador de correo revise el registro de su mensaje y, si procede, le incluya en la lista de permitidos.',
  'explain/policy-rejection/title': 'El receptor rechazó el mensaje según su política local',
  'explain/policy-rejection/why':
    'La organización receptora aplica sus propias reglas (tipos de adjunto, controles de seguridad, remitentes permitidos, cabeceras) y este mensaje infringió una de ellas. La respuesta suele nombrar la regla; si no, solo el administrador del lado receptor puede decirle cuál.',
  'explain/poor-reputation/fix':
    'Revise sus tasas de quejas y de rebotes (Google Postmaster Tools, Yahoo Sender Hub, Microsoft SNDS). Escriba solo a quien lo haya aceptado, quite las direcciones que rebotan, permita darse de baja con un clic (RFC 8058 List-Unsubscribe-Post), mantenga SPF/DKIM/DMARC superados, caliente gradualmente las IP o dominios nuevos y vaya más despacio mientras se recupera la reputación. Si persiste: contacte con el soporte postmaster del proveedor.',
  'explain/poor-reputation/title': 'El receptor no confía en el correo de su IP o de su dominio (reputación)',
  'explain/poor-reputation/why':
    'Los grandes proveedores puntúan cada IP y cada dominio de envío según su historial reciente: tasa de quejas (personas que pulsan «Denunciar spam»), correo a direcciones desconocidas o trampas, picos de volumen y autenticación. La suya es ahora demasiado baja, así que su correo se aplaza o se rechaza.',
  'explain/rate-limited/fix':
    'Por lo general no hay que hacer nada: su servidor lo reintenta. Si estos aplazamientos persisten, reduzca la concurrencia y el ritmo de envío a ese proveedor, reparta los envíos grandes a lo largo de varias horas y compruebe si la limitación se debe a la reputación (quejas, usuarios desconocidos) más que al volumen.',
  'explain/rate-limited/title': 'El receptor limita la velocidad a la que acepta su correo',
  'explain/rate-limited/why':
    'El servidor de recepción limita las conexiones o los mensajes por IP de envío (demasiadas conexiones a la vez, demasiados mensajes por minuto). Está pidiendo a su servidor que vaya más despacio y lo vuelva a intentar más tarde, cosa que normalmente hace solo.',
  'explain/reason-unknown':
    'Esto parece un informe de rebote (un aviso de fallo de entrega), pero no cita ninguna respuesta del servidor, código de estado ni motivo que spamrisk pueda leer, así que la causa es desconocida.',
  'explain/reason-unknown-fix':
    'Busque la línea de error del servidor (empieza con un código como 550 o 5.7.1) en el informe completo, incluidos sus adjuntos, y haga que se explique; o pida al administrador de correo del destinatario que busque su mensaje en sus registros.',
  'explain/recipient-filter/fix':
    'Pida al destinatario, por otro medio, que añada su dirección o su dominio a sus remitentes permitidos (en los operadores móviles: los ajustes de filtro de dominios) y vuelva a enviar. Asegúrese de no enviar desde un dominio que el destinatario no reconocería.',
  'explain/recipient-filter/title': 'El filtro o la configuración del buzón del destinatario rechazó el mensaje',
  'explain/recipient-filter/why':
    'El destinatario existe, pero su propio filtro (una lista de bloqueo de remitentes o dominios, un ajuste que solo admite remitentes permitidos, o la opción «rechazar correo de PC / dominios desconocidos» de un operador, habitual en los operadores móviles) rechazó este mensaje. Algunos servidores lo notifican como «unknown user» después de enviar el mensaje.',
  'explain/refused-unspecified/fix':
    'Busque en el texto completo de la respuesta, más abajo, un enlace de soporte o un número de referencia y sígalo; si no, pida al destinatario (por otro medio) que su administrador de correo busque su mensaje en los registros.',
  'explain/refused-unspecified/title': 'El servidor de recepción rechazó el mensaje sin decir por qué',
  'explain/refused-unspecified/why':
    'El rebote contiene un rechazo, pero ni su código de estado ni las palabras del servidor dicen cuál fue el motivo.',
  'explain/relay-denied/fix':
    'Envíe a través del servidor de envío de su propio proveedor con autenticación (puerto 587) o, si el servidor es suyo, añada su red o la identidad de envío (dominio o dirección) a aquellas para las que retransmite (en Amazon SES, verifique la identidad del remitente y salga del entorno de pruebas, el sandbox). Si entregaba directamente, revise los registros MX del dominio del destinatario.',
  'explain/relay-denied/title': 'El servidor se negó a retransmitir el mensaje',
  'explain/relay-denied/why':
    'Entregó el mensaje a un servidor que no es ni el servidor de correo del destinatario ni uno que acepte su correo para reenviarlo, así que estaría actuando como un relé abierto. Ocurre cuando una aplicación apunta al host SMTP equivocado, cuando los registros MX del destinatario apuntan a un servidor que ya no aloja el dominio o cuando la identidad de envío no está configurada con su proveedor.',
  'explain/remote-storage-full/fix':
    'No hay nada que cambiar por su parte; su servidor lo reintenta. Si dura más de un día, avise al destinatario por otro medio.',
  'explain/remote-storage-full/title': 'El sistema de correo receptor se ha quedado sin espacio',
  'explain/remote-storage-full/why':
    'El propio servidor de recepción (no solo un buzón) no tiene espacio libre o está sobrecargado. El problema está del lado del receptor.',
  'explain/remote-system-error/fix':
    'Vuelva a intentarlo más tarde. Si el mismo error se repite, avise al destinatario o al postmaster del dominio receptor citando la respuesta exacta.',
  'explain/remote-system-error/title': 'El sistema receptor tuvo un error interno',
  'explain/remote-system-error/why':
    'El servidor de recepción falló al procesar el mensaje (un error interno, una mala configuración, un problema de base de datos o de disco). Nada de su mensaje lo provocó.',
  'explain/reply-meaning': ' ({words})',
  'explain/returned-content':
    'En el mensaje devuelto: {message} (la comprobación de contenido le da {points, plural, one {# punto} other {# puntos}}).',
  'explain/returned-headers': 'En las cabeceras del mensaje devuelto: {message}',
  'explain/reverse-dns/fix':
    'Pida a quien controle la IP de envío (su proveedor de alojamiento o de nube, o su proveedor de internet) que configure un registro PTR con el nombre de host de su servidor de correo, haga que ese nombre resuelva de nuevo a la misma IP (registro A/AAAA) y úselo en HELO/EHLO. O envíe a través de un servicio de correo que ya lo tenga configurado.',
  'explain/reverse-dns/title': 'La dirección IP del servidor de envío no tiene un DNS inverso válido',
  'explain/reverse-dns/why':
    'Los receptores consultan el registro PTR (DNS inverso) de la IP que se conecta y comprueban que el nombre que devuelve resuelve de nuevo a la misma IP (DNS inverso confirmado). Los registros PTR ausentes o genéricos (como `1-2-3-4.dynamic.isp.net`) parecen ordenadores domésticos infectados, por lo que muchos servidores los rechazan directamente.',
  'explain/sender-rejected/fix':
    'Envíe desde una dirección de un dominio real que tenga registros MX (o A) y acepte respuestas y rebotes; nunca desde un dominio inventado o solo interno (`localhost`, `.local`, un simple nombre de host de servidor). Revise el ajuste de remitente del sobre de su aplicación. Si el receptor bloquea precisamente su dirección, pregunte a su administrador por qué.',
  'explain/sender-rejected/title': 'El receptor rechazó su dirección de remitente',
  'explain/sender-rejected/why':
    'El servidor de recepción no quiso aceptar correo del remitente del sobre (Return-Path / MAIL FROM) ni de la dirección From: su dominio no existe o no tiene registros de correo, la dirección no superó una verificación de remitente por retrollamada, o el receptor bloquea esa dirección o ese dominio.',
  'explain/sending-limit/fix':
    'Vaya más despacio: reparta los envíos en el tiempo, ponga menos destinatarios por mensaje y revise las cuotas diarias y por hora de su proveedor (auméntelas o pida un plan superior). Vuelva a enviar más tarde a los destinatarios fallidos.',
  'explain/sending-limit/title': 'Ha alcanzado un límite de envío',
  'explain/sending-limit/why':
    'El servicio de envío o de recepción cuenta los mensajes o destinatarios por hora o por día, y este mensaje superó el límite. Ni la dirección ni el contenido tienen ningún problema.',
  'explain/smtp-auth-required/fix':
    'En su programa de correo o su aplicación, active «Mi servidor de salida requiere autenticación» (SMTP AUTH), use el puerto 587 con STARTTLS (o el 465 con TLS) y compruebe el usuario y la contraseña (o la contraseña de aplicación / OAuth). Si quería entregar directamente al dominio del destinatario, envíe a su host MX, no a un servidor de envío.',
  'explain/smtp-auth-required/title': 'El servidor quería que usted iniciara sesión (autenticación SMTP) antes de enviar',
  'explain/smtp-auth-required/why':
    'El servidor que rechazó es un servidor de envío o de retransmisión que solo acepta correo de usuarios autenticados, y su programa de correo o su aplicación se conectó sin iniciar sesión, con credenciales incorrectas o con un método no admitido.',
  'explain/smtp-protocol-error/fix':
    'Revise el software del servidor de envío y cualquier cortafuegos o antivirus que haga de proxy de SMTP en el puerto 25. Si el mensaje salió a través de una biblioteca para la que escribió código, mire el comando que envió justo antes de esta respuesta.',
  'explain/smtp-protocol-error/title': 'El diálogo SMTP salió mal',
  'explain/smtp-protocol-error/why':
    'El servidor de recepción no entendió un comando del servidor de envío o recibió los comandos en el orden equivocado. Apunta a un fallo o a una mala configuración del software de envío (o de algo intermedio, como un cortafuegos que reescribe SMTP).',
  'explain/spam-content/fix':
    'Pase el mensaje por la comprobación de contenido de spamrisk y corrija lo que encuentre (frases de alerta, acortadores de enlaces, diseño solo con imágenes, texto oculto, falta de baja). Asegúrese de que SPF/DKIM/DMARC se superan, escriba solo a quien haya pedido su correo y, si un socio comercial le rechaza, pida a su departamento de informática que incluya su dominio en la lista de permitidos.',
  'explain/spam-content/title': 'El filtro antispam del receptor rechazó el mensaje',
  'explain/spam-content/why':
    'Un filtro de contenido calificó este mensaje como spam o correo masivo no solicitado. Los filtros ponderan la redacción, los enlaces y sus dominios, las imágenes frente al texto, el formato y lo mucho que se parece a correo que otros han denunciado como spam — junto con la reputación del remitente.',
  'explain/status-meaning': ' ({kind, select, permanent {error permanente} temporary {error temporal} other {estado}}: {words})',
  'explain/tls-required/fix':
    'Active STARTTLS en su servidor de envío con una versión actual de TLS (1.2 o superior) y un certificado válido, y compruebe que nada entre usted y el receptor elimina STARTTLS. Si el error menciona un problema de certificado, corrija ese certificado.',
  'explain/tls-required/title': 'El receptor exige una conexión cifrada (TLS)',
  'explain/tls-required/why':
    'El servidor de recepción (o la propia política del remitente, MTA-STS o REQUIRETLS) solo acepta correo a través de TLS, y la conexión no estaba cifrada o la negociación TLS falló.',
  'explain/unknown-domain/fix':
    'Compruebe cómo está escrito el dominio, corrija o quite la dirección y valide las direcciones al registrarse (un correo de confirmación detecta las erratas). Si el dominio es suyo o de un socio, revise sus registros MX.',
  'explain/unknown-domain/title': 'El dominio del destinatario no existe o no tiene servidor de correo',
  'explain/unknown-domain/why':
    'El DNS no tiene ningún registro para el dominio que va tras la @, o ninguno de sus servidores de correo (registros MX) se resuelve. Suele ser una errata (`gmial.com`, `.con`), un dominio caducado o una empresa que cambió de nombre.',
  'explain/unknown-recipient/fix':
    'Compruebe cómo está escrita la parte anterior a la @, quite la dirección de sus listas (no la reintente nunca) y confirme las altas nuevas con doble opt-in. Enviar una y otra vez a usuarios desconocidos es una fuerte señal de spam para los proveedores de correo.',
  'explain/unknown-recipient/title': 'La dirección del destinatario no existe',
  'explain/unknown-recipient/why':
    'El servidor del destinatario dice que no hay ningún buzón con ese nombre en el dominio: una errata, una persona que se fue o una dirección que se cerró.',
  'explain/unrecognised':
    'spamrisk no reconoce este texto: no es un informe de rebote (notificación de estado de entrega), no cita ningún error SMTP ni código de estado y no contiene cabeceras de filtros antispam ni de autenticación. Mejor no explicar nada que adivinar.',
  'explain/unrecognised-fix':
    'Pegue el informe de rebote completo con sus cabeceras (en la mayoría de los programas de correo: «Mostrar original» o «Ver código fuente»), o la línea de error del servidor, que empieza con un código como `550 5.7.1`.',
  'explain/virus-detected/fix':
    'Analice el ordenador de envío y el adjunto con un antivirus actualizado. No envíe ejecutables, scripts, archivos de Office con macros ni archivos comprimidos protegidos con contraseña; compártalos mediante un enlace. Si su cuenta envió correo que usted no escribió, cambie su contraseña.',
  'explain/virus-detected/title': 'El analizador del receptor encontró un virus o malware en el mensaje',
  'explain/virus-detected/why':
    'Un antivirus o un entorno aislado (sandbox) del lado receptor marcó un adjunto o un enlace como malicioso. O el archivo está realmente infectado, o parece malware (macros, scripts, archivos comprimidos protegidos con contraseña, ejecutables).',
  'explain/with-code': ' con {codes}{meaning}',
  'explain/words-only':
    '{title} — a juzgar solo por la redacción; el texto no tiene estructura de informe de rebote ni código de estado que lo confirme. {why}',
} satisfies Catalogue;
