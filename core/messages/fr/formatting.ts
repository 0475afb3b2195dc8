// The formatting rules in French (core/rules/formatting/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// French typography: a no-break space (\u00a0) before `:`, `;`, `%` and inside « », typographic apostrophes (’).
import type { Catalogue } from '../index.ts';

export default {
  'all-caps-text/caps':
    '{percent}\u00a0% des mots sont en majuscules (les libellés courts et les répétitions comptant moins), par exemple `{evidence}`. Les majuscules donnent l’impression de crier, et les filtres pénalisent les messages qui en contiennent une large part.',
  'all-caps-text/sentence-case':
    'Écrivez en minuscules, avec une majuscule en début de phrase\u00a0; gardez les capitales pour les sigles, et utilisez le gras ou un titre pour la seule chose qui doit ressortir.',
  'excessive-emoji/emoji-run':
    '`{evidence}` aligne {run} emoji à la suite ({count} en tout pour {words, plural, one {# mot} other {# mots}}). Les suites d’emoji servent au spam promotionnel et aux arnaques à attirer l’attention, et les filtres les pénalisent.',
  'excessive-emoji/fewer-emoji':
    'Limitez-vous à un ou deux emoji, là où ils ajoutent du sens, et jamais à la suite\u00a0; laissez les mots porter le message.',
  'excessive-emoji/many-emoji':
    'Le message utilise {count} emoji pour {words, plural, one {# mot} other {# mots}}, par exemple `{evidence}`. Une telle densité donne aux filtres comme aux lecteurs l’impression d’une vente forcée.',
  'huge-font/body-size':
    'Gardez un seul titre en grand et composez le reste à la taille du texte courant (14–18\u00a0px)\u00a0; laissez la mise en page, et non la taille de police, porter l’emphase.',
  'huge-font/huge':
    '`{evidence}` est affiché en {size}\u00a0; {percent}\u00a0% des mots visibles ({huge}) ont cette taille. Un texte énorme ressemble à une offre criée, et les filtres pénalisent les polices géantes.',
  'loud-font-tags/loud':
    'Le balisage `{evidence}` {kind, select, red {met le texte en rouge pur} other {met le texte en très grands caractères ({big} balises de ce type)}}. Un texte <font> rouge et grand comme une affiche, c’est l’allure du spam de masse, et les filtres le pénalisent depuis vingt ans.',
  'loud-font-tags/use-css':
    'Mettez le texte en forme avec CSS et une palette sobre\u00a0: une seule taille de titre, la couleur de votre marque pour l’emphase, le gras pour les quelques mots qui comptent.',
  'many-colors/one-accent':
    'Utilisez une seule couleur d’accent (celle de votre marque) pour les liens et les mises en valeur, et un gris foncé ou du noir pour le texte.',
  'many-colors/rainbow':
    'Le texte utilise {hues} teintes différentes (`{evidence}`). Un arc-en-ciel de couleurs de police est typique du spam à l’ancienne, et il rend le message difficile à lire.',
  'shouting-punctuation/fewer-bangs':
    'Réservez le point d’exclamation à la seule phrase qui en a besoin\u00a0; terminez les autres par un point.',
  'shouting-punctuation/many-bangs':
    'Le corps du message contient {bangs} points d’exclamation pour {words, plural, one {# mot} other {# mots}} ({every, plural, one {un par mot} other {un tous les # mots}}). Tant d’enthousiasme ressemble à un argumentaire de vente, pour les filtres comme pour les lecteurs.',
  'shouting-punctuation/one-mark':
    'Utilisez au plus un point d’exclamation, et écrivez les prix en chiffres (`$49`), pas en suites de symboles.',
  'shouting-punctuation/punctuation-run':
    '`{evidence}` crie avec la ponctuation. Les suites de points d’exclamation, de points d’interrogation ou de symboles monétaires sont un procédé classique du spam, et les filtres les pénalisent.',
} satisfies Catalogue;
