// The German, French and Spanish parity entries (lang30) against the wording of ordinary business
// mail: a shop, a bank, a carrier, a club, a charity, an employer. A review wrote 18 such messages
// per language and found entries that fired on them at their English twins' strength; each case
// below is one sentence of that kind, with the most its phrase findings may add.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.ts';

/** Points the trigger-phrase rules give the text, and the phrases they quote. */
function phrasePoints(language: string, subject: string, text: string): { points: number; evidence: string[] } {
  const report = analyze({ subject, text }, { languages: ['en', language] });
  const hits = report.findings.filter((finding) => finding.rule.endsWith('-phrase') && finding.rule !== 'shady-phrase');
  return { points: hits.reduce((sum, finding) => sum + finding.points, 0), evidence: hits.map((finding) => finding.evidence.toLowerCase()) };
}

const HAM: readonly (readonly [string, string, string, string, number])[] = [
  // language, subject, text, phrase that must add at most…, …this many points
  ['fr', 'Votre literie', 'Notre matelas à mémoire de forme soutient votre dos pendant que vous dormez, sans chaleur et sans bruit.', 'pendant que vous dormez', 0],
  ['fr', 'Sauvegarde', 'La sauvegarde de vos fichiers se fait chaque nuit pendant que vous dormez ; vous n’avez rien à faire.', 'pendant que vous dormez', 0],
  ['fr', 'Forfait mobile', 'Avec le forfait 100 Go, un téléphone gratuit pour tout engagement de 24 mois, en boutique ou en ligne.', 'téléphone gratuit', 1.2],
  ['fr', 'Appel aux dons', 'Le temps presse pour les familles sinistrées. Agissez vite : chaque don compte avant la fin du mois.', 'le temps presse', 0.5],
  ['fr', 'Garantie', 'Tous nos appareils bénéficient d’une garantie inconditionnelle de deux ans, pièces et main d’œuvre.', 'garantie inconditionnelle', 0.5],
  ['de', 'Ihr Verein', 'Liebes Mitglied, die Jahreshauptversammlung findet am 14. März im Vereinsheim statt.', 'liebes mitglied', 0],
  ['de', 'Spendenaufruf', 'Unsere Kampagne für einen Schuldenerlass der ärmsten Länder braucht Ihre Unterstützung.', 'schuldenerlass', 0],
  ['de', 'Stellenangebot', 'Für die Aushilfe im Lager ist keine Erfahrung erforderlich, wir arbeiten Sie gerne ein.', 'keine erfahrung erforderlich', 0],
  ['de', 'Ihr Paket', 'Wenn ein Zustellversuch fehlgeschlagen ist, finden Sie eine Benachrichtigungskarte in Ihrem Briefkasten.', 'zustellversuch fehlgeschlagen', 1],
  ['de', 'Sicherheit', 'Wir haben eine verdächtige Transaktion bemerkt. Bitte bestätigen Sie Ihre Zahlung in der Banking-App, falls Sie sie ausgeführt haben.', 'verdächtige transaktion', 1.2],
  ['de', 'Ihr Konto', 'Um eine Sperrung zu vermeiden, begleichen Sie bitte die offene Rechnung bis zum 15. Mai.', 'sperrung zu vermeiden', 0.6],
  ['de', 'Überweisung', 'Die Überweisung Ihrer Eltern, Geld von zu Hause, ist heute auf Ihrem Studienkonto eingegangen.', 'geld von zu hause', 0],
  ['de', 'Finanzierung', 'Ihr Kredit wurde genehmigt; den Vertrag finden Sie im Anhang.', 'ihr kredit wurde genehmigt', 0],
  ['de', 'Beratung', 'Gern besprechen wir mit Ihnen diese Investitionsmöglichkeit für Ihre Praxis.', 'investitionsmöglichkeit', 0],
  ['es', 'Oferta de empleo', 'Buscamos una persona para el turno de tarde. ¿Qué esperas de tu próximo trabajo? Cuéntanoslo.', 'qué esperas', 0],
  ['es', 'Seguro', 'Con nuestra cobertura no puedes perder el equipaje sin recibir una compensación.', 'no puedes perder', 0],
  ['es', 'Gimnasio', 'Este mes, con tu cuota anual te llevas un bono gratis de cinco sesiones de fisioterapia.', 'bono gratis', 0.8],
  ['es', 'Garantía', 'Todos nuestros productos tienen garantía incondicional de dos años.', 'garantía incondicional', 0.5],
];

describe('parity entries on ordinary business mail (de, fr, es)', () => {
  for (const [language, subject, text, phrase, most] of HAM) {
    it(`${language}: "${phrase}" adds at most ${most} points`, () => {
      const { points, evidence } = phrasePoints(language, subject, text);
      const quoted = evidence.some((said) => said.includes(phrase) || phrase.includes(said));
      if (most === 0) expect(quoted, evidence.join(' | ')).toBe(false);
      else expect(points, evidence.join(' | ')).toBeLessThanOrEqual(most);
    });
  }

  it('still reads the money forms that replaced the bare phrases', () => {
    expect(phrasePoints('fr', 'Revenus', "Gagnez de l'argent pendant que vous dormez grâce à notre méthode.").evidence.join(' ')).toMatch(/pendant que vous dormez/);
    expect(phrasePoints('de', 'Nebenjob', 'So können Sie Geld von zu Hause verdienen, ganz ohne Chef.').evidence.join(' ')).toMatch(/geld von zu hause verdienen/);
    expect(phrasePoints('es', 'Oferta', '¿A qué esperas? Pide hoy tu préstamo.').evidence.join(' ')).toMatch(/a qué esperas/);
  });
});
