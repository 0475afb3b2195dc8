/**
 * Eight wrong or missing readings left by the reviews after set 21 (issue 11's brief expl24), each with
 * what the new reading must not swallow: a spam field answered yes decides over a block-list test in its
 * list of matched tests; a hop count said not to be exceeded is no loop; a connection restricted for heavy
 * usage is the client's, a rate; Exim's sender callout said failed is the sender refused, whatever the
 * quoted response; a listing at the recipient's request names no listing beside a reputation code (the
 * code stands); the sender's address said malformed with its address between or the other way round is the
 * sender's; a recipients limit said not exceeded is none, a queue limit a full queue, a deliveries limit a
 * rate; an expiry under the server's own 4xx is a delay in any language. Each reply is explained as the
 * pasted line and inside a DSN with a generic status (probeDsn), and some inside a DSN with a status of
 * their own (dsnReport). Invented replies, in the wording any server may use.
 */
import { describe, expect, it } from 'vitest';
import { both, inDsn, reads, ruleOf } from './read.ts';

/** Exim's multi-line reply to a sender whose callout failed, with the sender's server's quoted response. */
const callout = (code: string, response: string, last = 'Sender verify failed') =>
  `${code}-Verification failed for <s@a.example>\n${code}-Called:   192.0.2.9\n${code}-Sent:     RCPT TO:<s@a.example>\n${code}-Response: ${response}\n${code} ${last}`;

describe('a spam field answered yes decides over a block-list test in the filter’s list of matched tests', () => {
  it.each([
    '550 Spam: yes (tests=URIBL_BLACK)',
    '550 X-Spam-Flag: YES (tests=URIBL_BLACK,RCVD_IN_XBL)',
    '554 Rejected; spam=true; tests: URIBL_BLACK',
  ])('%s is spam-content', (reply) => reads(reply, 'spam-content'));

  it('reads as the verdict without the list, and as a spam score beside it', () => {
    expect(both('550 Spam: yes (tests=URIBL_BLACK)')).toEqual(both('550 Spam: yes'));
    expect(both('550 Spam: yes (tests=URIBL_BLACK)')).toEqual(both('550 Spam score 9.1 (tests=URIBL_BLACK)'));
  });

  it.each([
    // Answered no, no field, or a listing said in words beside it: the listing, as before.
    ['550 Spam: no (tests=URIBL_BLACK)', 'blocklisted'],
    ['550 tests=URIBL_BLACK', 'blocklisted'],
    ['550 Spam: yes (tests=URIBL_BLACK); listed at zen.spamhaus.org', 'blocklisted'],
    ['550 Spam: yes; blocked using zen.spamhaus.org', 'blocklisted'],
  ])('%s is %s', reads);

  it.each([
    // A filter named, not its verdict ("Anti-spam: yes" says one ran): the listing, as before.
    ['550 Anti-spam: yes (tests=URIBL_BLACK)', 'blocklisted'],
    ['550 Non-spam: yes (tests=URIBL_BLACK)', 'blocklisted'],
    // "no"/"non" only as a word of its own: a longer word ending so is the field's name (rev-e24b).
    ['550 Casino spam: yes (tests=URIBL_BLACK)', 'spam-content'],
  ])('%s is %s', reads);

  it('beside a reputation code, the code’s own cause, not a listing named only in the list of tests', () => {
    expect(both('550 5.7.708 Spam: yes (tests=URIBL_BLACK)')).toEqual(both('550 5.7.708 Spam: yes'));
  });
});

describe('a hop count said not to be exceeded is no loop', () => {
  it.each([
    ['Too many hops: no', 'Hops: 3'],
    ['554 Too many hops: no', '554 Hops: 3'],
    ['550 not too many hops', '550 Hops: 3'],
    ['550 Too many hops?', '550 Hops: 3'],
    ['550 Too many received headers: no', '550 Hops: 3'],
  ])('%s reads as %s', (reply, twin) => {
    expect(both(reply)).toEqual(both(twin));
    expect(both(reply)).not.toContain('network-error');
  });

  it.each([
    // Said, counted, with its loop said, or under X.4.6: a loop, as before.
    '550 Too many hops',
    '554 too many hops 26 (25 max)',
    '550 Too many hops: message hop limit exceeded',
    '550 Too many received headers - possible mail loop',
    '554 5.4.6 Too many hops: no',
  ])('%s is network-error', (reply) => reads(reply, 'network-error'));
});

