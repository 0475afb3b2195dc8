// The links rules in French (core/rules/links/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// French typography: a no-break space (\u00a0) before `:`, `;` and inside « », typographic apostrophes (’).
import type { Catalogue } from '../index.ts';

export default {
  'brand-link-mismatch/link-to-brand':
    'Si vous écrivez au nom de {brand}, faites pointer les liens vers son propre domaine\u00a0; si vous ne faites que la mentionner, faites-le plus bas dans le message et indiquez clairement qui vous êtes.',
  'brand-link-mismatch/names-brand':
    'Le message cite `{brand}` {where, select, subject {dans son objet} other {en tête}}, mais aucun de ses liens ne mène à un domaine de {brand}\u00a0: ils conduisent à `{target}`. Se réclamer d’une marque et envoyer les lecteurs ailleurs, c’est la signature de l’hameçonnage de marque, et les filtres comparent l’un à l’autre.',
  'free-hosting-link/free-host':
    '`{url}` est une page sur `{host}`, un service gratuit d’hébergement ou de formulaires où n’importe qui peut publier en quelques minutes sous un nom de confiance\u00a0; l’hameçonnage et le spam y installent leurs pages pour profiter de sa réputation, c’est pourquoi les filtres ajoutent des points à ces liens.',
  'free-hosting-link/use-own-domain':
    'Faites pointer le lien vers une page de votre propre domaine (un domaine personnalisé sur le même service convient), ou indiquez dans le texte qui gère la page et pourquoi.',
  'ip-address-link/ip-host':
    '`{url}` pointe vers {kind, select, disguised {une adresse IP déguisée en nombre} private {une adresse IP de réseau privé} other {une simple adresse IP}} (`{host}`) plutôt que vers un nom de domaine\u00a0; le spam crée ce genre de liens pour échapper aux listes de blocage de domaines, c’est pourquoi les filtres le pénalisent{kind, select, disguised { lourdement} other {}}.',
  'ip-address-link/use-domain-name':
    'Faites pointer le lien vers un nom de domaine qui vous appartient (https://www.example.com/…), servi en HTTPS.',
  'link-density/dense':
    '{links} liens différents pour {words} mots (un tous les {every, number,\u00a0::.0} mots)\u00a0: pour les filtres, un texte fait surtout de liens ressemble à une ferme de liens ou à du spam d’affiliation.',
  'link-density/fewer-links':
    'Ne gardez que les quelques liens qui comptent et accompagnez chacun d’une phrase d’explication.',
  'links-elsewhere/link-home':
    'Faites pointer les liens vers des pages du domaine d’où vous envoyez, ou envoyez depuis le domaine de vos liens, pour que lecteurs et filtres voient une seule organisation.',
  'links-elsewhere/one-destination':
    'Tous les liens du message ({links, plural, one {# lien} other {# liens}}) mènent à `{domain}`, aucun à `{fromDomain}`, le domaine d’où il est envoyé. Écrire depuis un domaine et envoyer chaque lecteur vers un autre, c’est l’allure de l’hameçonnage et des envois de spam\u00a0; les filtres comparent l’expéditeur à la destination des liens.',
  'link-only-body/just-a-link':
    'À part {links, plural, one {le lien} other {les liens}} (`{url}`), le corps du message {words, plural, =0 {ne contient aucun mot} one {ne contient que # mot} other {ne contient que # mots}}\u00a0; un message qui n’est qu’un lien ne donne aux filtres rien d’autre à juger que ce lien, et c’est exactement l’allure des envois de spam.',
  'link-only-body/say-who':
    'Expliquez en quelques phrases qui vous êtes, pourquoi vous écrivez et vers quoi mène le lien.',
  'link-shortener/shortened':
    '`{url}` passe par le raccourcisseur d’URL `{shortener}`, qui cache la destination au lecteur comme aux filtres\u00a0; le spam utilise les raccourcisseurs pour cette raison, et les filtres s’en méfient donc.',
  'link-shortener/use-full-address':
    'Utilisez l’adresse complète de la page sur votre propre domaine.',
  'link-text-mismatch/branded-tracking':
    'Demandez à votre plateforme d’envoi un domaine de suivi à votre nom (un CNAME sous votre propre domaine), ou affichez un texte de lien comme «\u00a0Visitez notre site\u00a0» au lieu de l’adresse `{shown}`.',
  'link-text-mismatch/click-tracking':
    'Le texte du lien affiche `{shown}`, mais le lien mène à `{target}`, une redirection de suivi des clics. C’est courant dans les envois en nombre, mais certains filtres et outils de sécurité signalent tout lien dont le texte et la cible ne concordent pas.',
  'link-text-mismatch/match-text':
    'Faites en sorte que le lien mène là où l’annonce son texte (`{shown}`), ou changez le texte pour qu’il n’affiche pas d’adresse.',
  'link-text-mismatch/mismatch':
    'Le texte du lien affiche `{shown}`, mais le lien mène à `{target}`\u00a0: un texte qui promet un site et un lien qui mène à un autre, c’est le signe classique de l’hameçonnage, et les filtres le pénalisent.',
  'link-text-mismatch/other-suffix':
    'Le texte du lien affiche `{shown}`, mais le lien mène à `{target}`, le même nom avec une autre extension. Si les deux vous appartiennent, c’est sans danger pour les lecteurs, mais les filtres ne peuvent pas le distinguer d’un domaine sosie qui imite une marque.',
  'link-text-mismatch/show-real-address':
    'Affichez l’adresse vers laquelle mène réellement le lien (`{target}`), ou faites pointer le lien vers `{shown}` lui-même.',
  'lookalike-domain/all-lookalike':
    'est écrit entièrement avec des lettres qui ressemblent à des lettres latines',
  'lookalike-domain/compatibility':
    'utilise des caractères de compatibilité qui s’affichent comme `{normalized}`',
  'lookalike-domain/ideographic-dot':
    'sépare ses libellés par des points qu’un navigateur lit comme `.`, si bien qu’il ouvre `{opens}`',
  'lookalike-domain/internationalised':
    'est un nom internationalisé (non ASCII)',
  'lookalike-domain/invisible':
    'contient des caractères invisibles qu’un navigateur supprime, si bien qu’il ouvre `{opens}`',
  'lookalike-domain/lookalike-host':
    'L’hôte du lien `{host}`{displays, select, yes { s’affiche comme `{shown}` et} other {}} {why}\u00a0; {strong, select, yes {c’est ainsi que l’hameçonnage par homographes imite un domaine familier, et les filtres le pénalisent lourdement} other {les filtres examinent ces hôtes de plus près, car l’hameçonnage par homographes s’en sert}}.',
  'lookalike-domain/mixed-scripts':
    'mélange dans un même nom des lettres des écritures {scripts}',
  'lookalike-domain/plain-ascii':
    'Utilisez votre nom de domaine en ASCII simple\u00a0; si votre marque utilise réellement un domaine internationalisé, gardez toutes ses lettres dans une seule écriture.',
  'lookalike-domain/script':
    '{script, select, latin {latine} cyrillic {cyrillique} greek {grecque} armenian {arménienne} other {autre}}',
  'machine-made-domain/machine-made':
    '`{url}` mène à un nom d’hôte dont la partie `{label}` est {kind, select, hex {une longue suite de chiffres} consonants {une suite de sept consonnes} other {un mélange aléatoire de lettres et de chiffres}}\u00a0: personne n’a choisi ce nom pour qu’on le lise. Les envois de spam et d’hameçonnage génèrent des domaines jetables de ce genre par milliers, et les filtres pénalisent ces noms.',
  'machine-made-domain/readable-domain':
    'Faites pointer le lien vers votre propre domaine, lisible\u00a0; si un service vous a attribué une adresse générée, placez-la derrière un sous-domaine du vôtre.',
  'many-domains/fewer-domains':
    'Faites surtout pointer les liens vers votre propre domaine\u00a0; supprimez les liens inutiles et hébergez les ressources (images, fichiers) sur votre propre site.',
  'many-domains/many-domains':
    'Les liens mènent à {partial, select, yes {au moins } other {}}{count} domaines différents ({domains}, …)\u00a0; les filtres cherchent chacun d’eux dans des listes de blocage de domaines, donc chaque domaine supplémentaire est un risque de plus que l’un d’eux y figure.',
  'odd-port-link/odd-port':
    '`{url}` utilise le port {port}\u00a0; pour les filtres, un lien vers un serveur web sur un port inhabituel ressemble à un serveur domestique ou jetable, et certains pare-feu d’entreprise bloquent ces liens.',
  'odd-port-link/standard-port':
    'Servez la page sur le port HTTPS standard (443) et retirez le `:port` du lien.',
  'open-redirect/carries-target':
    '`{url}` contient l’adresse d’un autre site (`{target}`) vers laquelle `{host}` doit rediriger\u00a0; c’est ainsi que les redirections ouvertes cachent une destination, et les filtres jugent cela suspect.',
  'open-redirect/link-straight':
    'Faites pointer le lien directement vers la page de destination (ou via le suivi des clics de votre propre plateforme d’envoi), et non via une redirection sur un autre site.',
  'open-redirect/listed-redirector':
    '`{url}` passe par `{host}`, un redirecteur ouvert connu, pour aboutir à `{target}`\u00a0: l’hameçonnage emprunte ainsi la réputation d’un hôte de confiance, c’est pourquoi les filtres regardent au-delà de la redirection et s’en méfient.',
  'script-link/data-file':
    '`{url}` est un lien `data:`\u00a0: il transporte une image ou un fichier dans l’adresse au lieu d’ouvrir une page. Les clients de messagerie bloquent ces liens, il ne fait donc rien pour le lecteur.',
  'script-link/data-link':
    '`{url}` est un lien `data:`\u00a0: il transporte un document entier au lieu d’ouvrir une page, une façon pour l’hameçonnage d’afficher un faux formulaire de connexion sans adresse à bloquer. Les clients de messagerie le bloquent et les filtres le pénalisent.',
  'script-link/script-link':
    '`{url}` est un lien `{scheme}:`\u00a0: il tente d’exécuter un script, ce que tous les clients de messagerie suppriment : il ne fait rien pour le lecteur et le message ressemble à une page web copiée.',
  'script-link/use-https-link':
    'Remplacez-le par un lien https:// ordinaire vers une page de votre site.',
  'short-pitch/add-sender-details':
    'Dites qui vous êtes et pourquoi vous écrivez, ajoutez votre adresse postale et un lien de désabonnement, et faites pointer le lien vers une page de votre propre domaine.',
  'short-pitch/anonymous-sender':
    'envoyé depuis une boîte aux lettres fabriquée par une machine (`{address}`) vers un lien sur un autre domaine',
  'short-pitch/link-to':
    '{suspect, select, ip {un lien vers une adresse IP} tld {un lien vers un domaine en `.{tld}`} shortener {un lien vers un raccourcisseur d’URL} machine-made {un lien vers un nom d’hôte fabriqué par une machine (`{host}`)} other {un lien vers un hébergement gratuit (`{host}`)}}',
  'short-pitch/sales-wording':
    'une formule commerciale comme `{phrase}`',
  'short-pitch/short-pitch':
    'Le corps du message est un court argumentaire ({words} mots, {why}) dont tous les liens mènent à `{domain}`, sans aucune information sur l’expéditeur\u00a0: ni adresse postale, ni moyen de se désabonner. Les envois massifs de spam ressemblent exactement à cela, et les filtres pénalisent les messages courts à lien unique.',
  'suspicious-tld/suspicious-tld':
    '`{url}` se trouve sur `{domain}`, sous le domaine de premier niveau `.{tld}`, qui héberge une grande part des sites de spam et d’hameçonnage\u00a0; les filtres ajoutent des points aux liens qui y mènent.',
  'suspicious-tld/use-main-domain':
    'Hébergez la page sur votre domaine principal (un .com, un .org ou un domaine national que vous utilisez depuis des années) plutôt que sur un domaine en `.{tld}`.',
  'unsubscribe-on-ip/host-unsubscribe':
    'Hébergez la page de désabonnement sur votre propre domaine en HTTPS (ou utilisez le lien de désabonnement de votre plateforme d’envoi), et ajoutez un en-tête List-Unsubscribe.',
  'unsubscribe-on-ip/unsubscribe-on-ip':
    'Le lien de désabonnement `{url}` pointe vers l’adresse IP `{host}` au lieu de votre domaine\u00a0; un désabonnement hébergé sur une simple adresse IP est la marque d’une infrastructure de spam jetable, et les destinataires ne peuvent pas savoir de qui ils se désabonnent.',
  'userinfo-link/fake-host':
    '`{url}` commence par `{userinfo}@`, qui se lit comme le nom du site, mais le lien mène en réalité à `{host}`\u00a0; cette astuce est typique de l’hameçonnage et les filtres la pénalisent lourdement.',
  'userinfo-link/remove-userinfo':
    'Supprimez tout ce qui se trouve entre `://` et `@` pour que le lien montre le véritable hôte.',
  'userinfo-link/user-name':
    '`{url}` contient un nom d’utilisateur (`{userinfo}@`) avant l’hôte\u00a0; les navigateurs mettent en garde contre ces liens et les filtres les jugent suspects.',
} satisfies Catalogue;
