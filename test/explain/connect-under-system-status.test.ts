/**
 * A connection said not made ("unable to connect", "could not connect", "failed to connect", "cannot
 * connect": UNABLE_TO_CONNECT) is the connection that failed (network-error) — but under an X.3.x code, "mail
 * system status" (RFC 3463), the receiver's own system, the code's reading stands: "451 4.3.0 Unable to
 * connect to database" is the receiver's database, not the remote host unreachable. The same guard the
 * narrow "error connecting to <remote host>" reading (ERROR_CONNECTING_TO_REMOTE) has had since review rev43a
 * (its statuses, in NARROW_READINGS: no code, X.0.0 or X.4.x). Each reply here read network-error on main.
 * Near misses that must not flip: no code, X.0.0, X.4.x and a temporary X.7.1 keep network-error, and so does
 * a connection said failed in other words beside it ("…; connection timed out"). After review (rev44c), so
 * does one not made to a remote host named as such (UNABLE_TO_CONNECT_TO_REMOTE, REMOTE_HOST_OBJECT: "451 4.3.0
 * Could not connect to mx.b.example", as on main), while one to the receiver's own services, loopback or private
 * addresses, or sockets stays the code's. (The narrow "error connecting to <remote host>" still steps aside
 * under X.3.x, as rev43a decided: below.)
 */
import { describe, expect, it } from 'vitest';
import { probeDsn } from './probes.ts';
import { ruleOf } from './read.ts';

function readAs(cases: readonly (readonly [string, string])[]): void {
  it.each(cases)('%s reads %s (pasted and in a DSN)', (reply, rule) => {
    expect(ruleOf(reply)).toBe(rule);
    expect(ruleOf(probeDsn(reply))).toBe(rule);
  });
}

describe('a connection not made under an X.3.x code is the receiver\'s own system (the code decides)', () => {
  readAs([
    ['451 4.3.0 Unable to connect to database', 'remote-system-error'],
    ['451 4.3.0 Could not connect to LDAP server', 'remote-system-error'],
    ['550 5.3.0 cannot connect to backend', 'remote-system-error'],
    ['451 4.3.0 failed to connect to rspamd', 'remote-system-error'],
    // The receiver's own services named as hosts: loopback, a socket.
    ['451 4.3.0 Could not connect to 127.0.0.1', 'remote-system-error'],
    ['451 4.3.0 Could not connect to clamd.sock', 'remote-system-error'],
    // Specific X.3.x codes keep their own causes.
    ['452 4.3.1 could not connect to the mail store', 'remote-storage-full'],
    ['451 4.3.2 could not connect to the policy server', 'rate-limited'],
  ]);
});

describe('a connection not made elsewhere stays the connection that failed', () => {
  readAs([
    ['451 Unable to connect to database', 'network-error'],
    ['451 4.0.0 Could not connect to mx.b.example', 'network-error'],
    ['550 5.0.0 unable to connect to mx.b.example', 'network-error'],
    ['451 4.4.0 Unable to connect to mx.b.example', 'network-error'],
    ['421 4.4.2 could not connect', 'network-error'],
    ['451 4.7.1 unable to connect', 'network-error'],
    // Said failed in other words too: the connection, whatever the code.
    ['451 4.3.0 Unable to connect to database; connection timed out', 'network-error'],
    // Not made to a remote host named as such: the connection, under X.3.x too (rev44c; as on main).
    ['451 4.3.0 unable to connect to mx.b.example', 'network-error'],
    ['451 4.3.0 Could not connect to mx.b.example', 'network-error'],
    ['451 4.3.0 Unable to connect to remote host', 'network-error'],
    ['451 4.3.0 cannot connect to [203.0.113.9]:25', 'network-error'],
    ['421 4.3.0 cannot connect to 192.0.2.1 port 25', 'network-error'],
    ['452 4.3.1 could not connect to mx.b.example', 'network-error'],
  ]);
});

describe('an error connecting to a remote host stands under the statuses its narrow reading names', () => {
  readAs([
    // X.4.x: it refines the code of its own category (a specific X.4.4 reads unknown-domain otherwise).
    ['451 4.4.1 Error connecting to mx.b.example', 'network-error'],
    ['451 4.4.0 Error 110 connecting to port 25 on mx.b.example', 'network-error'],
    // X.3.x: it steps aside, the code's cause.
    ['452 4.3.1 Error connecting to mx.b.example', 'remote-storage-full'],
    ['451 4.3.2 Error connecting to mx.b.example', 'rate-limited'],
  ]);
});
