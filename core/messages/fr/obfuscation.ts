// The obfuscation rules in French (core/rules/obfuscation/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// French typography: a no-break space (\u00a0) before `:`, `;` and inside « », typographic apostrophes (’).
import type { Catalogue } from '../index.ts';

export default {
  'ascii-entities/also-encoded':
    '`{evidence}` est lui aussi écrit en codes de caractères HTML.',
  'ascii-entities/encoded':
    '{total} lettres et chiffres sont écrits en codes de caractères HTML (comme `&#86;` pour `V`), par exemple `{evidence}`. Les lecteurs voient un texte normal, mais les filtres voient des codes\u00a0: coder des lettres ordinaires ne sert qu’à cacher des mots, et les filtres le pénalisent.',
  'ascii-entities/plain-characters':
    'Saisissez le texte en caractères ordinaires dans le HTML\u00a0; si votre éditeur ou votre modèle l’a codé, désactivez cette option.',
  'invisible-characters/bidi':
    '`{evidence}`{where, select, subject { dans l’objet} other {}} contient des caractères de contrôle bidirectionnel ({names}), qui réordonnent les lettres affichées\u00a0: le texte que voit le lecteur n’est pas celui que lisent les filtres. Le spam et l’hameçonnage s’en servent pour déguiser des mots et des adresses\u00a0; les filtres les pénalisent lourdement.',
  'invisible-characters/character':
    '{name, select, soft-hyphen {trait d’union conditionnel} zero-width-space {espace sans chasse} zero-width-non-joiner {antiliant sans chasse} zero-width-joiner {liant sans chasse} left-to-right-mark {marque gauche-à-droite} right-to-left-mark {marque droite-à-gauche} left-to-right-embedding {enchâssement gauche-à-droite} right-to-left-embedding {enchâssement droite-à-gauche} pop-directional-formatting {dépilement de formatage directionnel} left-to-right-override {forçage gauche-à-droite} right-to-left-override {forçage droite-à-gauche} word-joiner {gluon de mots} zero-width-no-break-space {espace insécable sans chasse} other {{name}}}',
  'invisible-characters/delete-invisible':
    'Supprimez les caractères invisibles\u00a0: retapez le mot, ou collez-le en texte brut (ils viennent souvent de texte copié sur le Web ou d’outils «\u00a0anti-filtres\u00a0»).',
  'invisible-characters/invisible':
    '`{evidence}`{where, select, subject { dans l’objet} other {}} cache des caractères invisibles ({names}) entre ses lettres\u00a0: les gens y lisent `{norm}`, mais pas les filtres de mots. C’est une technique d’obfuscation connue.',
  'leet-speak/disguised':
    '`{evidence}`{where, select, subject { dans l’objet} other {}} remplace des lettres par des chiffres ou des symboles (il se lit `{norm}`). Le courrier légitime écrit ses mots en toutes lettres\u00a0; les filtres y voient une tentative de leur échapper.',
  'leet-speak/disguised-name':
    '`{evidence}`{where, select, subject { dans l’objet} other {}} est le nom de médicament `{norm}` déguisé\u00a0: des lettres écrites avec des caractères qui leur ressemblent, doublées ou séparées par des symboles. Les filtres lisent ces déguisements (les règles FUZZY de SpamAssassin) et pénalisent le déguisement en plus du mot.',
  'leet-speak/disguised-word':
    '`{evidence}`{where, select, subject { dans l’objet} other {}} est le mot `{norm}` déguisé\u00a0: des lettres écrites avec des caractères qui leur ressemblent, doublées ou séparées par des symboles. Le mot écrit normalement ne pose pas de problème\u00a0; déguisé, c’est un signe de spam que les filtres pénalisent (les règles FUZZY de SpamAssassin).',
  'leet-speak/disguised-trigger':
    '`{evidence}`{where, select, subject { dans l’objet} other {}} remplace des lettres par des chiffres ou des symboles pour écrire `{norm}`{whole, select, yes {, un mot déclencheur} other {, qui fait partie de l’expression déclencheuse `{phrase}`}}. Déguiser un déclencheur est en soi un fort signe de spam\u00a0: les filtres annulent la substitution, puis pénalisent aussi le déguisement.',
  'leet-speak/spell-normally':
    'Écrivez le mot normalement («\u00a0{norm}\u00a0»), et si c’est un mot que les filtres n’aiment pas, reformulez plutôt que de le déguiser.',
  'lookalike-characters/lookalike':
    '`{evidence}`{where, select, subject { dans l’objet} other {}} est écrit avec des lettres {script, select, cyrillic {cyrilliques} greek {grecques} armenian {arméniennes} other {non latines}} qui ressemblent à des lettres latines ({letters})\u00a0; il se lit `{norm}`. Les lecteurs ne voient pas la différence, mais les filtres de mots et les contrôles de marque passent à côté\u00a0: c’est pourquoi l’hameçonnage s’en sert et les filtres le pénalisent.',
  'lookalike-characters/plain-latin':
    'Retapez le mot avec de simples lettres latines (du texte collé depuis un autre document ou un générateur de «\u00a0polices fantaisie\u00a0» en apporte souvent).',
  'spaced-letters/spelled-out':
    '`{evidence}`{where, select, subject { dans l’objet} other {}} épelle `{word}` lettre par lettre. Les filtres voient dans les mots espacés une tentative d’échapper à la détection des mots, et les lecteurs d’écran les épellent aussi.',
  'spaced-letters/spelled-trigger':
    '`{evidence}`{where, select, subject { dans l’objet} other {}} épelle lettre par lettre le mot déclencheur `{trigger}`. Les filtres de mots voient des lettres isolées, pas le mot, et espacer un mot pour le cacher est pénalisé comme de l’obfuscation.',
  'spaced-letters/write-normally':
    'Écrivez le mot normalement («\u00a0{word}\u00a0»)\u00a0; pour un effet espacé, utilisez la propriété CSS letter-spacing plutôt que des espaces.',
  'split-by-tags/one-piece':
    'Écrivez le mot d’un seul tenant dans le HTML\u00a0; appliquez la mise en forme à des mots entiers, et supprimez les balises vides et les commentaires à l’intérieur des mots.',
  'split-by-tags/split':
    '`{evidence}` est coupé en morceaux par {how, select, comment {un commentaire HTML} hidden-content {un élément invisible} empty-element {un élément vide} other {{tags, plural, one {# balise} other {# balises}}}} dans le code source{shown, select, yes { (`{markup}`)} other {}}{trigger, select, yes {, et c’est un mot déclencheur} other {}}. Les lecteurs voient un seul mot, les filtres qui lisent le HTML voient des fragments\u00a0: cacher des mots ainsi est une ruse de spam que les filtres recherchent.',
} satisfies Catalogue;
