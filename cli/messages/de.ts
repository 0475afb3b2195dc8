// The CLI's own words in German (CLI_MESSAGES in ./index.ts holds the English).
import type { Catalogue } from '../../core/messages/index.ts';

export default {
  'cli/score': '{value, number, ::.0 group-off}',
  'cli/level': '{level, select, high {hoch} medium {mittel} other {gering}}',
  'cli/fails': 'nicht bestanden (Punktzahl ≥ {failAt})',
  'cli/passes': 'bestanden (nicht bestanden ab {failAt})',
  'cli/findings': '{count, plural, =0 {keine Befunde} one {# Befund} other {# Befunde}}',
  'cli/html-part': 'HTML-Teil {place}',
  'cli/text-part': 'Textteil {place}',
  'cli/subject': 'Betreff:{column}',
  'cli/decoded-place': ' (Zeile {line}, Spalte {column} des decodierten {part, select, html {HTML-Teils} other {Textteils}})',
  'cli/subject-place': ' (Spalte {column} des Betreffs)',
  'cli/files-checked': '{count, plural, one {# Datei} other {# Dateien}} geprüft: {high} hoch, {medium} mittel, {low} gering',
  'cli/files-explained': '{count, plural, one {# Datei} other {# Dateien}} erklärt: {high} hoch, {medium} mittel, {low} gering',
  'cli/files-not-checked': '{count, plural, one {# Datei konnte} other {# Dateien konnten}} nicht geprüft werden (Fehler auf stderr)',
  'cli/files-not-read': '{count, plural, one {# Datei konnte} other {# Dateien konnten}} nicht gelesen werden (Fehler auf stderr)',
  'cli/failing': '{count} bei {failAt} oder darüber',
  'cli/failing-medium': '{count} bei {failAt} oder darüber (mittel)',
  'cli/all-under': 'alle unter {failAt}',
  'cli/main-cause': 'Hauptursache:',
  'cli/points': '{count, plural, other {{points} Punkte}}', // 1,0 Punkte: a shown decimal takes the plural
  'cli/what-to-do': '→ Was tun:',
  'cli/evidence': 'Beleg:',
  'cli/also-found': 'Außerdem gefunden ({count}):',
  'cli/nothing-to-explain': 'Nichts zu erklären.',
  'cli/result-tail': '[{points}; {file} erreicht {score}, {level}]',
  'cli/rule-help-text': '{description}. Kategorie: {category}. Die Meldung jedes Befunds sagt, was gefunden wurde und wie es zu beheben ist. Details: {url}',
  'cli/rule-help-markdown':
    '**{description}** (Kategorie `{category}`).\n\nDie Meldung jedes Befunds sagt, was gefunden wurde und wie es zu beheben ist. Warum es für Spamfilter zählt: [{id}]({url}).',
  'cli/advice-omitted': 'Befunde mit 0 Punkten oder weniger (Hinweise) sind weggelassen; --sarif-advice listet sie mit dem Level „none“',
  'cli/junit-failure': 'Punktzahl {score} ({level}) liegt bei {failAt} oder darüber',
  'cli/partial-check': 'unvollständige Prüfung: {line}',
} satisfies Catalogue;