describe('a connection restricted for heavy usage is the client’s, a rate, as "Your IP restricted due to heavy usage" reads', () => {
  it.each([
    '451 Connection restricted due to heavy usage',
    'Connection restricted due to heavy usage',
    '421 Sorry, restricted due to heavy usage',
    '421 Your connection has been restricted due to heavy usage',
  ])('%s is rate-limited', (reply) => reads(reply, 'rate-limited'));

  it('reads as the IP restricted, beside a cause too', () => {
    expect(both('451 Connection restricted due to heavy usage')).toEqual(both('451 Your IP restricted due to heavy usage'));
    expect(both('451 Connection restricted due to heavy usage; user unknown')).toEqual(both('451 Your IP restricted due to heavy usage; user unknown'));
  });

  it.each([
    // The receiver's own load, a mailbox, a service, denied or answered no: as before.
    ['421 server busy due to heavy usage', 'remote-system-error'],
  ])('%s is %s', reads);
  it.each([
    '451 Mailbox restricted due to heavy usage',
    '421 Sorry, service restricted due to heavy usage',
    '451 Connection not restricted due to heavy usage',
    '451 Connection restricted due to heavy usage: no',
  ])('%s is no rate', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
  });

  it('in a delay report, rate-limited', () => {
    expect(inDsn('delayed', '4.0.0', '451 Connection restricted due to heavy usage')).toBe('rate-limited');
  });
});

describe('Exim’s sender callout said failed is the sender refused, whatever the sender’s server answered', () => {
  it.each([
    ['552 Mailbox full'],
    ['550 5.1.1 User unknown'],
    ['550 Mailbox disabled'],
    ['554 5.7.1 Rejected as spam'],
  ])('a callout whose response is %s is sender-rejected', (response) => reads(callout('550', response), 'sender-rejected'));

  it('in a DSN under a status of the recipient’s mailbox, the sender still', () => {
    expect(inDsn('failed', '5.2.2', callout('550', '552 Mailbox full'))).toBe('sender-rejected');
  });

  it.each([
    // A recipient's verification, the full mailbox alone: as before.
    [callout('550', '552 Mailbox full', 'Recipient verify failed'), 'mailbox-full'],
    // (A temporary sender callout failure: no longer the quoted mailbox, widening-set27, expl25.)
    ['552 Mailbox full', 'mailbox-full'],
  ])('%s is %s', reads);

  it('a listing the receiver names outside the quoted response is its own reading', () => {
    const listed = callout('550', '552 Mailbox full', 'Sender verify failed; also your IP is on zen.spamhaus.org');
    expect(both(listed)).toEqual(['blocklisted', 'blocklisted']);
    // Named only in the quoted response: the sender's, as above.
    expect(both(callout('550', '554 Your IP is on zen.spamhaus.org'))).toEqual(['sender-rejected', 'sender-rejected']);
  });

  it.each([
    // The receiver's anti-spam motive for the callout, or a bare refusal beside it, names no other cause (rev-e24b).
    [callout('550', '550 No such user here', 'Sender verify failed (anti-spam measure)'), 'sender-rejected'],
    [callout('550', '550 No such user here', 'Sender verify failed (spam protection)'), 'sender-rejected'],
    [callout('550', '550 No such user here', 'Sender verify failed - to reduce spam we verify all senders'), 'sender-rejected'],
    [callout('550', '550 No such user here', 'Sender verify failed; your message was not delivered'), 'sender-rejected'],
    // A spam verdict said beside it is the receiver's own reading.
    [callout('550', '550 No such user here', 'Sender verify failed. Message identified as spam'), 'spam-content'],
  ])('%s is %s', reads);
});

