/**
 * How each template of sources.ts becomes one HTML file. Every recipe calls the package's own code
 * or reads its own files: the only text that is ours is the sample data a sender's system would fill
 * in (a site's name, a link, a code), listed here next to the call.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInThisContext } from 'node:vm';
import type { GhostGiftEmail, Recipe, TemplateSpec } from './sources.ts';

export interface RecipeContext {
  /** the unpacked tarball of the template's package (it holds `package/…`) */
  readonly packageDir: string;
  /** the folder where scripts/templates/render/package-lock.json was installed */
  readonly renderDir: string;
}

export interface Rendered {
  readonly html: string;
  /** what the recipe did, for the manifest's note (empty when the file is used as shipped) */
  readonly how: string;
}

type ModuleExports = Record<string, unknown>;
type RequireLike = (id: string) => unknown;

/** Runs a CommonJS module's source with the `require` given (the packages' own files, not ours). */
function runCommonJs(source: string, filename: string, requireFor: RequireLike): unknown {
  const module: { exports: unknown } = { exports: {} };
  const wrapper = runInThisContext(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename }) as (
    ...args: unknown[]
  ) => void;
  wrapper(module.exports, requireFor, module, filename, dirname(filename));
  return module.exports;
}

/**
 * What a module gets for a dependency the template does not need:
 * any property or call gives the stub again, so that loading the module never fails on it.
 */
const STUB: unknown = new Proxy(function stub() {}, {
  get: (_target, key) => (key === '__esModule' ? true : key === Symbol.toPrimitive ? () => '' : STUB),
  apply: () => STUB,
  construct: () => STUB as object,
});

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

function fn(exports: ModuleExports, name: string, where: string): (...args: unknown[]) => unknown {
  const value = exports[name];
  if (typeof value !== 'function') throw new Error(`${where}: no function \`${name}\` exported (did the package change?)`);
  return value as (...args: unknown[]) => unknown;
}

