// The CLI's own words in French (CLI_MESSAGES in ./index.ts holds the English).
import type { Catalogue } from '../../core/messages/index.ts';

export default {
  'cli/score': '{value, number, ::.0 group-off}',
  'cli/level': '{level, select, high {élevé} medium {moyen} other {faible}}',
  'cli/fails': 'échoue (score ≥ {failAt})',
  'cli/passes': 'passe (échoue à partir de {failAt})',
  'cli/findings': '{count, plural, =0 {aucun constat} one {# constat} other {# constats}}',
  'cli/html-part': 'partie HTML {place}',
  'cli/text-part': 'partie texte {place}',
  'cli/subject': 'objet:{column}',
  'cli/decoded-place': ' (ligne {line}, colonne {column} de la partie {part, select, html {HTML} other {texte}} décodée)',
  'cli/subject-place': ' (colonne {column} de l’objet)',
  'cli/files-checked':
    '{count, plural, one {# fichier vérifié} other {# fichiers vérifiés}}\u00a0: {high, plural, one {# élevé} other {# élevés}}, {medium, plural, one {# moyen} other {# moyens}}, {low, plural, one {# faible} other {# faibles}}',
  'cli/files-explained':
    '{count, plural, one {# fichier expliqué} other {# fichiers expliqués}}\u00a0: {high, plural, one {# élevé} other {# élevés}}, {medium, plural, one {# moyen} other {# moyens}}, {low, plural, one {# faible} other {# faibles}}',
  'cli/files-not-checked': '{count, plural, one {# fichier n’a pas pu être vérifié} other {# fichiers n’ont pas pu être vérifiés}} (erreurs sur stderr)',
  'cli/files-not-read': '{count, plural, one {# fichier n’a pas pu être lu} other {# fichiers n’ont pas pu être lus}} (erreurs sur stderr)',
  'cli/failing': '{count} avec un score ≥ {failAt}',
  'cli/failing-medium': '{count} avec un score ≥ {failAt} (moyen)',
  'cli/all-under': 'tous en dessous de {failAt}',
  'cli/main-cause': 'Cause principale\u00a0:',
  'cli/points': '{count, plural, one {{points} point} other {{points} points}}', // 0,8 point, 1,5 point, 2,0 points
  'cli/what-to-do': '→ Que faire\u00a0:',
  'cli/evidence': 'Indice\u00a0:',
  'cli/also-found': 'Également relevé ({count})\u00a0:',
  'cli/nothing-to-explain': 'Rien à expliquer.',
  'cli/result-tail': '[{points}\u00a0; {file} obtient {score}, {level}]',
  'cli/rule-help-text': '{description}. Catégorie\u00a0: {category}. Le message de chaque constat dit ce qui a été trouvé et comment le corriger. Détails\u00a0: {url}',
  'cli/rule-help-markdown':
    '**{description}** (catégorie `{category}`).\n\nLe message de chaque constat dit ce qui a été trouvé et comment le corriger. Voir [{id}]({url}) pour savoir pourquoi cela compte pour les filtres antispam.',
  'cli/advice-omitted': 'les constats de 0 point ou moins (conseils) sont omis\u00a0; --sarif-advice les liste au niveau «\u00a0none\u00a0»',
  'cli/junit-failure': 'le score {score} ({level}) atteint ou dépasse {failAt}',
  'cli/partial-check': 'vérification partielle\u00a0: {line}',
} satisfies Catalogue;