describe('a listing at the recipient’s request names no listing beside a reputation code: the code stands', () => {
  it.each([
    // Microsoft's codes of its own blocks (unregistered domains, IP reputation): their cause.
    ['550 5.7.750 Blacklisted at the request of the recipient', '550 5.7.750 Access denied'],
    ['550 5.7.708 Blacklisted at the request of the recipient', '550 5.7.708 Access denied'],
    ['550 5.7.606 Blacklisted at the request of the recipient', '550 5.7.606 Access denied'],
    ['550 5.7.750 Client blocked at the request of the recipient', '550 5.7.750 Access denied'],
  ])('%s reads as %s', (reply, twin) => {
    expect(both(reply)).toEqual(both(twin));
    expect(ruleOf(reply)).not.toBe('recipient-filter');
  });

  it('names no listing: a reputation code reads its own cause, not a block list', () => {
    expect(both('550 5.7.750 Blacklisted at the request of the recipient')).not.toContain('blocklisted');
  });

  it.each([
    // A generic code, or none: the recipient's own filter, as fix21 read it; a listing said beside: the listing.
    ['550 Blacklisted at the request of the recipient', 'recipient-filter'],
    ['550 5.7.1 Blacklisted at the request of the recipient', 'recipient-filter'],
    ['550 5.7.750 Blacklisted at zen.spamhaus.org', 'blocklisted'],
  ])('%s is %s', reads);
});

describe('the sender’s address said malformed, with its address between or the other way round, is the sender’s', () => {
  it.each([
    '550 Sender <s@a.example>: malformed address',
    '550 Sender <s@a.example>: improper address',
    '550 Sender address is malformed',
    '553 Envelope sender address was malformed',
    '501 From: malformed address',
  ])('%s is sender-rejected', (reply) => reads(reply, 'sender-rejected'));

  it.each([
    ['550 Sender address is malformed', '550 malformed sender address'],
    ['451 Sender address is malformed', '451 malformed sender address'],
    ['550 User unknown; Sender address is malformed', '550 User unknown; malformed sender address'],
    ['550 5.2.1 Sender <s@a.example>: malformed address', '550 5.2.1 malformed sender address'],
    // "From:" is the From address, as "Malformed From address" reads (the header's after a 550 with no
    // stage, the envelope sender's after a 501 or 553), not the recipient's, under a code of the mailbox too.
    ['550 From: malformed address', '550 Malformed From address'],
    ['550 5.2.1 From: malformed address', '550 5.2.1 Malformed From address'],
  ])('%s reads as %s', (reply, twin) => {
    expect(both(reply)).toEqual(both(twin));
  });

  it.each([
    // A recipient named, or no one, or said not malformed: as before.
    ['550 Recipient <r@b.example>: malformed address', 'unknown-recipient'],
    ['550 malformed address', 'unknown-recipient'],
    ['550 RCPT TO: malformed address', 'unknown-recipient'],
    ['550 Sender address is not malformed', 'refused-unspecified'],
  ])('%s is %s', reads);

  it.each([
    // Asked or answered no as a field: not said, the cause beside it reads.
    ['550 Sender address is malformed? no; user unknown', '550 user unknown'],
    ['550 Sender address is malformed: no; user unknown', '550 user unknown'],
  ])('%s reads as %s', (reply, twin) => {
    expect(both(reply)).toEqual(both(twin));
    expect(ruleOf(reply)).not.toBe('sender-rejected');
  });
});

describe('a recipients limit said not exceeded is none, a queue limit a full queue, a deliveries limit a rate', () => {
  it.each([
    ['452 no recipients limit exceeded', '452 Requested action not taken'],
    ['452 no message recipients limit exceeded', '452 Requested action not taken'],
    ['452 no queue limit exceeded', '452 Requested action not taken'],
  ])('%s reads as %s', (reply, twin) => {
    expect(both(reply)).toEqual(both(twin));
    expect(both(reply)).not.toContain('rate-limited');
  });

  it.each([
    ['452 Queue limit exceeded', '452 Queue full'],
    ['550 Queue limit exceeded', '550 Queue full'],
    ['Queue limit exceeded', 'Queue full'],
    ['452 Message delivery limit exceeded', '452 Message recipients limit exceeded'],
    ['550 Message delivery limit exceeded', '550 Message recipients limit exceeded'],
  ])('%s reads as %s', (reply, twin) => {
    expect(both(reply)).toEqual(both(twin));
  });

  it.each(['452 Queue limit exceeded', '452 Message delivery limit exceeded'])('%s is rate-limited', (reply) => reads(reply, 'rate-limited'));

  it.each([
    // A deliveries limit of the recipient's mailbox is the recipient's, not the sender's rate (rev-e24):
    // the reading without the limit, or the mailbox's under its code.
    ['550 Mailbox delivery limit exceeded', 'refused-unspecified'],
    ['550 Delivery limit exceeded for this recipient', 'refused-unspecified'],
    ["550 Recipient's delivery limit exceeded", 'refused-unspecified'],
    ['550 User delivery limit exceeded', 'refused-unspecified'],
    ['452 4.2.2 Delivery limit exceeded for this mailbox', 'mailbox-full'],
    ["550 Mailbox's delivery limit exceeded", 'refused-unspecified'],
    ['550 Delivery limit exceeded for recipient r@b.example', 'refused-unspecified'],
  ])('%s is %s', reads);

  it('a recipients limit said not exceeded per message is none', () => {
    expect(both('452 no per-message recipients limit exceeded')).toEqual(both('452 Requested action not taken'));
    expect(both('452 per-message recipients limit exceeded')).toEqual(['rate-limited', 'rate-limited']);
  });

  it.each([
    // The queue's time run out, and the delivery's time: an expiry as before (a delay under a bare 4xx).
    ['550 Queue lifetime exceeded', 'delivery-expired'],
    ['550 Queue time limit exceeded', 'delivery-expired'],
    ['550 Message delivery time limit exceeded', 'delivery-expired'],
  ])('%s is %s', reads);
});

