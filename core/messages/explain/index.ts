/**
 * explain()'s words in other languages (issue 13): its sentences (EXPLAIN_MESSAGES in
 * core/explain/index.ts) keyed `explain/<message-id>`, and each bounce cause's title, why and fix
 * (their English is in core/explain/causes.ts) keyed `explain/<cause-id>/<field>`.
 *
 * The words of status and reply codes (core/explain/status-codes.ts, STATUS_MESSAGES) are keyed
 * `explain/status/<id>`, in ./status-codes/<lang>.ts; the filter verdicts read from headers
 * (core/explain/headers.ts, HEADER_MESSAGES) `explain/headers/<id>`, in ./headers/<lang>.ts; a cause's
 * provider-specific details (core/explain/details.ts, DETAIL_MESSAGES) `explain/details/<id>`, in
 * ./details/<lang>.ts; what a known SpamAssassin rule means and its fix (core/explain/spamassassin-rules.ts,
 * SPAMASSASSIN_MESSAGES) `explain/sa/<rule>/<field>`, in ./spamassassin/<lang>.ts.
 *
 * Kept apart from the findings' catalogues (core/messages/<lang>/) so that only what explains
 * bounces (the popup's explain tab, the CLI's `explain`) bundles them, never the content script.
 * test/messages/catalogues.test.ts fails when a key is missing or its placeholders differ.
 */
import type { Catalogues } from '../index.ts';
import de from './de.ts';
import es from './es.ts';
import fr from './fr.ts';
import detailsDe from './details/de.ts';
import detailsEs from './details/es.ts';
import detailsFr from './details/fr.ts';
import headersDe from './headers/de.ts';
import headersEs from './headers/es.ts';
import headersFr from './headers/fr.ts';
import saDe from './spamassassin/de.ts';
import saEs from './spamassassin/es.ts';
import saFr from './spamassassin/fr.ts';
import statusDe from './status-codes/de.ts';
import statusEs from './status-codes/es.ts';
import statusFr from './status-codes/fr.ts';

export const EXPLAIN_CATALOGUES: Catalogues = {
  fr: { ...fr, ...statusFr, ...headersFr, ...detailsFr, ...saFr },
  de: { ...de, ...statusDe, ...headersDe, ...detailsDe, ...saDe },
  es: { ...es, ...statusEs, ...headersEs, ...detailsEs, ...saEs },
};
