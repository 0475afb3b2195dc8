// The images rules in French (core/rules/images/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// French typography: a no-break space (\u00a0) before `:`, `;` and inside « », typographic apostrophes (’).
import type { Catalogue } from '../index.ts';

export default {
  'image-missing-alt/alt-for-image':
    'Ajoutez un texte alternatif qui décrit ce que montre l’image, ou alt="" si elle n’est que décorative.',
  'image-missing-alt/alt-for-link':
    'Ajoutez un texte alternatif qui indique où mène le lien (alt="Découvrir les soldes d’automne").',
  'image-missing-alt/missing-alt':
    'L’image `{image}` {alt, select, empty {a un attribut alt vide alors qu’elle sert de lien} other {n’a pas d’attribut alt}}\u00a0: quand les images sont bloquées (le réglage par défaut de nombreux clients de messagerie), le lecteur voit un cadre vide{linked, select, yes { et un lien sans nom} other {}}, et les lecteurs d’écran lisent le nom du fichier à voix haute.',
  'image-only/image-only':
    'Le message se compose {images, plural, one {d’une seule image} other {de # images}} {words, plural, =0 {sans aucun texte} one {avec seulement # mot de texte} other {avec seulement # mots de texte}}\u00a0; les filtres ne peuvent pas lire les mots contenus dans une image, c’est pourquoi le spam cache ainsi son argumentaire, et ils pénalisent cette forme en elle-même. Beaucoup de lecteurs bloquent aussi les images et ne voient alors rien.',
  'image-only/mostly-images':
    'Les images couvrent environ {area}k\u00a0px², mais le texte ne compte que {characters} caractères{unspaced, select, yes {, autant de texte qu’environ {english} caractères en anglais} other {}} ({ratio, number, ::.0} pour 1\u00a0000\u00a0px²)\u00a0: le message est surtout fait d’images, ce que les filtres considèrent comme un moyen de leur cacher des mots.',
  'image-only/real-text':
    'Écrivez le message en véritable texte HTML (titre, offre, appel à l’action) et gardez les images comme illustration\u00a0; visez au moins 60\u00a0% de texte.',
  'image-only/text-out-of-images':
    'Sortez les mots des images pour les mettre en texte HTML, et utilisez des images plus petites ou moins nombreuses.',
  'linked-image-short-message/add-text':
    'Ajoutez quelques phrases de vrai texte et un lien texte (ou un bouton) qui mène au même endroit que l’image.',
  'linked-image-short-message/linked-banner':
    'Une image cliquable constitue l’essentiel d’un message qui ne compte que {words, plural, one {# mot} other {# mots}}\u00a0: une bannière cliquable avec peu de texte, c’est la forme du spam par image, et les filtres la pénalisent.',
  'tracking-pixels/many-pixels':
    'Le message contient {count} pixels de suivi (images distantes de 1×1 ou masquées)\u00a0; un seul est courant pour un envoi en nombre, plusieurs font penser à un message passé par de nombreux traqueurs, ce que remarquent les filtres et les clients de messagerie soucieux de la vie privée.',
  'tracking-pixels/one-pixel':
    'Gardez un seul pixel de suivi des ouvertures (celui de votre plateforme d’envoi) et supprimez les autres.',
} satisfies Catalogue;
