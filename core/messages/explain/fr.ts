// explain()'s words in French (core/messages/explain/index.ts): `explain/<message-id>` → template, English in
// core/explain/index.ts (EXPLAIN_MESSAGES); `explain/<cause-id>/<title|why|fix>`, English in core/explain/causes.ts.
// French typography: a no-break space (\u00a0) before `:`, `;` and inside « », typographic apostrophes (’), vous.
import type { Catalogue } from '../index.ts';

export default {
  'explain/address-suppressed/fix':
    'Si l’adresse était erronée, retirez-la de votre liste. Si elle fonctionne de nouveau (la boîte a été réparée, la personne a demandé à recevoir vos messages), retirez-la de la liste de suppression du service et renvoyez le message.',
  'explain/address-suppressed/title': 'Votre service d’envoi n’a pas essayé\u00a0: l’adresse est sur sa liste de suppression',
  'explain/address-suppressed/why':
    'Les services d’envoi (Amazon SES, SendGrid, Mailgun, Postmark …) tiennent une liste des adresses qui ont déjà rebondi ou porté plainte et cessent de leur écrire, pour protéger votre réputation. Cette fois, rien n’a été envoyé au serveur du destinataire.',
  'explain/at-stage':
    ' à l’étape {stage, select, connect {de connexion (avant toute commande)} helo {du salut HELO/EHLO} auth {AUTH (identification)} mail {MAIL FROM (adresse de l’expéditeur)} rcpt {RCPT TO (adresse du destinataire)} data {de fin de DATA (après l’envoi du message entier)} other {{stage}}}',
  'explain/authentication-failed/fix':
    'Publiez un enregistrement SPF qui inclut chaque service qui envoie pour votre domaine (`v=spf1 include:… -all`, au plus 10 requêtes DNS)\u00a0; signez avec DKIM en utilisant votre propre domaine, pour que le `d=` de DKIM soit égal à votre domaine From (ou à un domaine parent)\u00a0; publiez ensuite DMARC (`_dmarc.yourdomain TXT "v=DMARC1; p=none; rua=mailto:…"`), lisez ses rapports et passez à `p=quarantine` / `p=reject` quand tout réussit. Si vous envoyez via une plateforme d’envoi (ESP), configurez son authentification de domaine personnalisé (à votre marque).',
  'explain/authentication-failed/title': 'Le message a échoué à l’authentification de l’expéditeur (SPF, DKIM ou DMARC)',
  'explain/authentication-failed/why':
    'Le serveur de réception a vérifié si votre domaine autorise le serveur d’envoi (SPF), si le message porte une signature valide de votre domaine (DKIM), et si l’un ou l’autre correspond au domaine de l’adresse From visible (alignement DMARC). La vérification a échoué, et la politique du domaine ou les règles propres du destinataire disent de refuser ce courrier. Gmail, Yahoo et Microsoft l’exigent de tout expéditeur depuis 2024.',
  'explain/auto-reply':
    'Ceci est une réponse automatique (absence du bureau ou équivalent, RFC 3834), pas un rapport de non-remise\u00a0: le message a été remis et la boîte du destinataire a répondu d’elle-même.',
  'explain/auto-reply-fix':
    'Rien à corriger. Ne la traitez pas comme un échec et ne supprimez pas l’adresse\u00a0; les expéditeurs en masse doivent ignorer les réponses automatiques (elles portent `Auto-Submitted: auto-replied`).',
  'explain/basis-generic-status': 'Le serveur n’a pas donné de raison plus précise que ce code.',
  'explain/basis-report': '(Déduit du texte du rapport\u00a0; il ne cite aucune réponse de serveur.)',
  'explain/basis-stage':
    'La réponse ne donne aucune raison, mais elle est arrivée avant l’envoi de tout message ou de toute adresse\u00a0: c’est donc votre serveur d’envoi qui a été refusé.',
  'explain/basis-stage-mail':
    'La réponse ne donne aucune raison, mais elle est arrivée juste après que votre serveur a indiqué l’expéditeur (MAIL FROM)\u00a0: c’est donc l’adresse de l’expéditeur qui a été refusée.',
  'explain/basis-status': 'La réponse ne donne aucune raison en toutes lettres\u00a0; c’est le code d’état qui la nomme.',
  'explain/blocklisted/fix':
    'Recherchez l’adresse IP et le domaine sur la liste nommée (et sur multirbl.valli.org ou mxtoolbox.com), corrigez d’abord la cause (un compte compromis, un formulaire ouvert, des listes achetées ou périmées, l’absence de désinscription), puis suivez la procédure de retrait de la liste (Spamhaus et Barracuda proposent un retrait en libre-service\u00a0; celui de Microsoft se trouve sur sender.office.com). Sur une adresse IP partagée d’une plateforme d’envoi (ESP), prévenez-la.',
  'explain/blocklisted/title': 'L’adresse IP ou le domaine d’envoi figure sur une liste de blocage',
  'explain/blocklisted/why':
    'Le serveur de réception consulte des listes de blocage DNS (DNSBL) et ses propres listes avant d’accepter du courrier. Votre adresse IP ou votre domaine d’envoi y figure, en général à cause de plaintes pour spam, d’envois vers des pièges à spam, d’un compte ou d’une machine compromis sur la même adresse IP, ou d’une adresse IP partagée avec un mauvais voisin.',
  'explain/by-host': ' par {host}',
  'explain/client-blocked/fix':
    'Assurez-vous que votre serveur annonce dans HELO/EHLO un vrai nom d’hôte, résolvable et conforme à son DNS inverse, qu’il n’est pas un relais ouvert et que son adresse IP ne figure pas sur des listes de blocage publiques. Si l’échec persiste, contactez le postmaster du fournisseur destinataire en lui donnant le texte exact de la réponse et votre adresse IP d’envoi.',
  'explain/client-blocked/title': 'Le destinataire a refusé les connexions de votre serveur d’envoi',
  'explain/client-blocked/why':
    'Le serveur de réception a refusé votre serveur avant même de regarder le message\u00a0: votre adresse IP, votre nom d’hôte ou votre nom HELO figure sur sa propre liste de blocage ou ne lui inspire pas confiance, ou votre serveur s’est mal comporté dans le dialogue SMTP (un nom HELO invalide, un relais ouvert).',
  'explain/complaint':
    'Ce n’est pas un rapport de non-remise mais un rapport de retour\u00a0: {type, select, opt-out {un destinataire a demandé à être retiré de votre liste (un rapport de désinscription)} auth-failure {un destinataire signale qu’un message de votre domaine a échoué à l’authentification (un rapport ARF auth-failure)} fraud {un destinataire signale le message comme frauduleux} virus {un destinataire signale le message comme contenant un virus} other {un destinataire a signalé votre message comme spam (une plainte transmise par une boucle de rétroaction)}}{hasRecipient, select, yes { (destinataire {recipient})} other {}}{hasDomain, select, yes {, à propos de courrier de {domain}} other {}}{hasIp, select, yes { envoyé depuis {ip}} other {}}. Le message a bien été remis\u00a0; ce genre de plainte fait baisser votre réputation d’expéditeur chez ce fournisseur.',
  'explain/complaint-auth-fix':
    'Vérifiez SPF, DKIM et DMARC pour le domaine et l’adresse IP signalés\u00a0; si l’adresse IP n’est pas la vôtre, quelqu’un usurpe votre domaine, et une politique DMARC quarantine ou reject le protège.',
  'explain/complaint-fix':
    'Désinscrivez immédiatement le destinataire qui s’est plaint (les plaintes des boucles de rétroaction valent désinscription) et gardez le taux de plaintes sous 0,1\u00a0% (Gmail et Yahoo refusent les expéditeurs en masse au-delà de 0,3\u00a0%)\u00a0: n’écrivez qu’aux personnes qui l’ont accepté, dites qui vous êtes dans le nom de l’expéditeur et permettez la désinscription en un clic.',
  'explain/delivered':
    'Ceci est un avis de remise, pas un échec\u00a0: le message a été remis{to, select, yes { à {addresses}} other {}}{relayed, select, yes { (ou transmis à un système qui n’envoie plus d’avis)} other {}}.',
  'explain/delivery-delayed/fix':
    'Rien à faire pour l’instant\u00a0: votre serveur réessaie pendant quelques jours et enverra un nouvel avis s’il abandonne. Si vous en recevez beaucoup pour un même fournisseur, cherchez dans la réponse des indices de limitation de débit ou de réputation.',
  'explain/delivery-delayed/title': 'La remise est retardée\u00a0; votre serveur continue d’essayer',
  'explain/delivery-delayed/why':
    'Le message n’a pas encore été remis, car le côté réception a répondu par une erreur temporaire ou n’a pas pu être joint. C’est un avertissement, pas un échec définitif.',
  'explain/delivery-expired/fix':
    'Vérifiez si le domaine du destinataire reçoit du courrier (ses enregistrements MX, et si ses serveurs répondent sur le port 25). S’il s’agit d’une panne ponctuelle, renvoyez le message. Si de nombreux domaines n’aboutissent pas, vérifiez la connectivité sortante de votre propre serveur sur le port 25 et la réputation de son adresse IP.',
  'explain/delivery-expired/title': 'La remise a échoué jusqu’à ce que le serveur d’envoi abandonne',
  'explain/delivery-expired/why':
    'Votre serveur n’a pas pu transmettre le message pendant plusieurs jours (les serveurs de réception étaient injoignables, lents ou répondaient sans cesse «\u00a0réessayez plus tard\u00a0»), et le message a expiré dans la file d’attente.',
  'explain/domain-takes-no-mail/fix':
    'Retirez l’adresse\u00a0: elle ne peut pas recevoir de courrier. Si vous pensiez que le domaine fonctionnait, demandez à son propriétaire de publier de vrais enregistrements MX.',
  'explain/domain-takes-no-mail/title': 'Le domaine du destinataire n’accepte pas de courrier',
  'explain/domain-takes-no-mail/why':
    'Le domaine existe, mais il déclare n’accepter aucun courrier (un enregistrement MX nul, RFC 7505) ou son serveur refuse tout courrier\u00a0: aucune adresse de ce domaine ne peut recevoir de messages.',
  'explain/greylisted/fix':
    'Rien à faire si votre serveur réessaie (tous les serveurs standard le font)\u00a0: le message arrive après le délai de nouvelle tentative. S’il n’arrive jamais, vérifiez que votre logiciel d’envoi met en file d’attente et réessaie après les réponses 4xx au lieu d’abandonner, et que les nouvelles tentatives partent de la même adresse IP.',
  'explain/greylisted/title': 'Le destinataire a mis le message en liste grise',
  'explain/greylisted/why':
    'La mise en liste grise (greylisting) refuse par une erreur temporaire la première tentative de remise d’un expéditeur encore inconnu, et accepte la nouvelle tentative quelques minutes plus tard. Les vrais serveurs de messagerie réessaient\u00a0; beaucoup d’outils de spam, non.',
  'explain/group-posting-refused/fix':
    'Vérifiez l’adresse du groupe, rejoignez le groupe avec l’adresse depuis laquelle vous écrivez (ou demandez à son propriétaire de vous autoriser à publier), ou demandez au propriétaire de modifier l’autorisation de publier.',
  'explain/group-posting-refused/title': 'Le groupe ou la liste de diffusion a refusé votre message',
  'explain/group-posting-refused/why':
    'L’adresse est celle d’un groupe ou d’une liste de diffusion qui n’accepte que les messages de ses membres (ou de ses modérateurs), ou le groupe n’existe plus.',
  'explain/local-delivery-error/fix':
    'Si l’hôte est le vôtre, cherchez l’erreur du programme dans le journal de messagerie (droits d’accès, script manquant, disque plein) et corrigez-la. Sinon, prévenez le postmaster du destinataire en citant l’erreur.',
  'explain/local-delivery-error/title': 'Un programme de remise sur l’hôte de réception a échoué',
  'explain/local-delivery-error/why':
    'L’hôte de réception a accepté le message, mais le programme local qui le range (un tube vers un script, procmail, un programme d’écriture de boîte aux lettres) s’est terminé sur une erreur. C’est un problème de configuration de cet hôte.',
  'explain/mailbox-disabled/fix':
    'Cessez d’écrire à cette adresse et retirez-la de vos listes\u00a0; joignez la personne autrement si nécessaire. Les envois répétés à des comptes désactivés nuisent à votre réputation d’expéditeur.',
  'explain/mailbox-disabled/title': 'La boîte aux lettres du destinataire est désactivée ou suspendue',
  'explain/mailbox-disabled/why':
    'L’adresse existe, mais son compte a été désactivé, suspendu, verrouillé ou fermé, en général parce qu’il est inactif depuis longtemps ou que la personne est partie.',
  'explain/mailbox-full/fix':
    'Rien à changer de votre côté. Prévenez le destinataire par un autre moyen et réessayez dans quelques jours. Si la même adresse reste pleine pendant des semaines, considérez-la comme abandonnée et retirez-la de votre liste.',
  'explain/mailbox-full/title': 'La boîte aux lettres du destinataire est pleine',
  'explain/mailbox-full/why':
    'Le destinataire a épuisé son quota de stockage\u00a0: son serveur ne peut plus enregistrer de nouveaux messages. Le problème est du côté du destinataire\u00a0; beaucoup de serveurs le traitent comme temporaire, d’autres refusent définitivement.',
  'explain/mailbox-moved/fix':
    'Mettez à jour le contact avec la nouvelle adresse si le rapport en donne une (cherchez «\u00a0new address\u00a0», «\u00a0moved to\u00a0»), sinon retirez l’ancienne adresse de vos listes.',
  'explain/mailbox-moved/title': 'Le destinataire a changé d’adresse',
  'explain/mailbox-moved/why':
    'L’adresse était valide, mais la personne reçoit maintenant son courrier ailleurs et l’ancienne adresse ne fait pas suivre.',
  'explain/malformed-content/fix':
    'Envoyez avec une bibliothèque ou un service de messagerie standard qui encode correctement le message (quoted-printable ou base64 pour le texte non ASCII, fins de ligne CRLF, lignes de moins de 998 caractères, un nombre raisonnable d’en-têtes). Si vous construisez vous-même les messages, vérifiez la source brute de l’un d’eux.',
  'explain/malformed-content/title': 'Le destinataire n’a pas pu accepter le format ou l’encodage du message',
  'explain/malformed-content/why':
    'Le contenu ou l’encodage du message n’est pas pris en charge par le système de réception\u00a0: en-têtes trop nombreux ou trop longs, données 8 bits ou UTF-8 là où le serveur attend du 7 bits, sauts de ligne isolés (LF sans CR), lignes trop longues ou type de média qu’il ne sait pas convertir.',
  'explain/message-too-large/fix':
    'Envoyez les gros fichiers sous forme de lien (un service de partage de fichiers ou un lien vers le cloud) plutôt qu’en pièce jointe, compressez ou redimensionnez les images et gardez le message entier bien en dessous de 10 Mo.',
  'explain/message-too-large/title': 'Le message dépasse la taille que le serveur de réception accepte',
  'explain/message-too-large/why':
    'Les serveurs refusent les messages au-delà d’une taille limite (souvent de 10 à 35 Mo, en comptant les quelque 37\u00a0% que l’encodage base64 ajoute aux pièces jointes).',
  'explain/network-error/fix':
    'En général, patientez\u00a0: votre serveur réessaie de lui-même. Si cela persiste, vérifiez les enregistrements MX du domaine du destinataire et si ses serveurs répondent sur le port 25 (`nc -v mx.example.com 25`), et si votre propre réseau ou hébergeur autorise le port 25 en sortie.',
  'explain/network-error/title': 'Votre serveur n’a pas pu joindre le serveur de messagerie du destinataire',
  'explain/network-error/why':
    'La connexion au serveur de réception a échoué\u00a0: il n’a pas répondu, a refusé ou coupé la connexion, les requêtes DNS ont échoué temporairement, ou le courrier a tourné en boucle entre des serveurs. C’est en général temporaire, et votre serveur réessaie.',
  'explain/no-verdict':
    'Ces en-têtes ne contiennent aucun verdict de filtre antispam (X-Spam-Status, X-Forefront-Antispam-Report, Barracuda) ni aucun résultat d’authentification (Authentication-Results, Received-SPF)\u00a0: il n’y a donc rien à expliquer sur la façon dont le message a été filtré.',
  'explain/no-verdict-fix':
    'Prenez les en-têtes de la copie reçue par le destinataire (dans son dossier de spam, «\u00a0Afficher l’original\u00a0»), pas de votre copie envoyée\u00a0: c’est là que les filtres de réception ajoutent leurs verdicts.',
  'explain/not-authorized/fix':
    'Vérifiez que votre domaine s’authentifie\u00a0: SPF inclut le serveur d’envoi, DKIM signe avec votre domaine From, DMARC réussit (envoyez un test à une adresse Gmail et lisez «\u00a0Afficher l’original\u00a0»). Si tout réussit, demandez à l’administrateur du destinataire s’il n’accepte que des expéditeurs approuvés, et de vous mettre sur liste blanche.',
  'explain/not-authorized/title': 'Le destinataire n’a pas autorisé la remise de votre courrier',
  'explain/not-authorized/why':
    'La réponse dit seulement que la remise n’était pas autorisée (5.7.1, «\u00a0access denied\u00a0»). Les serveurs de réception l’utilisent en cas d’échec d’authentification de l’expéditeur (SPF/DKIM/DMARC), pour les expéditeurs hors d’une liste blanche et pour les expéditeurs bloqués\u00a0; la réponse n’en dit pas plus.',
  'explain/not-rfc-compliant/fix':
    'Envoyez avec une bibliothèque ou un service de messagerie standard plutôt qu’avec des messages construits à la main. Exactement un From, une Date, un Message-ID\u00a0; aucun en-tête en double (DKIM-Signature compris, en cas de double signature)\u00a0; des adresses valides dans chaque en-tête d’adresse. Vérifiez le message brut (la source) d’une copie envoyée.',
  'explain/not-rfc-compliant/title': 'Le message ne respecte pas les règles du format des messages Internet (RFC 5322)',
  'explain/not-rfc-compliant/why':
    'Les serveurs de réception refusent les messages qui ont des erreurs de structure\u00a0: en-têtes obligatoires en double ou manquants (From, Date, Message-ID), plusieurs adresses From, adresses ou dates mal formées. Ces erreurs sont typiques des outils d’envoi faits maison et des outils de spam.',
  'explain/nothing-to-fix': 'Rien à corriger.',
  'explain/others':
    'Il en va de même pour {count, plural, one {# autre destinataire} other {# autres destinataires}}\u00a0: {addresses}{more, select, yes {, …} other {}}.',
  'explain/outcome':
    '{who, select, address {Le message pour {address}} other {Le message}} {verb, select, delayed {a été retardé} undelivered {n’a pas pu être remis} other {a été refusé}}{by}{at}{code}.',
  'explain/policy-rejection/fix':
    'Cherchez dans la réponse la règle qu’elle nomme et le lien qu’elle donne. Retirez les pièces jointes que le destinataire bloque (exécutables, scripts, archives qui en contiennent, documents à macros) ou partagez-les par un lien. Si la réponse ne nomme aucune règle, demandez au destinataire de faire vérifier votre message dans les journaux par son administrateur de messagerie et de vous mettre sur liste blanche si c’est justifié.',
  'explain/policy-rejection/title': 'Le destinataire a refusé le message en vertu de sa politique locale',
  'explain/policy-rejection/why':
    'L’organisation destinataire applique ses propres règles (types de pièces jointes, contrôles de sécurité, expéditeurs autorisés, en-têtes) et ce message en a enfreint une. La réponse nomme en général la règle\u00a0; sinon, seul l’administrateur du côté de la réception peut vous dire laquelle.',
  'explain/poor-reputation/fix':
    'Examinez vos taux de plaintes et de rebonds (Google Postmaster Tools, Yahoo Sender Hub, Microsoft SNDS). N’écrivez qu’aux personnes qui l’ont accepté, retirez les adresses qui rebondissent, permettez la désinscription en un clic (RFC 8058, List-Unsubscribe-Post), gardez SPF, DKIM et DMARC en réussite, faites monter progressivement les nouvelles adresses IP ou les nouveaux domaines et ralentissez le temps que la réputation se rétablisse. Cas persistants\u00a0: contactez le support postmaster du fournisseur.',
  'explain/poor-reputation/title': 'Le destinataire ne fait pas confiance au courrier de votre adresse IP ou de votre domaine (réputation)',
  'explain/poor-reputation/why':
    'Les grands fournisseurs notent chaque adresse IP et chaque domaine d’envoi selon leur historique récent\u00a0: taux de plaintes (les personnes qui cliquent sur «\u00a0Signaler comme spam\u00a0»), envois vers des adresses inconnues ou des pièges, pics de volume et authentification. La vôtre est actuellement trop basse\u00a0: votre courrier est différé ou refusé.',
  'explain/rate-limited/fix':
    'En général, rien à faire\u00a0: votre serveur réessaie. Si ces reports persistent, réduisez le nombre de connexions simultanées et la cadence d’envoi vers ce fournisseur, étalez les gros envois sur plusieurs heures et vérifiez si la limitation vient de la réputation (plaintes, destinataires inconnus) plutôt que du volume.',
  'explain/rate-limited/title': 'Le destinataire limite la vitesse à laquelle il accepte votre courrier',
  'explain/rate-limited/why':
    'Le serveur de réception limite les connexions ou les messages par adresse IP d’envoi (trop de connexions simultanées, trop de messages par minute). Il demande à votre serveur de ralentir et de réessayer plus tard, ce que celui-ci fait normalement tout seul.',
  'explain/reason-unknown':
    'Ceci ressemble à un rapport de non-remise, mais il ne cite aucune réponse de serveur, aucun code d’état ni aucune raison que spamrisk sache lire\u00a0: la cause est donc inconnue.',
  'explain/reason-unknown-fix':
    'Cherchez la ligne d’erreur du serveur (elle commence par un code comme 550 ou 5.7.1) dans le rapport complet, pièces jointes comprises, et faites-la expliquer\u00a0; ou demandez à l’administrateur de la messagerie du destinataire de retrouver votre message dans ses journaux.',
  'explain/recipient-filter/fix':
    'Demandez au destinataire, par un autre moyen, d’ajouter votre adresse ou votre domaine à ses expéditeurs autorisés (chez les opérateurs mobiles\u00a0: les réglages de filtrage par domaine), puis renvoyez le message. Assurez-vous de ne pas écrire depuis un domaine que le destinataire ne reconnaîtrait pas.',
  'explain/recipient-filter/title': 'Le filtre ou les réglages de la boîte du destinataire ont refusé le message',
  'explain/recipient-filter/why':
    'Le destinataire existe, mais son propre filtre (une liste de blocage d’expéditeurs ou de domaines, un réglage qui n’accepte que les expéditeurs autorisés, ou l’option «\u00a0refuser le courrier des PC / des domaines inconnus\u00a0» d’un opérateur, courante chez les opérateurs mobiles) a refusé ce message. Certains serveurs le signalent comme «\u00a0unknown user\u00a0» après l’envoi du message.',
  'explain/refused-unspecified/fix':
    'Cherchez dans le texte complet de la réponse ci-dessous un lien d’assistance ou un numéro de référence et suivez-le\u00a0; sinon, demandez au destinataire (par un autre moyen) de faire rechercher votre message dans les journaux par son administrateur de messagerie.',
  'explain/refused-unspecified/title': 'Le serveur de réception a refusé le message sans dire pourquoi',
  'explain/refused-unspecified/why': 'Le rapport contient un refus, mais ni son code d’état ni les mots du serveur n’en donnent la raison.',
  'explain/relay-denied/fix':
    'Envoyez par le serveur de soumission de votre propre fournisseur, avec authentification (port 587), ou, si le serveur est le vôtre, ajoutez votre réseau ou l’identité d’envoi (domaine ou adresse) à ceux pour lesquels il relaie (pour Amazon SES, vérifiez l’identité de l’expéditeur et sortez du bac à sable). Si vous livriez directement, vérifiez les enregistrements MX du domaine du destinataire.',
  'explain/relay-denied/title': 'Le serveur a refusé de relayer le message',
  'explain/relay-denied/why':
    'Vous avez confié le message à un serveur qui n’est ni le serveur de messagerie du destinataire ni un serveur qui accepte votre courrier pour le faire suivre\u00a0: il agirait alors comme un relais ouvert. Cela arrive quand une application pointe vers le mauvais hôte SMTP, quand les enregistrements MX du destinataire pointent vers un serveur qui n’héberge plus le domaine, ou quand l’identité d’envoi n’est pas configurée chez votre fournisseur.',
  'explain/remote-storage-full/fix':
    'Rien à changer de votre côté\u00a0; votre serveur réessaie. Si cela dure plus d’une journée, prévenez le destinataire par un autre moyen.',
  'explain/remote-storage-full/title': 'Le système de messagerie du destinataire n’a plus d’espace de stockage',
  'explain/remote-storage-full/why':
    'Le serveur de réception lui-même (pas seulement une boîte) n’a plus de place ou est surchargé. Le problème se trouve du côté du destinataire.',
  'explain/remote-system-error/fix':
    'Réessayez plus tard. Si la même erreur revient sans cesse, prévenez le destinataire ou le postmaster du domaine destinataire, en citant la réponse exacte.',
  'explain/remote-system-error/title': 'Le système de réception a eu une erreur interne',
  'explain/remote-system-error/why':
    'Le serveur de réception a échoué en traitant le message (une erreur interne, une mauvaise configuration, un problème de base de données ou de disque). Rien dans votre message n’en est la cause.',
  'explain/reply-meaning': ' ({words})',
  'explain/returned-content':
    'Dans le message renvoyé\u00a0: {message} (le contrôle du contenu lui donne {points, plural, one {# point} other {# points}}).',
  'explain/returned-headers': 'Dans les en-têtes du message renvoyé\u00a0: {message}',
  'explain/reverse-dns/fix':
    'Demandez à qui contrôle l’adresse IP d’envoi (votre hébergeur, votre fournisseur de cloud ou votre FAI) de créer un enregistrement PTR vers le nom d’hôte de votre serveur de messagerie, faites pointer ce nom vers la même adresse IP (enregistrement A/AAAA) et utilisez-le dans HELO/EHLO. Ou envoyez par un service de messagerie qui a déjà tout cela en place.',
  'explain/reverse-dns/title': 'L’adresse IP du serveur d’envoi n’a pas de DNS inverse valide',
  'explain/reverse-dns/why':
    'Les serveurs de réception cherchent l’enregistrement PTR (DNS inverse) de l’adresse IP qui se connecte et vérifient que le nom obtenu renvoie bien à la même adresse IP (DNS inverse confirmé). Un PTR absent ou générique (comme `1-2-3-4.dynamic.isp.net`) ressemble à un ordinateur personnel infecté, si bien que beaucoup de serveurs le refusent d’emblée.',
  'explain/sender-rejected/fix':
    'Envoyez depuis une adresse d’un vrai domaine qui a des enregistrements MX (ou A) et qui accepte les réponses et les rapports de non-remise\u00a0; jamais depuis un domaine inventé ou purement interne (`localhost`, `.local`, un simple nom d’hôte de serveur). Vérifiez le réglage d’expéditeur d’enveloppe de votre application. Si le destinataire bloque précisément votre adresse, demandez-en la raison à son administrateur.',
  'explain/sender-rejected/title': 'Le destinataire a refusé votre adresse d’expéditeur',
  'explain/sender-rejected/why':
    'Le serveur de réception n’a pas voulu accepter de courrier de l’expéditeur d’enveloppe (Return-Path / MAIL FROM) ou de l’adresse From\u00a0: son domaine n’existe pas ou n’a pas d’enregistrement de messagerie, l’adresse a échoué à un rappel de vérification de l’expéditeur, ou le destinataire bloque cette adresse ou ce domaine.',
  'explain/sending-limit/fix':
    'Ralentissez\u00a0: étalez les envois dans le temps, mettez moins de destinataires par message et vérifiez les quotas quotidiens et horaires de votre fournisseur (relevez-les ou demandez une offre supérieure). Renvoyez plus tard aux destinataires en échec.',
  'explain/sending-limit/title': 'Vous avez atteint une limite d’envoi',
  'explain/sending-limit/why':
    'Le service d’envoi ou de réception compte les messages ou les destinataires par heure ou par jour, et ce message a dépassé la limite. Ni l’adresse ni le contenu ne sont en cause.',
  'explain/smtp-auth-required/fix':
    'Dans votre logiciel de messagerie ou votre application, activez «\u00a0Mon serveur sortant requiert une authentification\u00a0» (SMTP AUTH), utilisez le port 587 avec STARTTLS (ou 465 avec TLS) et vérifiez le nom d’utilisateur et le mot de passe (ou le mot de passe d’application / OAuth). Si vous vouliez livrer directement au domaine du destinataire, envoyez à son hôte MX, pas à un serveur de soumission.',
  'explain/smtp-auth-required/title': 'Le serveur voulait que vous vous identifiiez (authentification SMTP) avant d’envoyer',
  'explain/smtp-auth-required/why':
    'Le serveur qui a refusé est un serveur de soumission ou de relais qui n’accepte le courrier que d’utilisateurs authentifiés, et votre logiciel de messagerie ou votre application s’y est connecté sans s’identifier, ou avec de mauvais identifiants ou une méthode non prise en charge.',
  'explain/smtp-protocol-error/fix':
    'Vérifiez le logiciel du serveur d’envoi et tout pare-feu ou antivirus qui sert de mandataire SMTP sur le port 25. Si le message est parti par une bibliothèque pour laquelle vous avez écrit du code, regardez la commande qu’elle a envoyée juste avant cette réponse.',
  'explain/smtp-protocol-error/title': 'Le dialogue SMTP s’est mal passé',
  'explain/smtp-protocol-error/why':
    'Le serveur de réception n’a pas compris une commande du serveur d’envoi, ou a reçu les commandes dans le mauvais ordre. Cela désigne un bogue ou une mauvaise configuration du logiciel d’envoi (ou de quelque chose entre les deux, comme un pare-feu qui réécrit le SMTP).',
  'explain/spam-content/fix':
    'Passez le message au contrôle de contenu de spamrisk et corrigez ce qu’il trouve (expressions déclencheuses, raccourcisseurs de liens, mise en page faite d’images, texte caché, désinscription absente). Assurez-vous que SPF, DKIM et DMARC réussissent, n’écrivez qu’aux personnes qui ont demandé vos messages et, si un partenaire commercial vous refuse, demandez à son service informatique de mettre votre domaine sur liste blanche.',
  'explain/spam-content/title': 'Le filtre antispam du destinataire a refusé le message',
  'explain/spam-content/why':
    'Un filtre de contenu a classé ce message comme spam ou comme envoi en masse non sollicité. Les filtres pèsent la formulation, les liens et leurs domaines, la part des images par rapport au texte, la mise en forme et la ressemblance avec des messages que d’autres ont signalés comme spam — ainsi que la réputation de l’expéditeur.',
  'explain/status-meaning': ' ({kind, select, permanent {échec permanent} temporary {échec temporaire} other {statut}}\u00a0: {words})',
  'explain/tls-required/fix':
    'Activez STARTTLS sur votre serveur d’envoi avec une version de TLS à jour (1.2 ou plus) et un certificat valide, et vérifiez que rien entre vous et le destinataire ne supprime STARTTLS. Si l’erreur nomme un problème de certificat, corrigez ce certificat.',
  'explain/tls-required/title': 'Le destinataire exige une connexion chiffrée (TLS)',
  'explain/tls-required/why':
    'Le serveur de réception (ou la politique propre à l’expéditeur, MTA-STS ou REQUIRETLS) n’accepte le courrier que sur TLS, et la connexion n’était pas chiffrée ou la négociation TLS a échoué.',
  'explain/unknown-domain/fix':
    'Vérifiez l’orthographe du domaine, corrigez ou retirez l’adresse, et validez les adresses à l’inscription (un e-mail de confirmation attrape les fautes de frappe). Si le domaine est le vôtre ou celui d’un partenaire, vérifiez ses enregistrements MX.',
  'explain/unknown-domain/title': 'Le domaine du destinataire n’existe pas ou n’a pas de serveur de messagerie',
  'explain/unknown-domain/why':
    'Le DNS n’a aucun enregistrement pour le domaine qui suit le @, ou aucun de ses serveurs de messagerie (enregistrements MX) ne se résout. Le plus souvent une faute de frappe (`gmial.com`, `.con`), un domaine expiré ou une entreprise qui a changé de nom.',
  'explain/unknown-recipient/fix':
    'Vérifiez l’orthographe de la partie avant le @, retirez l’adresse de vos listes (ne réessayez jamais) et confirmez les nouvelles inscriptions par un double opt-in. Écrire de façon répétée à des destinataires inconnus est un fort signal de spam pour les fournisseurs de messagerie.',
  'explain/unknown-recipient/title': 'L’adresse du destinataire n’existe pas',
  'explain/unknown-recipient/why':
    'Le serveur du destinataire indique qu’il n’y a aucune boîte à ce nom dans le domaine\u00a0: une faute de frappe, une personne partie ou une adresse fermée.',
  'explain/unrecognised':
    'spamrisk ne reconnaît pas ce texte\u00a0: ce n’est pas un rapport de non-remise (notification d’état de remise), il ne cite aucune erreur SMTP ni aucun code d’état, et il ne contient aucun en-tête de filtre antispam ou d’authentification. Rien n’est expliqué plutôt que deviné.',
  'explain/unrecognised-fix':
    'Collez le rapport de non-remise entier, en-têtes compris (dans la plupart des logiciels de messagerie\u00a0: «\u00a0Afficher l’original\u00a0» ou «\u00a0Afficher la source\u00a0»), ou la ligne d’erreur du serveur, qui commence par un code comme `550 5.7.1`.',
  'explain/virus-detected/fix':
    'Analysez l’ordinateur d’envoi et la pièce jointe avec un antivirus à jour. N’envoyez pas d’exécutables, de scripts, de fichiers Office à macros ni d’archives protégées par mot de passe\u00a0; partagez plutôt ces fichiers par un lien. Si votre compte a envoyé des messages que vous n’avez pas écrits, changez son mot de passe.',
  'explain/virus-detected/title': 'L’analyseur du destinataire a trouvé un virus ou un logiciel malveillant dans le message',
  'explain/virus-detected/why':
    'Un antivirus ou un bac à sable du côté de la réception a jugé malveillant une pièce jointe ou un lien. Soit le fichier est réellement infecté, soit il ressemble à un logiciel malveillant (macros, scripts, archives protégées par mot de passe, exécutables).',
  'explain/with-code': ' avec {codes}{meaning}',
  'explain/words-only':
    '{title} — d’après la seule formulation\u00a0; le texte n’a ni structure de rapport de non-remise ni code d’état pour le confirmer. {why}',
} satisfies Catalogue;
