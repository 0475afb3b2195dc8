// The CLI's own words in Spanish (CLI_MESSAGES in ./index.ts holds the English).
import type { Catalogue } from '../../core/messages/index.ts';

export default {
  'cli/score': '{value, number, ::.0 group-off}',
  'cli/level': '{level, select, high {alto} medium {medio} other {bajo}}',
  'cli/fails': 'no pasa (puntuación ≥ {failAt})',
  'cli/passes': 'pasa (falla desde {failAt})',
  'cli/findings': '{count, plural, =0 {ningún hallazgo} one {# hallazgo} other {# hallazgos}}',
  'cli/html-part': 'parte HTML {place}',
  'cli/text-part': 'parte de texto {place}',
  'cli/subject': 'asunto:{column}',
  'cli/decoded-place': ' (línea {line}, columna {column} de la parte {part, select, html {HTML} other {de texto}} decodificada)',
  'cli/subject-place': ' (columna {column} del asunto)',
  'cli/files-checked':
    '{count, plural, one {# archivo revisado} other {# archivos revisados}}: {high, plural, one {# alto} other {# altos}}, {medium, plural, one {# medio} other {# medios}}, {low, plural, one {# bajo} other {# bajos}}',
  'cli/files-explained':
    '{count, plural, one {# archivo explicado} other {# archivos explicados}}: {high, plural, one {# alto} other {# altos}}, {medium, plural, one {# medio} other {# medios}}, {low, plural, one {# bajo} other {# bajos}}',
  'cli/files-not-checked': '{count, plural, one {# archivo no se pudo revisar} other {# archivos no se pudieron revisar}} (errores en stderr)',
  'cli/files-not-read': '{count, plural, one {# archivo no se pudo leer} other {# archivos no se pudieron leer}} (errores en stderr)',
  'cli/failing': '{count} con {failAt} o más',
  'cli/failing-medium': '{count} con {failAt} o más (medio)',
  'cli/all-under': 'todos por debajo de {failAt}',
  'cli/main-cause': 'Causa principal:',
  'cli/points': '{count, plural, other {{points} puntos}}', // 1,0 puntos: a shown decimal takes the plural
  'cli/what-to-do': '→ Qué hacer:',
  'cli/evidence': 'Indicio:',
  'cli/also-found': 'Otros hallazgos ({count}):',
  'cli/nothing-to-explain': 'Nada que explicar.',
  'cli/result-tail': '[{points}; {file} obtiene {score}, {level}]',
  'cli/rule-help-text': '{description}. Categoría: {category}. El mensaje de cada hallazgo dice qué se encontró y cómo corregirlo. Detalles: {url}',
  'cli/rule-help-markdown':
    '**{description}** (categoría `{category}`).\n\nEl mensaje de cada hallazgo dice qué se encontró y cómo corregirlo. Vea [{id}]({url}) para saber por qué importa a los filtros de spam.',
  'cli/advice-omitted': 'los hallazgos de 0 puntos o menos (consejos) se omiten; --sarif-advice los lista con el nivel «none»',
  'cli/junit-failure': 'la puntuación {score} ({level}) alcanza o supera {failAt}',
  'cli/partial-check': 'revisión parcial: {line}',
} satisfies Catalogue;
