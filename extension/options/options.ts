/**
 * The options page: threshold, confirm-before-send, languages, custom phrases and allowed words,
 * and the ESP sites the generic adapter runs on. Every valid change is saved to storage.sync at
 * once; content scripts and the background pick it up through storage.onChanged (no reload). A
 * value that is not valid is never saved nor silently reverted: the field keeps it and says why,
 * next to it. Adding a site asks for that one site (optional host permission) from the click
 * itself, then switches it on in the tabs already open there.
 */
import { t, localizePage, uiLocale } from '../shared/i18n.ts';
import {
  commandShortcut,
  containsOrigins,
  manifestHostPatterns,
  onSyncChanged,
  removeOrigins,
  requestOrigins,
  sendMessage,
  syncGet,
  syncSet,
} from '../shared/browser.ts';
import { formatScore, plural } from '../shared/format.ts';
import { OPEN_PANEL_COMMAND, type SiteAdded } from '../shared/messages.ts';
import {
  LANGUAGES,
  linesOf,
  normalizeSettings,
  parseSite,
  parseThreshold,
  SETTINGS_KEY,
  sitePattern,
  thresholdBounds,
  type Settings,
  type SiteCheck,
} from '../shared/settings.ts';
import { adoptStyles, applyPageTheme } from '../ui/page-style.ts';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const locale = uiLocale();

let settings: Settings = normalizeSettings(undefined);
let statusTimer: ReturnType<typeof setTimeout> | undefined;

function status(text: string, keepMs = 2500): void {
  $('status').textContent = text;
  if (statusTimer !== undefined) clearTimeout(statusTimer);
  if (keepMs > 0) statusTimer = setTimeout(() => ($('status').textContent = ''), keepMs);
}

async function save(patch: Partial<Settings>, message = t('optionsSaved')): Promise<void> {
  settings = normalizeSettings({ ...settings, ...patch });
  await syncSet(SETTINGS_KEY, settings);
  status(message);
}

/** Shows (or clears, with null) the message next to a field, and marks the field invalid for AT. */
function fieldError(field: HTMLElement | null, errorId: string, text: string | null): void {
  const error = $(errorId);
  error.textContent = text ?? '';
  error.hidden = text === null;
  if (field) {
    if (text === null) field.removeAttribute('aria-invalid');
    else field.setAttribute('aria-invalid', 'true');
  }
}

// ---- threshold ------------------------------------------------------------------------------------

function thresholdMessage(error: 'empty' | 'number' | 'range' | 'step'): string {
  return t(`optionsThresholdError_${error}`, thresholdBounds(locale));
}

function commitThreshold(): void {
  const field = $<HTMLInputElement>('threshold');
  const checked = parseThreshold(field.value);
  if (!checked.ok) {
    fieldError(field, 'threshold-error', thresholdMessage(checked.error));
    return;
  }
  fieldError(field, 'threshold-error', null);
  if (checked.value !== settings.threshold) void save({ threshold: checked.value });
}

// ---- languages ------------------------------------------------------------------------------------

/**
 * A change of the language boxes. Unticking the last one (no language and no detection) is refused:
 * the box the user just unticked is ticked again, so the page keeps showing what is in force, and
 * the message says why.
 */
