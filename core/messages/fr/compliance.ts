// The compliance rules in French (core/rules/compliance/): `<rule-id>/<message-id>` → template; English is in each rule's `messages`.
// French typography: a no-break space (\u00a0) before `:`, `;` and inside « », typographic apostrophes (’).
import type { Catalogue } from '../index.ts';

/** What made a mail bulk (core/rules/bulk-reasons.ts), for each rule that names it. */
function reasons(rule: string): Catalogue {
  return {
    [`${rule}/reason-header`]: 'un en-tête {header}',
    [`${rule}/reason-images`]: '{count} images',
    [`${rule}/reason-links`]: '{count} liens',
    [`${rule}/reason-list`]: '{first}, {rest}',
    [`${rule}/reason-phrases`]: '{count} formules déclencheuses',
  };
}

export default {
  ...reasons('missing-list-unsubscribe'),
  'missing-list-unsubscribe/add-headers':
    'Ajoutez «\u00a0List-Unsubscribe: <https://your-domain.example/unsubscribe?id=…>\u00a0» et «\u00a0List-Unsubscribe-Post: List-Unsubscribe=One-Click\u00a0» (la plupart des plateformes d’envoi proposent un réglage pour cela).',
  'missing-list-unsubscribe/add-https-post':
    'Ajoutez une adresse de désabonnement https à List-Unsubscribe, ainsi que l’en-tête «\u00a0List-Unsubscribe-Post: List-Unsubscribe=One-Click\u00a0»\u00a0; l’adresse doit désabonner sur une simple requête POST, sans autre clic.',
  'missing-list-unsubscribe/no-header':
    'Ce message a l’allure d’un envoi en nombre ({reasons}) mais n’a pas d’en-tête List-Unsubscribe. Gmail et Yahoo l’exigent des expéditeurs en nombre depuis 2024, avec le désabonnement en un clic (RFC 8058)\u00a0; sans lui, le courrier finit en spam ou est refusé.{linked, select, yes { Le lien de désabonnement dans le corps du message offre aux lecteurs un moyen de partir\u00a0: c’est donc ici une exigence faite à l’expéditeur, sans points.} other {}}',
  'missing-list-unsubscribe/no-https':
    'L’en-tête List-Unsubscribe `{header}` ne contient pas d’adresse https\u00a0: le désabonnement en un clic (RFC 8058), que Gmail et Yahoo exigent des expéditeurs en nombre depuis 2024, ne peut donc pas fonctionner.',
  'missing-list-unsubscribe/no-post':
    'Le message a un en-tête List-Unsubscribe, mais pas de `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. Gmail et Yahoo exigent le désabonnement en un clic (RFC 8058) des expéditeurs en nombre depuis 2024.',
  ...reasons('missing-postal-address'),
  'missing-postal-address/add-address':
    'Ajoutez votre adresse postale en pied de message (rue, ville, code postal\u00a0; une boîte postale enregistrée convient), à côté du lien de désabonnement.',
  'missing-postal-address/add-address-if-list':
    'S’il s’agit d’une newsletter ou d’une offre, ajoutez votre adresse postale en pied de message.',
  'missing-postal-address/add-address-to-footer':
    'Ajoutez votre adresse postale en pied de message, à côté du lien de désabonnement.',
  'missing-postal-address/anonymous-bulk':
    'Ce message a l’allure d’un envoi en nombre ({reasons}) mais n’indique aucune adresse postale. Les filtres de contenu ne le pénalisent pas\u00a0; la loi CAN-SPAM exige pourtant une adresse physique valide dans le courrier commercial, et les lecteurs qui ne savent pas qui leur envoie un courrier en nombre le signalent vite comme spam.',
  'missing-postal-address/identified-bulk':
    'Ce message a l’allure d’un envoi en nombre ({reasons}) et n’indique aucune adresse postale. L’expéditeur est identifiable par ailleurs (un From nommé sur son propre domaine, des liens vers celui-ci, un lien de désabonnement), si bien que les lecteurs savent qui leur écrit\u00a0; la loi CAN-SPAM exige néanmoins une adresse physique valide dans le courrier commercial.',
  'missing-postal-address/personal-note':
    'Le message n’indique aucune adresse postale. C’est sans importance pour un message personnel, mais un courrier commercial envoyé à une liste doit en comporter une (CAN-SPAM).',
  ...reasons('missing-unsubscribe'),
  'missing-unsubscribe/add-link':
    'Ajoutez en pied de message un lien «\u00a0{label}\u00a0» visible qui fonctionne en un clic, ainsi qu’un en-tête List-Unsubscribe si vous envoyez depuis votre propre serveur.',
  'missing-unsubscribe/add-link-if-list':
    'Si ce message est envoyé à une liste, ajoutez un lien «\u00a0{label}\u00a0» visible en pied de message.',
  'missing-unsubscribe/bulk-without-opt-out':
    'Ce message a l’allure d’un envoi en nombre ({reasons}) mais n’offre aucun moyen de se désabonner. Un envoi en nombre doit permettre de se désinscrire (CAN-SPAM, RGPD, règles d’expéditeur de Gmail et Yahoo), et les lecteurs qui ne peuvent pas partir cliquent sur «\u00a0Signaler comme spam\u00a0», ce qui pénalise tous les envois suivants.',
  'missing-unsubscribe/personal-note':
    'Le message n’a ni lien de désabonnement ni mention permettant de se désinscrire. C’est sans importance pour un message personnel, mais tout courrier envoyé à une liste en a besoin.',
  'remove-opt-out/one-click-unsubscribe':
    'Proposez en pied de message un lien «\u00a0Se désabonner\u00a0» en un clic et un en-tête List-Unsubscribe (RFC 8058) au lieu de demander une réponse «\u00a0remove\u00a0».',
  'remove-opt-out/remove-request':
    '{kind, select, address {L’adresse `{evidence}`} link {Le lien `{evidence}`} other {`{evidence}`}} demande aux lecteurs de se désinscrire en envoyant ou en cliquant «\u00a0remove\u00a0». Ce retrait manuel est la désinscription du vieux spam de masse (elle confirmait que les adresses étaient actives), et les filtres pénalisent encore cette formulation.{own, select, yes { Elle revient au propre domaine de l’expéditeur, comme les retraits des logiciels de listes, et compte donc moins.} other {}}',
  'sender-identity/identified':
    'Le message dit qui l’envoie\u00a0: `{sender}` nomme son expéditeur sur son propre domaine, et {route, select, link {son lien de désabonnement ramène} header {son en-tête List-Unsubscribe ramène} other {son lien de désabonnement et son en-tête List-Unsubscribe ramènent}} à `{domain}`{postalAddress, select, yes {\u00a0; il indique aussi une adresse postale} other {}}. Une liste qui traite elle-même ses désabonnements est un expéditeur qu’on peut retrouver\u00a0: les filtres et les lecteurs lui font confiance, cela retire jusqu’à un point.',
  'sender-identity/keep-consistent':
    'Gardez cohérents le nom de l’expéditeur et le domaine du From, et gardez le lien de désabonnement et l’en-tête List-Unsubscribe sur votre propre domaine.',
} satisfies Catalogue;
