// The structure rules in French (core/rules/structure/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// French typography: a no-break space (\u00a0) before `:`, `;` and inside « », typographic apostrophes (’).
import type { Catalogue } from '../index.ts';

export default {
  'broken-markup/close-elements':
    'Fermez chaque `<{name}>` que vous ouvrez, puis passez le HTML dans un validateur ou dans le vérificateur de modèles de votre plateforme d’envoi.',
  'broken-markup/unclosed':
    '`<{name}>` est ouvert sans `</{name}>` de fermeture {count, plural, =1 {une fois} other {# fois}} ({total} éléments non fermés en tout). Un balisage déséquilibré est typique des envois en nombre faits à la hâte, les filtres le comptent, et les clients de messagerie peuvent afficher tout le reste du message à l’intérieur de l’élément resté ouvert.',
  'embedded-object/plugin':
    'Le message intègre un contenu de plug-in avec `<{name}>`. Les clients de messagerie ne le lisent pas, et les filtres se souviennent des objets intégrés comme d’un vecteur de logiciels malveillants.',
  'embedded-object/remove-object':
    'Supprimez l’objet intégré\u00a0; montrez plutôt une image fixe qui renvoie vers la vidéo ou la page.',
  'empty-body/empty':
    'Le corps du message n’affiche ni mots ni images{shows, select, hidden { (son seul texte est masqué\u00a0: `{text}`)} text { (seulement `{text}`)} other {}}. Les filtres n’ont rien d’autre à juger que les en-têtes et les liens, et un message vide est typique des envois de sondage et du spam qui cache sa charge dans une pièce jointe.',
  'empty-body/write-body':
    'Écrivez le message dans le corps\u00a0: dites qui vous êtes et pourquoi vous écrivez, même quand l’essentiel du contenu est en pièce jointe.',
  'external-stylesheet/external-css':
    'Le message charge une feuille de style externe (`{url}`). Gmail, Outlook et la plupart des messageries web ignorent les CSS externes, si bien que la mise en page se défait pour beaucoup de lecteurs, et les filtres remarquent les messages qui vont chercher des ressources distantes pour s’afficher.',
  'external-stylesheet/inline-styles':
    'Intégrez les styles dans le message (attributs style="…" ou un bloc <style> dans le message) au lieu de lier une feuille de style.',
  'form-in-email/asks-secret':
    'Le message contient un formulaire qui demande des identifiants de connexion ou des données de carte bancaire, ou un autre secret comme un numéro d’identité{listed, select, yes { ({names})} other {}}. Recueillir des identifiants dans un e-mail, c’est ce que fait l’hameçonnage, et les clients de messagerie signalent ces formulaires ou les désactivent.',
  'form-in-email/collects-data':
    'Le message contient un formulaire avec {fields, plural, one {# champ} other {# champs}} à remplir{listed, select, yes { ({names})} other {}}{sends, select, mailbox { qui envoie les réponses à une boîte mail} ip { qui envoie les réponses à une simple adresse IP} other {}}. Recueillir des données dans un e-mail est un procédé de l’hameçonnage et du spam de prospection\u00a0; Gmail avertit avant l’envoi d’un tel formulaire et beaucoup de clients le désactivent.',
  'form-in-email/form':
    'Le message contient {kind, select, search {un champ de recherche} buttons {un formulaire avec des boutons ou des choix} other {un formulaire}}. La plupart des clients de messagerie désactivent les formulaires ou avertissent avant leur envoi, il ne fonctionnera donc pas pour beaucoup de lecteurs.',
  'form-in-email/link-to-form':
    'Remplacez le formulaire par un bouton qui mène au même formulaire sur votre site.',
  'form-in-email/no-secrets':
    'Ne demandez jamais de mot de passe ni de données de paiement dans un e-mail. Renvoyez vers votre site, où le lecteur se connecte sur votre propre domaine.',
  'form-in-email/use-links':
    'Utilisez plutôt de simples liens (un lien par choix, ou un lien vers la page de recherche).',
  'gmail-clipping/clipped':
    'Le HTML pèse {kb}\u00a0Ko\u00a0; Gmail tronque les messages au-delà d’environ 102\u00a0Ko, donc tout ce qui suit ce point (`{cut}`) est caché derrière «\u00a0Afficher l’intégralité du message\u00a0», y compris le pied de page et le pixel de suivi des ouvertures.',
  'gmail-clipping/move-unsubscribe':
    'Placez le lien de désabonnement avant la coupure (près du haut, ou dans un pied de page court), ou réduisez le HTML sous 100\u00a0Ko.',
  'gmail-clipping/trim-html':
    'Réduisez le HTML sous 100\u00a0Ko\u00a0: supprimez les CSS et commentaires inutiles, minifiez, hébergez les contenus longs sur le web et mettez un lien vers eux.',
  'gmail-clipping/unsubscribe-clipped':
    'Le lien de désabonnement (`{link}`) se trouve après le point de troncature de Gmail, donc les lecteurs de Gmail ne le voient pas. Un lecteur qui ne trouve pas comment se désinscrire clique sur «\u00a0Signaler comme spam\u00a0», et Gmail exige des expéditeurs en nombre un désabonnement facile.',
  'hidden-text/faint':
    '`{text}` ({words, plural, one {# mot} other {# mots}}{phrases, plural, =0 {} one {, dont # expression déclencheuse} other {, dont # expressions déclencheuses}}{more, plural, =0 {} one {, et # autre mot masqué ailleurs} other {, et # autres mots masqués ailleurs}}) est écrit avec {how}, si bien que le lecteur le voit à peine. Les filtres considèrent qu’un texte que le lecteur ne peut pas déchiffrer est écrit pour eux (HTML_FONT_LOW_CONTRAST de SpamAssassin).',
  'hidden-text/hidden':
    '`{text}` ({words, plural, one {# mot} other {# mots}}{phrases, plural, =0 {} one {, dont # expression déclencheuse} other {, dont # expressions déclencheuses}}{more, plural, =0 {} one {, et # autre mot masqué ailleurs} other {, et # autres mots masqués ailleurs}}) est caché au lecteur par {how}. Les filtres voient dans un texte caché une tentative de leur faire lire des mots que le lecteur ne voit jamais — le classique «\u00a0Bayes poison\u00a0» — ou de glisser des expressions sans qu’ils les remarquent.',
  'hidden-text/how-display-none': '`display:none`',
  'hidden-text/how-hidden-attribute': 'l’attribut `hidden`',
  'hidden-text/how-low-contrast': 'une couleur de texte à peine différente de son arrière-plan',
  'hidden-text/how-off-page': 'un positionnement hors de la page',
  'hidden-text/how-same-color-as-background': 'une couleur de texte identique à son arrière-plan',
  'hidden-text/how-tiny-font-size': 'une police de moins de 2\u00a0px',
  'hidden-text/how-transparent': 'une transparence totale',
  'hidden-text/how-visibility-hidden': '`visibility:hidden`',
  'hidden-text/how-zero-font-size': 'une taille de police nulle',
  'hidden-text/how-zero-size-box': 'une boîte de taille nulle avec `overflow:hidden`',
  'hidden-text/raise-contrast':
    'Donnez au texte une couleur qui se détache de son arrière-plan, ou supprimez-le.',
  'hidden-text/remove-hidden':
    'Supprimez le texte caché ou rendez-le visible. Pour le texte d’aperçu dans la boîte de réception, gardez une seule phrase de pré-en-tête courte, sans formule commerciale, tout en haut du corps du message.',
  'iframe-in-email/frame':
    'Le message contient {tag, select, iframe {une balise `<iframe>`} other {une balise `<{tag}>`}}{loads, select, yes { qui charge `{src}`} other {}}. Les clients de messagerie bloquent les cadres, les lecteurs voient donc une zone vide, et les filtres considèrent un cadre comme un contenu introduit en douce sans passer par leur analyse.',
  'iframe-in-email/inline-content':
    'Mettez le contenu dans le message lui-même, ou faites un lien vers la page au lieu de l’encadrer.',
  'meta-refresh/meta-refresh':
    'Le message contient une redirection meta refresh{redirects, select, yes { vers `{target}`} other {}}. Les clients de messagerie l’ignorent\u00a0; les filtres y voient une page de redirection, le moyen qu’emploie l’hameçonnage pour envoyer les lecteurs vers un leurre.',
  'meta-refresh/remove-meta':
    'Supprimez la balise `<meta http-equiv="refresh">` et faites plutôt un lien vers la page.',
  'missing-text-part/add-text-part':
    'Envoyez un message multipart/alternative avec une partie text/plain qui dit la même chose que le HTML\u00a0; la plupart des plateformes d’envoi peuvent la générer pour vous.',
  'missing-text-part/html-only':
    'Le message a une partie HTML mais pas d’alternative en texte brut{typed, select, yes { (`Content-Type: {contentType}`)} other {}}. Les filtres pénalisent les messages uniquement en HTML (MIME_HTML_ONLY de SpamAssassin), et les lecteurs dont le client n’affiche que du texte ne voient rien d’utile.',
  'missing-text-part/html-only-identified':
    'Le message a une partie HTML mais pas d’alternative en texte brut{typed, select, yes { (`Content-Type: {contentType}`)} other {}}. Il vient d’un expéditeur qui dit qui il est (`{domain}`, avec un désabonnement sur ce domaine)\u00a0: c’est donc ici un conseil, sans points\u00a0; les filtres le notent tout de même un peu (SpamAssassin 0,1), et les lecteurs dont le client n’affiche que du texte ne voient toujours rien d’utile.',
  'script-in-email/event-handler':
    '`{handler}` est un script qui s’exécute sur un événement. Les clients de messagerie le suppriment, et les filtres y voient le signe d’une page web ou d’un code visant le lecteur (fenêtres surgissantes, fausses barres d’état).',
  'script-in-email/remove-handler':
    'Supprimez l’attribut `{attribute}`\u00a0; utilisez un simple lien pour tout ce que le lecteur doit faire.',
  'script-in-email/remove-script':
    'Supprimez le script. Tout ce qui est interactif a sa place sur une page web vers laquelle le message renvoie.',
  'script-in-email/script-tag':
    'Le message contient une balise `<script>`{loads, select, yes { qui charge `{src}`} other {}}. Les clients de messagerie n’exécutent jamais de scripts, et les filtres y voient une page web collée dans un e-mail ou une tentative d’exécuter du code chez le lecteur.',
  'text-part-mismatch/disagree':
    'Les parties HTML et texte brut ne concordent pas\u00a0: {percent}\u00a0% des mots de la partie la plus courte manquent dans l’autre (partie texte\u00a0: `{text}`). Les filtres comparent les deux parties (MPART_ALT_DIFF de SpamAssassin), car les outils de spam remplissent la partie texte de texte bouche-trou ou d’un tout autre argumentaire.',
  'text-part-mismatch/html-source':
    'La partie texte brut contient du code source HTML (`{source}`). Les lecteurs de la version texte voient le balisage brut, et les filtres prennent une partie alternative défectueuse pour le signe d’un expéditeur en nombre négligent.',
  'text-part-mismatch/html-stub':
    'La partie HTML affiche {htmlWords} mots distincts, mais la partie texte brut n’en a que {textWords}\u00a0: les deux versions ne disent pas la même chose, et les filtres les comparent.',
  'text-part-mismatch/real-text-part':
    'Faites de la partie texte une véritable version en texte brut du message\u00a0: les mêmes mots, avec les liens écrits en toutes lettres.',
  'text-part-mismatch/same-message':
    'Faites porter le même message aux deux parties\u00a0; générez la partie texte à partir du HTML final.',
  'text-part-mismatch/text-from-rendered':
    'Générez la partie texte à partir du message affiché (la «\u00a0version texte brut\u00a0» de votre plateforme d’envoi), et non à partir du code source HTML.',
  'text-part-mismatch/text-stub':
    'La partie texte brut n’est qu’une ébauche (`{text}`\u00a0: {textWords} mots distincts contre {htmlWords} dans le HTML). Les filtres comparent les deux parties, et une partie texte de remplissage est un signe connu des outils d’envoi en nombre.',
  'unchecked-links/fewer-links':
    'Un vrai message pointe rarement vers plus de quelques centaines d’adresses\u00a0: scindez le message, ou mettez un lien vers une page web qui liste le reste. S’il doit partir tel quel, vérifiez vous-même les liens restants.',
  'unchecked-links/too-many-addresses':
    'Seules {checked, number} des {addresses, number} adresses différentes vers lesquelles pointe ce message ont été vérifiées une à une (domaines sosies ou discordants, raccourcisseurs, redirections, suivi des clics, hébergement gratuit)\u00a0: les premières dans l’ordre du texte, celles des liens que le lecteur voit avant celles des liens masqués. Les liens vers les autres, à partir de celui-ci, ont été comptés mais pas vérifiés, si bien que le score ne dit rien de leur destination\u00a0; spamrisk s’arrête là pour qu’une page de milliers de liens soit tout de même vérifiée en quelques secondes.',
} satisfies Catalogue;
