/**
 * Adding a webmail host is one adapter file, its hostnames, its registry entry and its fixture
 * (ARCHITECTURE.md). This finds the host that one of them misses: an adapter file the registry
 * does not list, a registered adapter without hostnames, a hostname the registry or the manifest
 * does not route to its adapter, an adapter without a compose fixture, a fixture without an adapter.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../../extension/content/adapter.ts';
import { adapterForHost, WEBMAIL_ADAPTERS } from '../../extension/content/hosts/index.ts';
import { buildManifest } from '../../extension/manifest.ts';
import { WEBMAIL_HOSTS, WEBMAIL_HOSTS_BY_ADAPTER } from '../../extension/shared/webmail.ts';

const repo = join(import.meta.dirname, '../..');
const HOSTS_DIR = join(repo, 'extension/content/hosts');
const FIXTURES_DIR = join(repo, 'test/fixtures/compose');

/** Files in hosts/ that are not one webmail's adapter. */
const NOT_WEBMAIL = new Set(['index.ts', 'generic.ts']);
/** Fixture name prefixes that stand for no webmail (ESP editors use the generic adapter). */
const NOT_WEBMAIL_FIXTURES = new Set(['esp']);

interface Registry {
  adapters: Readonly<Record<string, SiteAdapter>>;
  hostsByAdapter: Readonly<Record<string, readonly string[]>>;
  adapterForHost: (host: string) => SiteAdapter;
  manifestHosts: readonly string[];
}

function isAdapter(value: unknown): value is SiteAdapter {
  return typeof value === 'object' && value !== null && typeof (value as SiteAdapter).id === 'string' && typeof (value as SiteAdapter).find === 'function';
}

async function hostProblems(hostsDir: string, fixturesDir: string, registry: Registry): Promise<string[]> {
  const problems: string[] = [];
  const registered = new Set(Object.values(registry.adapters));
  for (const file of readdirSync(hostsDir).filter((name) => name.endsWith('.ts') && !NOT_WEBMAIL.has(name)).sort()) {
    const exported = Object.values((await import(join(hostsDir, file))) as Record<string, unknown>).filter(isAdapter);
    if (exported.length === 0) problems.push(`hosts/${file} exports no adapter`);
    for (const adapter of exported) {
      if (`${adapter.id}.ts` !== file) problems.push(`hosts/${file} exports the adapter ${adapter.id}`);
      if (!registered.has(adapter)) problems.push(`hosts/${file}: ${adapter.id} is not in the registry (content/hosts/index.ts)`);
    }
  }
  const fixtures = readdirSync(fixturesDir).filter((name) => name.endsWith('.html'));
  for (const [id, adapter] of Object.entries(registry.adapters)) {
    const hosts = registry.hostsByAdapter[id] ?? [];
    if (hosts.length === 0) problems.push(`${id} has no hostnames in shared/webmail.ts`);
    for (const host of hosts) {
      if (registry.adapterForHost(host) !== adapter) problems.push(`${host} does not reach the ${id} adapter`);
      if (!registry.manifestHosts.includes(`https://${host}/*`)) problems.push(`${host} is not in the manifest's host permissions`);
    }
    if (!fixtures.some((name) => name.startsWith(`${id}-`))) problems.push(`${id} has no fixture test/fixtures/compose/${id}-*.html`);
  }
  for (const id of Object.keys(registry.hostsByAdapter)) if (!(id in registry.adapters)) problems.push(`${id} has hostnames but no adapter`);
  for (const name of fixtures) {
    const prefix = name.slice(0, name.indexOf('-'));
    if (!NOT_WEBMAIL_FIXTURES.has(prefix) && !(prefix in registry.adapters)) problems.push(`fixture ${basename(name)} names no registered adapter`);
  }
  return problems;
}

const manifestHosts = buildManifest({ target: 'chrome', version: '1' }).host_permissions as string[];
const real: Registry = { adapters: WEBMAIL_ADAPTERS, hostsByAdapter: WEBMAIL_HOSTS_BY_ADAPTER, adapterForHost, manifestHosts };

describe('webmail host registry', () => {
  it('registers every adapter file, routes and permits every hostname, and has a fixture for each', async () => {
    expect(await hostProblems(HOSTS_DIR, FIXTURES_DIR, real)).toEqual([]);
    expect(WEBMAIL_HOSTS.length).toBeGreaterThan(0);
  });

  it('finds a host the registry misses (an adapter file nobody registered, its fixture, its hostnames)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'spamrisk-hosts-'));
    try {
      const hosts = join(root, 'hosts');
      const fixtures = join(root, 'compose');
      mkdirSync(hosts);
      mkdirSync(fixtures);
      writeFileSync(join(hosts, 'index.ts'), 'export {};\n');
      writeFileSync(join(hosts, 'protonmail.ts'), "export const protonmailAdapter = { id: 'protonmail', find: () => [] };\n");
      writeFileSync(join(hosts, 'fastmail.ts'), "export const fastmailAdapter = { id: 'fastmail', find: () => [] };\n");
      for (const name of ['gmail-compose.html', 'outlook-compose.html', 'yahoo-compose.html', 'protonmail-compose.html']) writeFileSync(join(fixtures, name), '<p>\n');
      const fastmail = { id: 'fastmail', find: () => [] } as unknown as SiteAdapter;
      const registry: Registry = {
        ...real,
        adapters: { ...real.adapters, fastmail },
        hostsByAdapter: { ...real.hostsByAdapter, fastmail: ['app.fastmail.com'], zoho: ['mail.zoho.com'] },
      };
      expect(await hostProblems(hosts, fixtures, registry)).toEqual([
        'hosts/fastmail.ts: fastmail is not in the registry (content/hosts/index.ts)',
        'hosts/protonmail.ts: protonmail is not in the registry (content/hosts/index.ts)',
        'app.fastmail.com does not reach the fastmail adapter',
        "app.fastmail.com is not in the manifest's host permissions",
        'fastmail has no fixture test/fixtures/compose/fastmail-*.html',
        'zoho has hostnames but no adapter',
        'fixture protonmail-compose.html names no registered adapter',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