function asHtml(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${where}: the template rendered no HTML`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Ghost: the e-mail modules export `({ t, siteTitle, … }) => html`; `t` is Ghost's i18next setup
// (keys are the English strings, `{name}` interpolation, an empty translation falls back to the key).

/** A Ghost-style `t` over one locale's ghost.json; `missing` collects keys it had to leave in English. */
export function ghostTranslator(table: Readonly<Record<string, string>>, missing: Set<string>) {
  return (key: string, options: Readonly<Record<string, unknown>> = {}): string => {
    const translated = Object.hasOwn(table, key) ? table[key] : undefined;
    if (!translated) missing.add(key);
    return (translated || key).replace(/\{(\w{1,40})\}/g, (match, name: string) =>
      name !== 'interpolation' && Object.hasOwn(options, name) ? String(options[name]) : match,
    );
  };
}

function ghostLocale(packageDir: string, locale: string): Record<string, string> {
  if (locale === 'en') return {};
  const i18nDir = join(packageDir, 'i18n');
  if (!existsSync(join(i18nDir, 'package', 'locales'))) {
    // Ghost ships its translations as a tarball inside its tarball
    mkdirSync(i18nDir, { recursive: true });
    execFileSync('tar', ['-xzf', join(packageDir, 'package/components/tryghost-i18n-0.0.0.tgz'), '-C', i18nDir, 'package/locales']);
  }
  const path = join(i18nDir, 'package', 'locales', locale, 'ghost.json');
  if (!existsSync(path)) throw new Error(`ghost: no locale ${locale} in @tryghost/i18n`);
  return JSON.parse(read(path)) as Record<string, string>;
}

/** The sample site a Ghost e-mail is rendered for (Ghost's own demo site). */
const GHOST_SITE = {
  siteTitle: 'Ghost Demo',
  siteDomain: 'demo.ghost.io',
  siteUrl: 'https://demo.ghost.io/',
  email: 'jamie.rivera@fastmail.com',
  url: 'https://demo.ghost.io/members/?token=c3VwZXJzZWNyZXQtdG9rZW4&action=signin&r=https%3A%2F%2Fdemo.ghost.io%2F',
};


function ghostModule(path: string): (data: Record<string, unknown>) => unknown {
  const exported = runCommonJs(read(path), path, () => STUB);
  if (typeof exported !== 'function') throw new Error(`${path}: does not export a template function`);
  return exported as (data: Record<string, unknown>) => unknown;
}

function ghost(spec: TemplateSpec, recipe: Extract<Recipe, { kind: 'ghost' }>, context: RecipeContext): Rendered {
  const path = join(context.packageDir, spec.path);
  const missing = new Set<string>();
  const t = ghostTranslator(ghostLocale(context.packageDir, recipe.locale), missing);
  const data: Record<string, unknown> = {
    t,
    ...GHOST_SITE,
    ...(recipe.variant === 'otc' ? { otc: '482913' } : {}),
    // the staff sign-in verification e-mail
    siteLogo: 'https://demo.ghost.io/content/images/2026/01/ghost-logo.png',
    token: '482913',
    deviceDetails: { device: 'Firefox, macOS', location: 'Lisbon, Portugal', time: '3 Dec 2026, 14:05 UTC' },
    is2FARequired: true,
  };
  const html = asHtml(ghostModule(path)(data), path);
  const notes = [`rendered for ${GHOST_SITE.siteDomain}${recipe.locale === 'en' ? '' : ` with @tryghost/i18n locale ${recipe.locale}`}`];
  if (recipe.variant === 'otc') notes.push('sign-in code variant');
  if (recipe.locale !== 'en' && missing.size > 0) notes.push(`${missing.size} string(s) left in English`);
  return { html, how: notes.join(', ') };
}

// Ghost's gift e-mails: GiftEmailRenderer compiles the .hbs files with Handlebars and a `t` helper over the
// same i18next-style `t`; the data is what GiftEmailService passes, with Ghost's own date formatting
// (gift-date.js) in the locale, and the colours its service falls back to when it cannot mix the accent.

const GIFT_RENDER: Readonly<Record<GhostGiftEmail, string>> = {
  delivery: 'renderDelivery',
  reminder: 'renderReminder',
  'purchase-confirmation': 'renderPurchaseConfirmation',
};

async function ghostGift(spec: TemplateSpec, recipe: Extract<Recipe, { kind: 'ghost-gift' }>, context: RecipeContext): Promise<Rendered> {
  const gifts = join(context.packageDir, 'package/core/server/services/gifts');
  const handlebars = createRequire(join(context.renderDir, 'package.json'))('handlebars') as unknown;
  const requireNear = createRequire(join(gifts, 'gift-email-renderer.js'));
  const load = (file: string): ModuleExports =>
    runCommonJs(read(join(gifts, file)), join(gifts, file), (id) => (id === 'handlebars' ? handlebars : requireNear(id))) as ModuleExports;
  const { formatGiftDate } = load('gift-date.js') as { formatGiftDate: (date: Date, options: { locale: string; timeZone: string }) => string };
  const { GiftEmailRenderer } = load('gift-email-renderer.js') as { GiftEmailRenderer: new (options: { t: unknown }) => ModuleExports };
  const missing = new Set<string>();
  const t = ghostTranslator(ghostLocale(context.packageDir, recipe.locale), missing);
  const date = (iso: string) => formatGiftDate(new Date(iso), { locale: recipe.locale === 'en' ? 'en-gb' : recipe.locale, timeZone: 'Europe/Lisbon' });
  const site = {
    siteTitle: GHOST_SITE.siteTitle,
    siteUrl: GHOST_SITE.siteUrl,
    siteDomain: GHOST_SITE.siteDomain,
    siteIconUrl: 'https://demo.ghost.io/content/images/size/w256h256/2026/01/ghost-icon.png',
    accentColor: '#FF1A75',
  };
  const gift = { tierName: 'Supporter', duration: 1, isMonthly: false, link: 'https://demo.ghost.io/gift/Zy7kQ2mP4xR9', expiresAt: date('2027-12-03T12:00:00Z') };
  const data: Record<GhostGiftEmail, Record<string, unknown>> = {
    delivery: {
      ...site,
      accentTint: '#F4F5F6',
      accentShade: '#738A94',
      toEmail: 'alex.moreau@fastmail.com',
      buyerEmail: GHOST_SITE.email,
      buyerName: 'Jamie Rivera',
      recipientName: 'Alex',
      personalMessage: null,
      gift: { ...gift, benefits: [] },
    },
    reminder: {
      ...site,
      memberEmail: 'alex.moreau@fastmail.com',
      firstName: 'Alex',
      gift: { tierName: 'Supporter', consumesAt: date('2026-12-20T12:00:00Z'), manageSubscriptionUrl: 'https://demo.ghost.io/#/portal/account' },
    },
    'purchase-confirmation': { ...site, toEmail: GHOST_SITE.email, gift: { ...gift, recipientEmail: null, deliveryDate: null } },
  };
  const renderer = new GiftEmailRenderer({ t });
  const rendered = (await fn(renderer, GIFT_RENDER[recipe.email], spec.path).call(renderer, data[recipe.email])) as { html?: unknown };
  if (recipe.locale !== 'en' && missing.size > 0) throw new Error(`${spec.file}: ${missing.size} string(s) not translated in ${recipe.locale} (${[...missing][0]})`);
  const locale = recipe.locale === 'en' ? '' : ` with @tryghost/i18n locale ${recipe.locale}`;
  return { html: asHtml(rendered.html, spec.path), how: `GiftEmailRenderer.${GIFT_RENDER[recipe.email]} for ${GHOST_SITE.siteDomain}${locale}` };
}

// ---------------------------------------------------------------------------------------------
// NodeBB 1.4: views in templates.js syntax (`{var}`, `<!-- IMPORT file -->`) whose text is
// `[[email:key, arg, …]]`, translated from public/language/<locale>/email.json (`%1` for arguments),
// falling back to en-GB as NodeBB's translator does.

/** Renders a NodeBB e-mail view. Only the syntax the chosen views use; anything else is an error. */
export function renderNodebbView(
  view: string,
  readPartial: (path: string) => string,
  data: Readonly<Record<string, string>>,
  language: Readonly<Record<string, string>>,
  fallback: Readonly<Record<string, string>>,
  missing: Set<string>,
): string {
  let html = view.replace(/<!-- IMPORT ([\w/.-]{1,200}) -->/g, (_match, partial: string) => readPartial(partial));
  if (/<!-- (?:IF|BEGIN) /.test(html)) throw new Error('nodebb: this view has conditionals or loops, which the recipe does not render');
  html = html.replace(/\{([\w.]{1,60})\}/g, (match, name: string) => (Object.hasOwn(data, name) ? data[name]! : match));
  return html.replace(/\[\[email:([\w.-]{1,80})((?:, [^,\]]{0,200}){0,4})\]\]/g, (_match, key: string, rest: string) => {
    const text = (Object.hasOwn(language, key) && language[key]) || (missing.add(key), fallback[key]);
    if (text === undefined) throw new Error(`nodebb: no text for email:${key}`);
    const args = rest === '' ? [] : rest.slice(2).split(', ');
    return text.replace(/%(\d)/g, (match, index: string) => args[Number(index) - 1] ?? match);
  });
}

const NODEBB_DATA: Readonly<Record<string, string>> = {
  site_title: 'NodeBB Community',
  username: 'jamie_r',
  url: 'https://community.nodebb.org',
  confirm_link: 'https://community.nodebb.org/confirm/5f1c0a7e-9b2d-4c41-8e0a-2d7f3b9c6a11',
  reset_link: 'https://community.nodebb.org/reset/0b7e4d2a-6c35-4f8e-a1d9-7e2c5b8f4a30',
  registerLink: 'https://community.nodebb.org/register?token=9c2f7a1e-3b8d-4e6f-a5c0-1d4b7e9f2a68',
  date: '3 December 2026 14:05',
};

function nodebb(spec: TemplateSpec, recipe: Extract<Recipe, { kind: 'nodebb' }>, context: RecipeContext): Rendered {
  const views = join(context.packageDir, 'package/src/views');
  const languages = join(context.packageDir, 'package/public/language');
  const missing = new Set<string>();
  const html = renderNodebbView(
    read(join(context.packageDir, spec.path)),
    (partial) => read(join(views, partial)),
    NODEBB_DATA,
    JSON.parse(read(join(languages, recipe.locale, 'email.json'))) as Record<string, string>,
    JSON.parse(read(join(languages, 'en-GB', 'email.json'))) as Record<string, string>,
    missing,
  );
  const notes = [`rendered for community.nodebb.org with public/language/${recipe.locale}/email.json`];
  if (missing.size > 0 && recipe.locale !== 'en-GB') notes.push(`${missing.size} string(s) left in English`);
  return { html, how: notes.join(', ') };
}

// ---------------------------------------------------------------------------------------------
// mailgen: its examples/*.js build a Mailgen with a theme and write `preview.html`; the recipe runs the
// example as it is, with the theme swapped and the file write captured.

function mailgen(spec: TemplateSpec, recipe: Extract<Recipe, { kind: 'mailgen' }>, context: RecipeContext): Rendered {
  const require = createRequire(join(context.renderDir, 'package.json'));
  const Mailgen = require('mailgen') as new (options: Record<string, unknown>) => object;
  const theme = recipe.theme;
  class Themed extends Mailgen {
    constructor(options: Record<string, unknown>) {
      super({ ...options, theme });
    }
  }
  let captured: string | undefined;
  const fakeFs = {
    writeFileSync(name: string, data: unknown) {
      if (name === 'preview.html') captured = String(data);
    },
  };
  const path = join(context.renderDir, 'node_modules', 'mailgen', spec.path);
  runCommonJs(read(path), path, (id) => (id === '../' ? Themed : id === 'fs' ? fakeFs : require(id)));
  return { html: asHtml(captured, path), how: `${spec.path} as shipped, theme ${theme}` };
}

// ---------------------------------------------------------------------------------------------
// monto-email-builder: dist/index.js maps each sample name to a data-only chunk and an export
// (`"welcome": () => import("./chunks/chunk-….js").then((e) => e.w)…`); monto-email-core renders it.

export function montoSampleTable(indexSource: string): Map<string, { chunk: string; exported: string }> {
  const table = new Map<string, { chunk: string; exported: string }>();
  const entry = /"?([\w-]{1,60})"?: \(\) => import\("\.\/chunks\/([\w-]{1,60}\.js)"\)\.then\(\(e\) => e\.(\w{1,10})\)/g;
  for (const match of indexSource.matchAll(entry)) table.set(match[1]!, { chunk: match[2]!, exported: match[3]! });
  return table;
}

async function monto(spec: TemplateSpec, recipe: Extract<Recipe, { kind: 'monto' }>, context: RecipeContext): Promise<Rendered> {
  const dist = join(context.packageDir, 'package/dist');
  const where = montoSampleTable(read(join(dist, 'index.js'))).get(recipe.sample);
  if (!where) throw new Error(`monto-email-builder: no sample \`${recipe.sample}\` in dist/index.js`);
  const chunk = (await import(pathToFileURL(join(dist, 'chunks', where.chunk)).href)) as Record<string, { default?: unknown }>;
  const document = chunk[where.exported]?.default;
  if (!document || typeof document !== 'object') throw new Error(`monto-email-builder: sample \`${recipe.sample}\` is not a document`);
  const core = createRequire(join(context.renderDir, 'package.json')).resolve('monto-email-core');
  const { renderToStaticMarkup } = (await import(pathToFileURL(core).href)) as {
    renderToStaticMarkup: (document: unknown, options: { rootBlockId: string }) => string;
  };
  return {
    html: asHtml(renderToStaticMarkup(document, { rootBlockId: 'root' }), spec.file),
    how: `sample \`${recipe.sample}\` (dist/chunks/${where.chunk}) rendered by monto-email-core`,
  };
}

