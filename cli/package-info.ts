/**
 * spamrisk's own name, version and home, read from its package.json (found upwards from this
 * module, so it works from source and from dist/lib/ alike).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPOSITORY } from '../core/rules/settings.ts';

/** When package.json names no repository, rule docs are linked to the core's. */
const DEFAULT_REPOSITORY = REPOSITORY;

export interface PackageInfo {
  readonly name: string;
  readonly version: string;
  /** https URL of the source repository, without a trailing slash */
  readonly repository: string;
}

function repositoryUrl(field: unknown): string | null {
  const raw = typeof field === 'string' ? field : typeof field === 'object' && field !== null ? (field as { url?: unknown }).url : null;
  if (typeof raw !== 'string') return null;
  const url = raw
    .replace(/^git\+/, '')
    .replace(/^github:/, 'https://github.com/')
    .replace(/^git@github\.com:/, 'https://github.com/')
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
  if (/^[\w.-]+\/[\w.-]+$/.test(url)) return `https://github.com/${url}`;
  return /^https?:\/\//.test(url) ? url : null;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Record<string, unknown>;
      if (pkg.name === 'spamrisk') {
        return (cached = {
          name: 'spamrisk',
          version: typeof pkg.version === 'string' ? pkg.version : '0.0.0',
          repository: repositoryUrl(pkg.repository) ?? DEFAULT_REPOSITORY,
        });
      }
    } catch {
      // no package.json here: keep looking upwards
    }
    const parent = dirname(folder);
    if (parent === folder) return (cached = { name: 'spamrisk', version: '0.0.0', repository: DEFAULT_REPOSITORY });
    folder = parent;
  }
}

/** The page documenting a rule: docs/rules/<id>.md in the repository (STYLE §2). */
export function ruleDocsUrl(ruleId: string): string {
  return `${packageInfo().repository}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}