describe('an expiry under the server’s own 4xx reply code is a delay, in any language', () => {
  it.each([
    '451 Délai de remise expiré',
    '451 Zustellfrist abgelaufen',
    '451 Plazo de entrega vencido',
    // (Not Exim's "retry timeout exceeded": its words for giving up, an expiry, widening-set27, expl25.)
  ])('%s is a delay pasted, an expiry in a failure report', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
    expect(both(reply)).toEqual(both('451 Delivery time expired'));
  });

  it.each([
    // Under a 5xx or no code, or beside words that say the sending server gave up: an expiry.
    ['550 Délai de remise expiré', 'delivery-expired'],
    ['Délai de remise expiré', 'delivery-expired'],
    ['451 Message could not be delivered for 5 days; giving up', 'delivery-expired'],
    ['417 Temporary delivery error - The maximum number of delivery attempts has been reached', 'delivery-expired'],
    ['451 The message has exceeded the maximum number of delivery attempts', 'delivery-expired'],
  ])('%s is %s', reads);

  it.each([
    // Quoted in a pasted failure notice of its language, an expiry, as in an English one ("Your message
    // could not be delivered"); in a notice that it is not delivered *yet*, a delay.
    ['Ihre Nachricht konnte nicht zugestellt werden.\n\n451 4.4.7 Zustellfrist abgelaufen', 'delivery-expired'],
    ["Votre message n'a pas pu être remis.\n\n451 4.4.7 Délai de remise expiré", 'delivery-expired'],
    ['Su mensaje no se pudo entregar.\n\n451 4.4.7 Plazo de entrega vencido', 'delivery-expired'],
    ['Your message could not be delivered.\n\n451 4.4.7 Delivery time expired', 'delivery-expired'],
    ['Ihre Nachricht konnte noch nicht zugestellt werden.\n\n451 4.4.7 Zustellfrist abgelaufen', 'delivery-delayed'],
    ["Votre message n'a pas encore pu être remis.\n\n451 4.4.7 Délai de remise expiré", 'delivery-delayed'],
  ])('pasted, %s is %s', (notice, rule) => {
    expect(ruleOf(notice)).toBe(rule);
  });

  it.each([
    // The sending server said to have stopped, in the words of the retries used up, of a last try, of the
    // message dropped (rev-e24): an expiry, as "the maximum number of delivery attempts has been reached".
    '451 4.4.7 Message expired; retry limit reached',
    '451 4.4.7 Message expired; retries exhausted',
    '451 4.4.7 Message expired; delivery attempts exhausted',
    '451 4.4.7 Message expired; too many retries',
    '451 4.4.7 Message expired; will not retry',
    "451 4.4.7 Message expired; won't retry",
    '451 4.4.7 Message expired; delivery has been abandoned',
    '451 4.4.7 Message expired; message discarded',
    '451 4.4.7 Message expired; tried for 5 days',
    '451 4.4.7 Message expired; last attempt failed',
    '451 4.4.7 Message expired (final)',
    '451 4.4.7 Message expired; deleted from queue',
    // The failure said as a noun or a participle, in each language the notices' sentences are read in.
    '451 Die Nachricht wurde nicht zugestellt: Zeitlimit überschritten',
    '451 Zustellung fehlgeschlagen: Zeitlimit überschritten',
    '451 Échec de la remise: délai expiré',
    '451 Message non remis: délai de remise expiré',
    '451 Impossible de remettre le message: délai expiré',
    '451 Entrega fallida: plazo vencido',
    '451 El mensaje no fue entregado: tiempo de entrega agotado',
    '451 Consegna fallita: tempo di consegna scaduto',
    '451 Messaggio non recapitabile: tempo di consegna scaduto',
    '451 Falha na entrega: prazo esgotado',
    '451 Mensagem não entregue: prazo esgotado',
  ])('%s, said given up, is an expiry', (reply) => reads(reply, 'delivery-expired'));

  it.each([
    // Dutch: the notice's "onbestelbaar" as its "kon niet worden afgeleverd".
    ['Uw bericht is onbestelbaar.\n\n451 4.4.7 Bezorgtermijn verlopen', 'delivery-expired'],
    ['Uw bericht kon niet worden afgeleverd.\n\n451 4.4.7 Bezorgtermijn verlopen', 'delivery-expired'],
    // Said given up but also to be retried, in each language: a delay; "no new attempt" is none.
    ['451 Die Nachricht konnte nicht zugestellt werden; wird später erneut versucht', 'delivery-delayed'],
    ["Votre message n'a pas pu être remis; nouvelle tentative plus tard.\n\n451 4.4.7 Délai de remise expiré", 'delivery-delayed'],
    ['Su mensaje no se pudo entregar; se reintentará más tarde.\n\n451 4.4.7 Plazo de entrega vencido', 'delivery-delayed'],
    ['Non è stato possibile consegnare il messaggio; verrà ritentato.\n\n451 4.4.7 Tempo di consegna scaduto', 'delivery-delayed'],
    ['Não foi possível entregar a mensagem; será retentada.\n\n451 4.4.7 Prazo de entrega esgotado', 'delivery-delayed'],
    ['Uw bericht kon niet worden afgeleverd; wordt later opnieuw geprobeerd.\n\n451 4.4.7 Bezorgtermijn verlopen', 'delivery-delayed'],
    ['451 Échec de la remise: délai expiré; aucune nouvelle tentative', 'delivery-expired'],
    // Said not to be retried ("no"/"non"/"não" before the words): an expiry (rev-e24b).
    ['451 4.4.7 No se pudo entregar el mensaje: plazo de entrega vencido. No se volverá a intentar.', 'delivery-expired'],
    ['451 4.4.7 Non è stato possibile consegnare il messaggio: tempo scaduto. Non verrà ritentato.', 'delivery-expired'],
    ['451 4.4.7 Não foi possível entregar a mensagem: prazo expirado. Não será retentada.', 'delivery-expired'],
    ['451 4.4.7 Message expired; giving up, no se volverá a intentar', 'delivery-expired'],
    ['451 4.4.7 No se pudo entregar el mensaje: plazo de entrega vencido. Se volverá a intentar más tarde.', 'delivery-delayed'],
    // A temporary cap on attempts, in a time window or asked to be retried: no give-up, a delay (rev-e24b).
    ['451 4.7.1 Delivery attempts exceeded for this hour, try again later', 'delivery-delayed'],
    ['451 4.7.0 Retry limit reached for your IP, try again in 1 hour', 'delivery-delayed'],
    ['451 4.2.1 Mailbox busy; attempts exceeded, try later', 'delivery-delayed'],
    // The server's request to retry, and "not yet": a delay, as before.
    ['451 4.4.7 Message expired; retry after 2 hours', 'delivery-delayed'],
    ['451 Die Nachricht wurde noch nicht zugestellt: Zeitlimit überschritten', 'delivery-delayed'],
    ['451 El mensaje todavía no fue entregado: tiempo de entrega agotado', 'delivery-delayed'],
    ['451 Mensagem ainda não entregue: prazo esgotado', 'delivery-delayed'],
  ])('pasted, %s is %s', (notice, rule) => {
    expect(ruleOf(notice)).toBe(rule);
  });

  it('in a delay report a delay, in a failure report an expiry', () => {
    expect(inDsn('delayed', '4.0.0', '451 Délai de remise expiré')).toBe('delivery-delayed');
    expect(inDsn('failed', '4.0.0', '451 Délai de remise expiré')).toBe('delivery-expired');
  });
});