// ---------------------------------------------------------------------------------------------
// email-builder-online: dist/localPresets-*.js is the gallery (`{ templates: [{ id, blocks: [{ id, block }] }] }`);
// the editor's HTML export is the chunk's `r` export, `(document, rootBlockId) => html`, over Waypoint's
// document shape (block id → block), which the editor builds from a preset's block list the same way.
// Its chunks import react and react-dom alone, resolved from the renderers' install.

const EBO_DIST = 'package/dist';
const EBO_EXPORT = 'captureThumbnail-DZPK-ba2.js';

async function ebo(spec: TemplateSpec, recipe: Extract<Recipe, { kind: 'ebo' }>, context: RecipeContext): Promise<Rendered> {
  const modules = join(context.packageDir, 'node_modules');
  if (!existsSync(modules)) symlinkSync(join(context.renderDir, 'node_modules'), modules, 'dir');
  const gallery = ((await import(pathToFileURL(join(context.packageDir, spec.path)).href)) as { default?: { templates?: unknown } }).default;
  const templates = (gallery?.templates ?? []) as { id: string; blocks: { id: string; block: unknown }[] }[];
  const preset = templates.find((template) => template.id === recipe.preset);
  if (!preset) throw new Error(`email-builder-online: no preset \`${recipe.preset}\` in ${spec.path}`);
  const exported = (await import(pathToFileURL(join(context.packageDir, EBO_DIST, EBO_EXPORT)).href)) as ModuleExports;
  const document = Object.fromEntries(preset.blocks.map(({ id, block }) => [id, block]));
  return {
    html: asHtml(fn(exported, 'r', EBO_EXPORT)(document, 'root'), spec.file),
    how: `preset \`${recipe.preset}\` rendered by the package's HTML export (dist/${EBO_EXPORT}) with react-dom 18.3.1`,
  };
}

