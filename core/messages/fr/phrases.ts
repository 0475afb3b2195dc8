// The phrases rules in French (core/rules/phrases/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// French typography: a no-break space (\u00a0) before `:`, `;` and inside « », typographic apostrophes (’).
import type { Catalogue } from '../index.ts';

export default {
  'address-greeting/address-greeting':
    'La formule d’appel nomme une adresse e-mail, `{greeting}`, là où l’on attend un nom\u00a0: c’est ainsi qu’écrivent les expéditeurs qui ne connaissent leur lecteur que par une adresse récoltée ou achetée, et les filtres le pénalisent.',
  'address-greeting/greet-by-name':
    'Saluez le lecteur par son nom («\u00a0Bonjour Ana,\u00a0»), ou commencez sans formule d’appel.',
  'crypto-wallet/wallet':
    'Le message affiche une adresse de portefeuille Bitcoin, `{address}`\u00a0: un paiement vers un portefeuille, c’est ce que demandent le chantage, les faux cadeaux et la fraude à l’avance de frais, et les filtres pénalisent l’adresse.',
  'crypto-wallet/wallet-beside-wording':
    'Le message affiche une adresse de portefeuille Bitcoin, `{address}`, et dit `{phrase}` à côté\u00a0: un paiement vers un portefeuille à côté d’une formule de chantage, ou d’un délai pour payer, c’est le visage des mails de chantage, et les filtres les pénalisent ensemble.',
  'crypto-wallet/name-the-payment':
    'Si vous acceptez vraiment des paiements en Bitcoin, dites qui vous êtes et à quoi correspond le paiement, et renvoyez vers une page de paiement de votre propre site plutôt que d’écrire l’adresse dans le message.',
  'custom-phrase/phrase':
    '`{phrase}` figure sur votre propre liste de formules à éviter.{repeat, select, yes { C’est la répétition d’une même formule, elle compte donc moins.} other {}}',
  'custom-phrase/suggestion':
    'Reformulez-la, ou retirez-la de votre liste si elle convient à ce message.',
  'finance-phrase/phrase':
    '`{phrase}` vante des prêts, du crédit ou des placements à la manière du spam financier et des arnaques aux cryptomonnaies.{repeat, select, yes { C’est la répétition d’une même formule, elle compte donc moins.} other {}}',
  'finance-phrase/suggestion':
    'Dites ce qu’est le produit et quelles sont ses conditions réelles (taux, frais, qui peut y souscrire)\u00a0; supprimez les promesses de rendement.',
  'form-by-reply/form-by-reply':
    'Le texte énumère {count} champs vides à remplir et à renvoyer, commençant par `{evidence}`\u00a0: un formulaire écrit dans le message qui demande nom, adresse, téléphone ou âge est la façon dont les fraudes à l’avance de frais, aux loteries et aux prêts recueillent des données, et les filtres le pénalisent.',
  'form-by-reply/link-a-form':
    'Si vous avez besoin de ces informations, mettez un lien vers un formulaire sur votre propre site, et ne demandez jamais de pièces d’identité ou de coordonnées bancaires par e-mail.',
  'free-offer-phrase/phrase':
    '`{phrase}` annonce quelque chose de gratuit ou une affaire trop belle\u00a0; les filtres comptent ces offres et additionnent leur poids.{repeat, select, yes { C’est la répétition d’une même formule, elle compte donc moins.} other {}}',
  'free-offer-phrase/suggestion':
    'Dites ce que reçoit le lecteur et à quelles conditions («\u00a0un lot d’échantillons avec votre première commande\u00a0»), et n’employez «\u00a0gratuit\u00a0» ou un superlatif de prix («\u00a0prix le plus bas\u00a0») qu’une fois au plus.',
  'greeting-phrase/phrase':
    '`{phrase}` est une formule d’appel impersonnelle\u00a0: elle indique aux filtres (et aux lecteurs) que l’expéditeur ne sait pas à qui il écrit.{repeat, select, yes { C’est la répétition d’une même formule, elle compte donc moins.} other {}}',
  'greeting-phrase/suggestion':
    'Saluez le lecteur par son nom («\u00a0Bonjour Ana,\u00a0») ou supprimez la formule d’appel.',
  'guarantee-phrase/phrase':
    '`{phrase}` fait une promesse absolue\u00a0; ce genre d’affirmation est bien plus fréquent dans le spam que dans les vraies offres.{repeat, select, yes { C’est la répétition d’une même formule, elle compte donc moins.} other {}}',
  'guarantee-phrase/suggestion':
    'Décrivez la politique réelle («\u00a0retours acceptés sous 30\u00a0jours\u00a0») plutôt qu’une garantie générale.',
  'large-sum-lure/large-sum-lure':
    'Le message annonce une grosse somme, `{sum}`, et dit `{lure}` et `{second}`\u00a0: une fortune offerte à côté d’une formule d’arnaque, c’est le visage de la fraude à l’avance de frais, à la loterie et à l’héritage, et les filtres les pénalisent ensemble.',
  'large-sum-lure/state-the-business':
    'Si la somme relève d’une vraie affaire, dites qui vous êtes et à quoi correspond le paiement (une facture, un contrat), et supprimez les formules des arnaques.',
  'money-phrase/phrase':
    '`{phrase}` promet de l’argent\u00a0: les filtres voient dans les promesses de gains un signe classique de spam.{repeat, select, yes { C’est la répétition d’une même formule, elle compte donc moins.} other {}}',
  'money-phrase/suggestion':
    'Indiquez plutôt l’avantage concret et ses conditions (par exemple «\u00a010\u00a0% de réduction sur votre prochaine commande jusqu’au 31\u00a0mai\u00a0»).',
  'pharma-phrase/phrase':
    '`{phrase}` relève du vocabulaire de la pharmacie ou des remèdes miracles, l’une des plus anciennes familles de spam, que les filtres pénalisent lourdement.{repeat, select, yes { C’est la répétition d’une même formule, elle compte donc moins.} other {}}',
  'pharma-phrase/suggestion':
    'Si vous vendez des produits de santé, n’utilisez que le nom déposé du produit et des affirmations factuelles, sans promesse de guérison ni de perte de poids.',
  'phishing-phrase/phrase':
    '`{phrase}` est un appât typique de l’hameçonnage d’identifiants (compte, mot de passe, vérification)\u00a0; les filtres sont réglés très sévèrement contre ce genre de formule.{repeat, select, yes { C’est la répétition d’une même formule, elle compte donc moins.} other {}}',
  'phishing-phrase/suggestion':
    'Pour un véritable avis de sécurité, dites ce qui s’est passé et invitez les lecteurs à ouvrir eux-mêmes votre site ou votre application, sans lien de connexion.',
  'phrase-density/dense':
    '{repeats, plural, =0 {{total} formules déclencheuses} other {{distinct} formules déclencheuses distinctes (et {repeats, plural, one {# répétition, qui compte moins} other {# répétitions, qui comptent moins}})}} en {words} mots ({density, number, ::.0} pour 100\u00a0mots)\u00a0: les filtres lisent une telle densité comme un argumentaire de vente, quels que soient les mots.',
  'phrase-density/one-offer':
    'Réduisez l’argumentaire à une seule offre claire, formulée une seule fois\u00a0; ajoutez le concret (quoi, quand, pour qui).',
  'sender-name-phrase/name-trigger':
    'Le nom d’expéditeur `{name}` dit `{word}`, un mot de médicament ou de pharmacie. Les envois de pilules et de répliques mettent le produit dans le nom d’expéditeur parce que les messageries l’affichent en premier\u00a0; les filtres pénalisent lourdement les noms de médicaments à cet endroit.',
  'sender-name-phrase/name-who':
    'Prenez votre nom ou celui de votre organisation comme nom d’expéditeur, et dites ce que vous proposez dans le message lui-même.',
  'shady-phrase/admission':
    '`{phrase}` est la phrase exacte que les filtres notent dans les envois de masse (ADMITS_SPAM de SpamAssassin), quel que soit l’expéditeur\u00a0; la loi américaine (CAN-SPAM) demande qu’un message commercial se présente comme une publicité, mais pas dans ces termes.{repeat, select, yes { C’est la répétition d’une même formule, elle compte donc moins.} other {}}',
  'shady-phrase/mark-the-ad':
    'Si vous devez signaler le message comme publicité, formulez-le à votre façon en vous nommant («\u00a0This email is an advertisement from Acme\u00a0»), et dites pourquoi le lecteur le reçoit.',
  'shady-phrase/phrase':
    '`{phrase}` est une formule qu’emploient les arnaques pour paraître légitimes\u00a0; un véritable expéditeur n’a jamais besoin de la dire.{repeat, select, yes { C’est la répétition d’une même formule, elle compte donc moins.} other {}}',
  'shady-phrase/suggestion':
    'Supprimez-la\u00a0: dites plutôt qui vous êtes et pourquoi le lecteur reçoit ce message.',
  'subject-phrase/plain-subject':
    'Faites de l’objet une simple description du contenu («\u00a0Votre facture de mai\u00a0», «\u00a0Nouvelle collection d’automne\u00a0»).',
  'subject-phrase/subject-trigger':
    'L’objet contient `{phrase}` (formulation {category, select, custom {de votre liste} finance {financière} free-offer {d’offre gratuite} greeting {de formule d’appel} guarantee {de garantie} money {d’argent} pharma {pharmaceutique} phishing {d’hameçonnage} shady {douteuse} urgency {d’urgence} other {de type {category}}})\u00a0: les filtres accordent plus de poids à l’objet qu’au corps du message.',
  'unchecked-language/no-wordlist':
    'Les formulations de ce texte ({language}) n’ont pas été vérifiées\u00a0: spamrisk a des listes de mots pour {covered}\u00a0; les autres vérifications ont eu lieu, mais le score ne dit rien de sa formulation.',
  'unchecked-language/others-read':
    'Seules les formulations en {read} ont été lues dans ce texte ({language})\u00a0: spamrisk a des listes de mots pour {covered}\u00a0; les autres vérifications ont eu lieu, mais le score dit peu de chose de sa formulation.',
  'unchecked-language/subject-no-wordlist':
    'Les formulations de l’objet ({language}) n’ont pas été vérifiées\u00a0: spamrisk a des listes de mots pour {covered}\u00a0; les autres vérifications ont eu lieu, mais le score ne dit rien de sa formulation.',
  'unchecked-language/subject-others-read':
    'Seules les formulations en {read} ont été lues dans l’objet ({language})\u00a0: spamrisk a des listes de mots pour {covered}\u00a0; les autres vérifications ont eu lieu, mais le score dit peu de chose de sa formulation.',
  'unchecked-language/read-it-yourself':
    'Relisez vous-même la formulation en cherchant ce que les filtres notent dans toutes les langues\u00a0: argent offert, gains, urgence, garanties. Si le mail part aussi dans l’une de ces langues, vérifiez aussi cette version.',
  'unchecked-language/not-chosen':
    'Seules les formulations en {chosen} ont été lues dans ce texte ({language})\u00a0: sa langue ne fait pas partie de celles choisies\u00a0; les autres vérifications ont eu lieu, mais le score dit peu de chose de sa formulation.',
  'unchecked-language/not-chosen-lures':
    'Seuls les appâts d’arnaque en {chosen} ont été lus dans ce texte ({language})\u00a0: sa langue ne fait pas partie de celles choisies, et spamrisk n’a pas de formulations d’argent, d’urgence, d’offre gratuite ou de garantie en {chosen}\u00a0; les autres vérifications ont eu lieu, mais le score dit peu de chose de sa formulation.',
  'unchecked-language/not-chosen-none':
    'Les formulations de ce texte ({language}) n’ont pas été vérifiées\u00a0: sa langue ne fait pas partie de celles choisies, et spamrisk n’a pas de formulations déclencheuses en {chosen}, seulement celles de désinscription\u00a0; les autres vérifications ont eu lieu, mais le score ne dit rien de sa formulation.',
  'unchecked-language/add-language':
    'Ajoutez {theLanguage} aux langues vérifiées (l’option `languages`, `--language` ou les options de l’extension), ou `auto` pour la langue de chaque mail.',
  'unchecked-language/lures-only':
    'Des formulations en {language}, seuls les appâts d’arnaque ont été lus dans ce texte\u00a0: spamrisk a des listes de mots complètes (argent, urgence, offres gratuites, garanties) pour {covered}\u00a0; les autres vérifications ont eu lieu.',
  'unchecked-language/read-offer-yourself':
    'Relisez vous-même la formulation de l’offre en cherchant l’argent offert, l’urgence et les garanties, qui n’ont pas été vérifiés dans cette langue.',
  'unchecked-language/language':
    '{code, select, en {anglais} de {allemand} fr {français} es {espagnol} it {italien} pt {portugais} nl {néerlandais} sv {suédois} fi {finnois} tr {turc} pl {polonais} cs {tchèque} hu {hongrois} ro {roumain} vi {vietnamien} id {indonésien} ms {malais} da-no {danois ou norvégien} nordic {danois, norvégien ou suédois} hr {croate, serbe ou bosnien} tl {tagalog} sw {swahili} ja {japonais} zh {chinois} ko {coréen} th {thaï} el {grec} he {hébreu} arab {écriture arabe} cyrl {écriture cyrillique} deva {écriture devanagari} other {une écriture que spamrisk ne lit pas}}',
  'unchecked-language/language-the':
    '{code, select, en {l’{name}} de {l’{name}} es {l’{name}} it {l’{name}} other {le {name}}}',
  'unchecked-text/past-the-cut':
    'Seuls les {read, number} premiers des {seen, number} caractères de texte visible (espaces compris) de ce message ont été parcourus à la recherche de formules déclencheuses ({rules}), comme le fait SpamAssassin avec un long texte\u00a0: à partir de `{word}`, {count, plural, one {cette règle n’y a} other {ces règles n’y ont}} pas cherché de formules déclencheuses, si bien qu’une accroche placée là {count, plural, one {lui échappe} other {leur échappe}}.',
  'unchecked-text/text-part-past-the-cut':
    'Seuls les {read, number} premiers des {seen, number} caractères de la partie texte brut (espaces compris) de ce message ont été parcourus à la recherche de formules déclencheuses ({rules}), comme le fait SpamAssassin avec chaque partie longue\u00a0: à partir de `{word}`, {count, plural, one {cette règle n’a} other {ces règles n’ont}} pas parcouru la partie texte, si bien qu’une accroche placée là {count, plural, one {lui échappe} other {leur échappe}}.',
  'unchecked-text/pitch-first':
    'Placez l’essentiel en haut\u00a0: l’offre, l’appel à l’action et tout ce que vous voulez voir vérifié, ou raccourcissez le message (mettez un lien vers le texte complet sur une page web). Relisez vous-même la suite en cherchant les formules déclencheuses\u00a0: argent, urgence, offres gratuites, garanties.',
  'urgency-phrase/phrase':
    '`{phrase}` pousse le lecteur à agir immédiatement, un levier du spam et de l’hameçonnage que les filtres surveillent.{repeat, select, yes { C’est la répétition d’une même formule, elle compte donc moins.} other {}}',
  'urgency-phrase/suggestion':
    'Donnez la date ou la raison réelle plutôt que de mettre la pression («\u00a0Les soldes se terminent le vendredi 31\u00a0mai\u00a0»).',
} satisfies Catalogue;
