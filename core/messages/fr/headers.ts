// The headers rules in French (core/rules/headers/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// French typography: a no-break space (\u00a0) before `:`, `;` and inside « », typographic apostrophes (’).
// Header names, header syntax (From: "…" <…>) and the RFC 5322 date format stay as they are written.
import type { Catalogue } from '../index.ts';

export default {
  'date-without-zone/no-zone':
    'L’en-tête Date `{date}` n’a pas de fuseau horaire valide. La RFC 5322 exige un fuseau numérique tel que «\u00a0+0000\u00a0», et les serveurs de messagerie comme les vrais logiciels de messagerie en écrivent toujours un\u00a0; les dates sans fuseau viennent de scripts d’envoi en masse, et les filtres les pénalisent.',
  'date-without-zone/numeric-zone':
    'Laissez votre serveur de messagerie ou votre ESP définir l’en-tête Date, ou écrivez-le avec un fuseau numérique, par exemple «\u00a0Tue, 14 May 2024 09:30:00 +0000\u00a0».',
  'display-name-brand/brand-name':
    'Le nom d’expéditeur `{name}` cite {brand}, mais le message vient de `{domain}`. La plupart des logiciels de messagerie n’affichent que le nom\u00a0: cela ressemble donc à une usurpation d’identité, la première chose que falsifie l’hameçonnage.',
  'display-name-brand/brand-on-open-mailbox':
    'Le nom d’expéditeur `{name}` cite {brand}, mais l’adresse est sur `{domain}`, où n’importe qui peut créer une adresse\u00a0; {brand} n’envoie pas son propre courrier depuis une telle adresse. La plupart des logiciels de messagerie n’affichent que le nom\u00a0: cela ressemble donc à une usurpation d’identité, la première chose que falsifie l’hameçonnage.',
  'display-name-brand/own-name':
    'Mettez le nom de votre propre organisation dans le nom d’expéditeur (From)\u00a0; si vous écrivez au nom de {brandWord}, envoyez depuis un domaine que cette marque autorise (avec SPF, DKIM et DMARC alignés).',
  'display-name-urgency/alarm-word':
    'Le nom d’expéditeur `{name}` contient le mot alarmant `{word}`. Les expéditeurs dont le nom se veut urgent ou officiel sont typiques de l’hameçonnage, et les filtres comme les lecteurs s’en méfient.',
  'display-name-urgency/as-brand-writes-it':
    'Écrivez le nom d’expéditeur comme la marque l’écrit («\u00a0Acme Store\u00a0», pas «\u00a0ACME STORE SALES\u00a0»).',
  'display-name-urgency/capitals':
    'Le nom d’expéditeur `{name}` est en majuscules. Un nom d’expéditeur qui crie ressemble à du spam, pour les filtres comme pour les lecteurs.',
  'display-name-urgency/name-is-address':
    'Le nom d’expéditeur est l’adresse `{shown}`, mais le message vient de `{from}`. La plupart des logiciels de messagerie n’affichent que le nom\u00a0: cela ressemble donc à une usurpation d’identité, un schéma d’hameçonnage que les filtres recherchent.',
  'display-name-urgency/name-shows-address':
    'Le nom d’expéditeur `{name}` affiche l’adresse `{shown}`, mais le message vient de `{from}`. La plupart des logiciels de messagerie n’affichent que le nom\u00a0: cela ressemble donc à une usurpation d’identité, un schéma d’hameçonnage que les filtres recherchent.',
  'display-name-urgency/plain-name':
    'Utilisez un simple nom comme nom d’affichage (votre marque ou votre nom), jamais une adresse e-mail.',
  'display-name-urgency/team-name':
    'Utilisez le nom de votre marque ou de votre équipe tel quel («\u00a0Acme Facturation\u00a0») et indiquez dans l’objet de quoi parle le message.',
  'fake-reply-subject/drop-fwd':
    'Retirez le «\u00a0Fwd:\u00a0» et écrivez un objet qui dit de quoi parle le message.',
  'fake-reply-subject/drop-re':
    'Retirez le «\u00a0Re:\u00a0», sauf si ce message répond vraiment à un message du lecteur (répondez alors depuis votre logiciel de messagerie, qui ajoute les en-têtes).',
  'fake-reply-subject/fake-forward':
    'L’objet commence par `{prefix}`, mais le message ne porte pas d’en-tête In-Reply-To ni References. Les transferts en sont souvent dépourvus, mais un envoi en masse déguisé en transfert ressemble à une ruse de spammeur.',
  'fake-reply-subject/fake-reply':
    'L’objet commence par `{prefix}`, mais le message n’a pas d’en-tête In-Reply-To ni References\u00a0: il ne répond donc à aucun message antérieur. Les fausses réponses sont une ruse de spam connue, et les filtres la détectent.',
  'forged-mail-client/fake-outlook-express':
    'L’en-tête X-Mailer indique `{mailer}`, mais le Message-ID `{id}` n’est pas de ceux qu’écrit Outlook Express (il crée lui-même chaque identifiant, sous la forme `<hex$hex$hex@hôte>`). Les logiciels de spam copient l’X-Mailer du logiciel de messagerie d’une personne et fabriquent leurs propres identifiants\u00a0; les filtres repèrent ce décalage.',
  'forged-mail-client/honest-mailer':
    'Laissez le logiciel qui envoie réellement le message écrire son propre X-Mailer (ou aucun), et laissez-le, ou votre serveur de messagerie, créer le Message-ID.',
  'forged-message-id/fake-outlook-id':
    'Le Message-ID `{id}` a la forme de ceux d’Outlook, mais pas l’horodatage qu’Outlook y inscrit. Les logiciels d’envoi en masse falsifient ainsi les identifiants, et les filtres reconnaissent la contrefaçon.',
  'forged-message-id/let-server-create':
    'Laissez votre serveur de messagerie, votre ESP ou votre logiciel de messagerie créer le Message-ID (`<unique-part@your-domain>`)\u00a0; ne fabriquez jamais d’identifiants qui imitent ceux d’un autre.',
  'freemail-from/free-mailbox':
    'Le message vient de `{address}`, une boîte aux lettres gratuite. Un envoi en masse depuis une adresse grand public échoue à DMARC s’il ne passe pas par les propres serveurs de {domain} (Gmail, Yahoo et AOL publient des politiques de rejet ou de quarantaine), et les filtres considèrent les expéditeurs à boîte gratuite comme un signe de spam et d’arnaque.',
  'freemail-from/own-domain':
    'Envoyez depuis une adresse sur un domaine qui vous appartient, avec SPF, DKIM et DMARC configurés pour le serveur ou l’ESP qui l’envoie.',
  'freemail-reply-to/free-reply-to':
    'Les réponses vont à `{address}`, une boîte aux lettres gratuite, alors que le message vient de `{domain}`. Une organisation qui reçoit ses réponses sur une adresse gratuite, c’est le fonctionnement des arnaques à l’avance de frais et au faux président, et les filtres le pénalisent.',
  'freemail-reply-to/reply-to-own-domain':
    'Indiquez dans Reply-To une adresse sur {domain} (ou supprimez Reply-To pour que les réponses aillent à l’expéditeur).',
  'from-without-name/add-name':
    'Ajoutez un nom d’affichage\u00a0: From: "Votre entreprise" <{address}>.',
  'from-without-name/no-name':
    'Le message vient de `{address}` sans nom d’affichage\u00a0: les lecteurs ne voient qu’une adresse nue. Les expéditeurs qui écrivent à des lecteurs se nomment\u00a0; un expéditeur sans nom ressemble à un script d’envoi en masse, pour les filtres comme pour les gens.',
  'from-without-name/no-name-own-domain':
    'Le message vient de `{address}` sans nom d’affichage\u00a0: les lecteurs ne voient qu’une adresse nue. L’adresse est sur le domaine de l’expéditeur et son désabonnement y ramène\u00a0: le domaine nomme l’expéditeur, c’est donc un conseil, sans points. Un nom se lit tout de même mieux qu’une adresse.',
  'high-priority/remove-priority':
    'Supprimez l’en-tête {field} (ou réglez-le sur normal) et laissez le contenu dire ce qui compte.',
  'high-priority/urgent':
    'L’en-tête `{header}` marque le message comme urgent. Les logiciels d’envoi en masse et les kits d’hameçonnage fixent une priorité haute pour attirer l’attention, c’est pourquoi les filtres la pénalisent\u00a0; aucune newsletter ni notification n’en a besoin.',
  'machine-made-mailbox/random-mailbox':
    'Le message vient de `{address}`, dont le nom de boîte `{mailbox}` est {kind, select, mixed-case {un mélange de majuscules et de minuscules en petits morceaux} other {un mélange aléatoire de lettres et de chiffres}}\u00a0: personne ne l’a choisi pour être lu ni pour qu’on y réponde. Les campagnes de spam et d’hameçonnage génèrent une boîte comme celle-ci à chaque envoi pour qu’aucune liste de blocage ne suive, et les filtres pénalisent un expéditeur dont le nom paraît aléatoire.',
  'machine-made-mailbox/stable-mailbox':
    'Envoyez depuis une boîte stable, que les lecteurs reconnaissent et à laquelle ils peuvent répondre (news@, bonjour@, le nom d’une personne), sur votre propre domaine.',
  'malformed-from/comma-in-name':
    'Le champ From `{field}` contient une virgule hors guillemets dans son nom affiché\u00a0: il se lit donc comme une liste de deux expéditeurs, dont l’un sans adresse. Les kits d’hameçonnage écrivent de tels expéditeurs\u00a0; Microsoft 365 et Outlook.com rejettent ces messages, et les filtres les pénalisent.',
  'malformed-from/malformed-address':
    'Le message vient de `{address}`, qui n’est pas une adresse d’où un message peut partir\u00a0: {problem, select, no-tld {son domaine `{domain}` n’a pas de domaine de premier niveau comme .com} other {son domaine `{domain}` contient des caractères qu’aucun nom de domaine ne peut avoir}}. Les kits d’hameçonnage écrivent de tels expéditeurs pour afficher une marque ou une autorité à la place de l’adresse\u00a0; Microsoft 365 et Outlook.com rejettent ces messages, et les filtres les pénalisent.',
  'malformed-from/quote-name':
    'Mettez entre guillemets droits un nom affiché qui contient une virgule\u00a0: `"Doe, Jane" <jane@example.com>`.',
  'malformed-from/valid-address':
    'Envoyez depuis une vraie boîte sur votre propre domaine, écrite sous la forme `"Votre nom" <nom@example.com>`.',
  'malformed-mime-headers/add-mime-version':
    'Corrigez le code ou le modèle qui écrit vos en-têtes\u00a0: ajoutez `MIME-Version: 1.0` à côté de Content-Type, ou construisez le message avec une bibliothèque MIME (le module de messagerie de votre langage, Nodemailer, PHPMailer) au lieu d’écrire les en-têtes vous-même.',
  'malformed-mime-headers/content-type-only':
    'Le message a un en-tête `Content-Type: {type}` mais pas d’en-tête MIME-Version. La RFC 2045 exige `MIME-Version: 1.0` dans tout message MIME\u00a0; les bibliothèques de messagerie, les logiciels de messagerie et les ESP l’écrivent toujours. Son absence trahit des en-têtes écrits à la main, comme les écrivent les logiciels de spam, et les filtres la pénalisent (MIME_HEADER_CTYPE_ONLY de SpamAssassin).',
  'malformed-mime-headers/control-characters':
    'L’objet `{subject}` contient {count, plural, one {# caractère de contrôle} other {# caractères de contrôle}} (affichés ␁, ␡, etc.), des codes invisibles qu’aucune bibliothèque de messagerie n’écrit dans un en-tête. Les champs d’en-tête doivent être en ASCII imprimable (RFC 5322)\u00a0; les logiciels de messagerie les affichent sous forme de carrés ou les suppriment, et les filtres les pénalisent (SUBJ_ILLEGAL_CHARS de SpamAssassin).',
  'malformed-mime-headers/encode-subject':
    'Faites encoder l’objet par votre code d’envoi, en UTF-8, sous forme de mot encodé (`=?UTF-8?B?…?=`)\u00a0; une bibliothèque de messagerie le fait quand vous lui donnez l’objet sous forme de texte. Vérifiez dans quel jeu de caractères votre modèle ou votre base de données le fournit\u00a0: ces octets sont arrivés dans un autre.',
  'malformed-mime-headers/raw-subject':
    'L’objet `{subject}` contient {count, plural, one {# caractère} other {# caractères}} qu’aucune bibliothèque de messagerie n’écrit à cet endroit\u00a0: des octets bruts d’un jeu de caractères autre qu’UTF-8 (affichés �) ou des caractères de contrôle. Les champs d’en-tête doivent être en ASCII simple (RFC 5322), tout autre texte s’écrivant en mots encodés selon la RFC 2047\u00a0; les octets bruts arrivent illisibles chez le lecteur, et les filtres les pénalisent (SUBJ_ILLEGAL_CHARS de SpamAssassin).',
  'malformed-mime-headers/remove-control-characters':
    'Retirez les caractères de contrôle de l’objet avant l’envoi\u00a0: ils viennent des données qui le remplissent (un champ de base de données, une cellule de tableur, un texte copié depuis un autre programme), pas d’une bibliothèque de messagerie. Vérifiez le code qui construit l’objet à partir de ces données.',
  'missing-date/bad-date':
    'L’en-tête Date `{date}` n’est pas une date au format de la RFC 5322. Les filtres traitent les dates mal formées comme des dates absentes.',
  'missing-date/fix-date':
    'Écrivez la date comme l’exige la RFC 5322, par exemple «\u00a0Tue, 14 May 2024 09:30:00 +0000\u00a0».',
  'missing-date/no-date':
    'Le message n’a pas d’en-tête Date. Tout message doit en porter un (RFC 5322), et un message qui n’en a pas semble envoyé par un logiciel de spam.',
  'missing-date/set-date':
    'Envoyez par un serveur de messagerie ou un ESP qui définit Date, ou définissez-le dans votre code d’envoi (au format RFC 5322, par exemple «\u00a0Tue, 14 May 2024 09:30:00 +0000\u00a0»).',
  'missing-message-id/bad-message-id':
    'Le Message-ID `{id}` n’a pas la forme `<id@domain>` (RFC 5322). Les identifiants mal formés sont typiques des logiciels d’envoi en masse faits maison.',
  'missing-message-id/fix-message-id':
    'Générez les Message-ID sous la forme «\u00a0<unique-id@your-domain.example>\u00a0».',
  'missing-message-id/no-message-id':
    'Le message n’a pas d’en-tête Message-ID. Les serveurs de messagerie et les ESP en ajoutent toujours un\u00a0: son absence laisse penser que le message les a contournés, un trait des logiciels de spam.',
  'missing-message-id/set-message-id':
    'Envoyez par un serveur de messagerie ou un ESP qui définit Message-ID, ou générez-en un dans votre code d’envoi («\u00a0<unique-id@your-domain.example>\u00a0»).',
  'recipient-in-subject/address-in-subject':
    'L’objet cite l’adresse même du destinataire, `{address}`. Les kits d’hameçonnage la remplissent pour que le message ressemble à un avis de la messagerie du lecteur, et les campagnes de spam le font pour que chaque copie diffère\u00a0; les filtres pénalisent une adresse To dans l’objet.',
  'recipient-in-subject/name-not-address':
    'Saluez le lecteur par son nom et laissez l’objet dire de quoi parle le message.',
  'sender-alignment/align-with-from':
    'Signez avec DKIM au nom de votre domaine From (d=votre domaine) ou envoyez avec un Return-Path sur votre domaine, couvert par votre enregistrement SPF.',
  'sender-alignment/dkim-fail':
    'L’en-tête Authentication-Results du destinataire indique `dkim={result}`\u00a0: la signature DKIM ne se vérifie pas, le message a donc peut-être été modifié ou la clé est erronée. Une signature cassée compte comme une signature absente.',
  'sender-alignment/dmarc-fail':
    'L’en-tête Authentication-Results du destinataire indique `dmarc=fail`\u00a0: aucun succès SPF ou DKIM ne s’aligne sur le domaine From{known, select, yes { `{domain}`} other {}}. Les destinataires mettent ce genre de message en quarantaine ou le rejettent quand la politique DMARC du domaine le demande, et Gmail et Yahoo exigent l’alignement DMARC des expéditeurs en masse.',
  'sender-alignment/fix-dkim':
    'Vérifiez que la clé publique DKIM dans le DNS correspond à la clé de signature, et que rien ne réécrit le message après la signature (pieds de page, suivi des liens ajouté ensuite).',
  'sender-alignment/fix-spf':
    'Ajoutez votre service d’envoi à l’enregistrement SPF du domaine du Return-Path (sa ligne «\u00a0include:\u00a0»), ou envoyez par un serveur qu’il liste déjà.',
  'sender-alignment/not-aligned':
    'Le message est signé DKIM par `{signer}`, pas par le domaine From `{domain}`, et son Return-Path n’est pas non plus sur ce domaine. Rien ne s’aligne sur From, une vérification DMARC échouerait donc\u00a0; Gmail et Yahoo exigent l’alignement des expéditeurs en masse.',
  'sender-alignment/sign-as-from':
    'Configurez la signature DKIM pour {domain} auprès de votre service d’envoi (avec l’enregistrement CNAME ou TXT qu’il vous fournit), ou utilisez un Return-Path personnalisé sur {domain}.',
  'sender-alignment/spf-fail':
    'L’en-tête Authentication-Results du destinataire indique `spf={result}`\u00a0: le serveur qui a envoyé ce message ne figure pas dans l’enregistrement SPF du domaine expéditeur. Les destinataires tiennent les échecs SPF pour un signe de falsification.',
  'subject-adv-label/adv-label':
    'L’objet porte l’étiquette `{label}` de la publicité non sollicitée. Le spam en masse devait s’étiqueter ainsi, et les filtres pénalisent cette étiquette\u00a0; aucune newsletter légitime ne l’utilise.',
  'subject-adv-label/remove-label':
    'Retirez l’étiquette «\u00a0ADV\u00a0» et écrivez un objet qui dit de quoi parle le message\u00a0; n’écrivez qu’aux personnes qui l’ont demandé.',
  'subject-all-caps/capitals':
    'L’objet `{subject}` est écrit en majuscules. Les objets qui crient sont une marque classique du spam que les filtres pénalisent à eux seuls, et les lecteurs les survolent.',
  'subject-all-caps/sentence-case':
    'Écrivez l’objet en minuscules, avec une majuscule initiale, et gardez les majuscules pour les noms et les sigles («\u00a0Dernière chance\u00a0: -20\u00a0% jusqu’à ce soir\u00a0»).',
  'subject-currency-or-url/link-in-body':
    'Placez le lien dans le corps du message, sur un texte de lien descriptif\u00a0; dans l’objet, nommez la marque plutôt que son adresse.',
  'subject-currency-or-url/money':
    'L’objet cite une somme d’argent, `{amount}`. Les montants dans l’objet sont typiques du spam de gains, de prêts et d’investissement, et les filtres en tiennent compte.',
  'subject-currency-or-url/money-in-body':
    'Ne mettez pas d’argent dans l’objet\u00a0; dites de quoi parle le message et donnez les chiffres dans le corps.',
  'subject-currency-or-url/web-address':
    'L’objet contient une adresse web, `{url}`. Les liens dans l’objet sont rares dans les messages légitimes et courants dans le spam, et un lien à cet endroit ne peut pas être vérifié avant d’être lu.',
  'subject-padding/padded':
    'L’objet contient {spaces} espaces d’affilée avant `{tag}`. Ajouter des espaces à un objet pour repousser une étiquette hors de vue, c’est ce que font les logiciels d’envoi en masse pour rendre chaque exemplaire unique, et les filtres le pénalisent.',
  'subject-padding/remove-spaces':
    'Supprimez la suite d’espaces (et toute étiquette de suivi qui la suit)\u00a0; mettez un numéro de référence dans le corps du message ou dans un en-tête.',
  'subject-shouting/one-mark':
    'Utilisez au plus un point d’exclamation et aucune suite de symboles\u00a0; laissez les mots porter le message.',
  'subject-shouting/shouts':
    'L’objet crie avec `{run}`. Les suites de points d’exclamation ou de signes dollar sont typiques des objets de spam, et les filtres les pénalisent.',
  'undisclosed-recipients/hidden':
    '{empty, select, yes {L’en-tête To est vide} other {`{header}`}}\u00a0: les destinataires sont masqués, chaque lecteur a donc reçu une copie cachée. C’est ainsi que le spam et les arnaques sont envoyés en masse\u00a0; les newsletters et les notifications adressent chaque lecteur dans To.',
  'undisclosed-recipients/one-per-recipient':
    'Envoyez un message par destinataire avec son adresse dans To (tout ESP ou publipostage le fait), plutôt qu’un seul message envoyé en copie cachée à une liste.',
} satisfies Catalogue;