// ---------------------------------------------------------------------------------------------

async function authjs(spec: TemplateSpec, context: RecipeContext): Promise<Rendered> {
  const path = join(context.packageDir, spec.path);
  const module = (await import(pathToFileURL(path).href)) as ModuleExports;
  const url = 'https://app.acmenotes.io/api/auth/callback/nodemailer?callbackUrl=https%3A%2F%2Fapp.acmenotes.io%2F&token=4f9d2c7b1a&email=jamie%40acmenotes.io';
  const html = fn(module, 'html', path)({ url, host: 'app.acmenotes.io', theme: {} });
  return { html: asHtml(html, path), how: 'html() for app.acmenotes.io, default theme' };
}

function moduleString(spec: TemplateSpec, context: RecipeContext): Rendered {
  const path = join(context.packageDir, spec.path);
  const source = read(path).replace(/^export default /m, 'module.exports = ');
  const exported = runCommonJs(source, path, () => STUB);
  return { html: asHtml(exported, path), how: 'the module\'s template string as shipped' };
}

export async function render(spec: TemplateSpec, context: RecipeContext): Promise<Rendered> {
  const recipe = spec.recipe;
  switch (recipe.kind) {
    case 'raw':
      return { html: asHtml(read(join(context.packageDir, spec.path)), spec.path), how: '' };
    case 'module-string':
      return moduleString(spec, context);
    case 'ghost':
      return ghost(spec, recipe, context);
    case 'ghost-gift':
      return ghostGift(spec, recipe, context);
    case 'nodebb':
      return nodebb(spec, recipe, context);
    case 'mailgen':
      return mailgen(spec, recipe, context);
    case 'monto':
      return monto(spec, recipe, context);
    case 'authjs':
      return authjs(spec, context);
    case 'ebo':
      return ebo(spec, recipe, context);
  }
}