function commitLanguages(event: Event): void {
  const chosen = [...$('languages').querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  const detect = $<HTMLInputElement>('detectLanguage').checked;
  if (chosen.length === 0 && !detect) {
    if (event.target instanceof HTMLInputElement) event.target.checked = true;
    fieldError(null, 'languages-error', t('optionsLanguagesNone'));
    return;
  }
  fieldError(null, 'languages-error', null);
  void save({ languages: chosen, detectLanguage: detect });
}

function renderLanguages(): void {
  const box = $('languages');
  box.replaceChildren();
  for (const code of LANGUAGES) {
    const label = document.createElement('label');
    label.className = 'check';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.value = code;
    input.name = 'language';
    input.checked = settings.languages.includes(code);
    input.addEventListener('change', commitLanguages);
    const name = document.createElement('span');
    name.textContent = t(`language_${code}`);
    label.append(input, name);
    box.append(label);
  }
  $<HTMLInputElement>('detectLanguage').checked = settings.detectLanguage;
}

// ---- keyboard ---------------------------------------------------------------------------------------

/** The shortcut that opens the panel, as the browser has it now (the user may have changed or removed it). */
async function renderShortcut(): Promise<void> {
  const keys = await commandShortcut(OPEN_PANEL_COMMAND).catch(() => '');
  $('shortcut').textContent = keys ? t('optionsShortcut', keys) : t('optionsShortcutNone');
}

// ---- sites ------------------------------------------------------------------------------------------

/** http hosts this build may ask for (test builds serve their fixtures on 127.0.0.1); none in production. */
function httpHosts(): string[] {
  return manifestHostPatterns()
    .filter((pattern) => pattern.startsWith('http://'))
    .map((pattern) => pattern.slice('http://'.length).replace(/\/.*$/, ''));
}

function checkSite(input: string): SiteCheck {
  return parseSite(input, { httpHosts: httpHosts() });
}

function siteMessage(checked: Exclude<SiteCheck, { ok: true }>): string {
  return t(`optionsSiteError_${checked.error}`, checked.subject);
}

function previewSite(): void {
  const text = $<HTMLInputElement>('site').value;
  const preview = $('site-preview');
  const checked = text.trim() ? checkSite(text) : null;
  preview.textContent =
    checked?.ok ? (checked.droppedPort ? t('optionsSitePreviewPort', [checked.pattern, checked.droppedPort]) : t('optionsSitePreview', checked.pattern)) : '';
  // Errors wait for Add (no red while typing); a fixed error clears as soon as it is fixed.
  if (checked?.ok || !text.trim()) fieldError($('site'), 'site-error', null);
}

async function renderSites(): Promise<void> {
  const list = $('sites');
  const items = await Promise.all(
    settings.sites.map(async (pattern) => ({ pattern, granted: await containsOrigins([pattern]).catch(() => false) })),
  );
  list.replaceChildren();
  for (const { pattern, granted } of items) {
    const item = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'site-pattern';
    name.textContent = pattern;
    const state = document.createElement('span');
    state.className = 'state';
    state.textContent = granted ? t('optionsSiteOn') : t('optionsSiteNoAccess');
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = t('optionsRemoveSite');
    remove.setAttribute('aria-label', t('optionsRemoveSiteLabel', pattern));
    remove.addEventListener('click', () => void removeSite(pattern));
    item.append(name, state, remove);
    if (!granted) {
      const grant = document.createElement('button');
      grant.type = 'button';
      grant.textContent = t('optionsGrant');
      grant.setAttribute('aria-label', t('optionsGrantLabel', pattern));
      grant.addEventListener('click', () => void addSite(pattern));
      item.append(grant);
    }
    list.append(item);
  }
}

/** Must run from the click handler without awaiting anything first: permission requests need the user gesture. */
async function addSite(input: string): Promise<void> {
  const field = $<HTMLInputElement>('site');
  const checked = checkSite(input);
  if (!checked.ok) {
    fieldError(field, 'site-error', siteMessage(checked));
    field.focus();
    return;
  }
  fieldError(field, 'site-error', null);
  let granted: boolean;
  try {
    granted = await requestOrigins([checked.pattern]);
  } catch (e) {
    fieldError(field, 'site-error', t('optionsSiteRefused', [checked.pattern, e instanceof Error ? e.message : String(e)]));
    return;
  }
  if (!granted) {
    fieldError(field, 'site-error', t('optionsSiteDenied', checked.pattern));
    return;
  }
  field.value = '';
  previewSite();
  await save({ sites: [...settings.sites.filter((s) => s !== checked.pattern), checked.pattern] });
  await renderSites();
  // Switch it on in the tabs already open there, and say what happened.
  const added: SiteAdded = { type: 'site-added', pattern: checked.pattern };
  const tabs = await sendMessage<number>(added).catch(() => 0);
  status(tabs > 0 ? plural(t, 'optionsSiteAddedTabs', tabs, locale, [checked.pattern]) : t('optionsSiteAddedNoTabs', checked.pattern), 0);
}

async function removeSite(pattern: string): Promise<void> {
  await save({ sites: settings.sites.filter((s) => s !== pattern) });
  await removeOrigins([pattern]).catch(() => false);
  await renderSites();
  status(t('optionsSiteRemoved', pattern));
}

// ---- the page ---------------------------------------------------------------------------------------

function fill(): void {
  const threshold = $<HTMLInputElement>('threshold');
  threshold.value = formatScore(settings.threshold, locale);
  fieldError(threshold, 'threshold-error', null);
  $<HTMLInputElement>('confirmSend').checked = settings.confirmSend;
  $<HTMLTextAreaElement>('phrases').value = settings.phrases.join('\n');
  $<HTMLTextAreaElement>('allowed').value = settings.allowed.join('\n');
  renderLanguages();
  void renderSites();
  void renderShortcut();
}

/** `options.html?add=https://builder.example.net`: the popup found an editor in a frame of that site. */
function prefillFromQuery(): void {
  const wanted = new URLSearchParams(location.search).get('add');
  if (!wanted) return;
  const field = $<HTMLInputElement>('site');
  field.value = wanted;
  previewSite();
  const pattern = sitePattern(wanted);
  if (pattern && settings.sites.includes(pattern)) return;
  status(t('optionsAddFromPopup', wanted), 0);
  $('add-site').focus();
}

async function init(): Promise<void> {
  adoptStyles(document);
  applyPageTheme(document);
  localizePage(document);
  settings = normalizeSettings(await syncGet(SETTINGS_KEY));
  fill();

  const threshold = $<HTMLInputElement>('threshold');
  threshold.addEventListener('change', commitThreshold);
  threshold.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commitThreshold();
    }
  });
  $('detectLanguage').addEventListener('change', commitLanguages);
  $<HTMLInputElement>('confirmSend').addEventListener('change', (event) => {
    void save({ confirmSend: (event.target as HTMLInputElement).checked });
  });
  for (const id of ['phrases', 'allowed'] as const) {
    $<HTMLTextAreaElement>(id).addEventListener('change', (event) => {
      void save({ [id]: linesOf((event.target as HTMLTextAreaElement).value) });
    });
  }
  const site = $<HTMLInputElement>('site');
  site.addEventListener('input', previewSite);
  $('add-site').addEventListener('click', () => void addSite(site.value));
  site.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void addSite(site.value);
    }
  });
  $('form').addEventListener('submit', (event) => event.preventDefault());
  prefillFromQuery();

  // Another window (or sync from another device) changed the settings.
  onSyncChanged(SETTINGS_KEY, (value) => {
    const next = normalizeSettings(value);
    if (JSON.stringify(next) === JSON.stringify(settings)) return;
    settings = next;
    fill();
  });
}

void init();
