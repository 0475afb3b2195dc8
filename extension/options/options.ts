/**
 * The options page: threshold, confirm-before-send, languages, custom phrases and allowed words,
 * and the ESP sites the generic adapter runs on. Every valid change is saved at once (storage.sync,
 * the phrase lists in storage.local too: settings-store.ts); content scripts and the background pick it up
 * through storage.onChanged (no reload). A value that is not valid is never saved nor silently
 * reverted: the field keeps it and says why, next to it. A save the browser refuses is said next to
 * the field too, and the settings saved before stay in force (the next change starts from them). Adding a site asks for that one site (optional host permission) from the click
 * itself, then switches it on in the tabs already open there.
 */
import { t, localizePage, uiLocale } from '../shared/i18n.ts';
import {
  commandShortcut,
  containsOrigins,
  manifestHostPatterns,
  removeOrigins,
  requestOrigins,
  sendMessage,
} from '../shared/browser.ts';
import { loadSettings, onSettingsChanged, refused, saveSettings, type SaveFailure } from '../shared/settings-store.ts';
import { formatNumber, formatScore, plural } from '../shared/format.ts';
import { OPEN_PANEL_COMMAND, type SiteAdded } from '../shared/messages.ts';
import {
  LANGUAGES,
  LIST_MAX_CHARS,
  LIST_MAX_ENTRIES,
  linesOf,
  listOverflow,
  normalizeSettings,
  parseSite,
  parseThreshold,
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
let saving: Promise<unknown> = Promise.resolve();

function status(text: string, keepMs = 2500): void {
  $('status').textContent = text;
  if (statusTimer !== undefined) clearTimeout(statusTimer);
  if (keepMs > 0) statusTimer = setTimeout(() => ($('status').textContent = ''), keepMs);
}

function clearStatus(): void {
  if (statusTimer !== undefined) clearTimeout(statusTimer);
  statusTimer = undefined;
  $('status').textContent = '';
}

/** Which field a change came from: its message element, and the field marked invalid (none for check boxes). */
interface Source {
  errorId: string;
  field: HTMLElement | null;
}

function saveErrorMessage(error: SaveFailure): string {
  return error.kind === 'too-big'
    ? t('optionsSaveTooBig', [formatNumber(error.bytes, locale), formatNumber(error.max, locale)])
    : t('optionsSaveRefused', error.message);
}

/**
 * Saves the settings with `patch` applied. When the browser refuses, nothing changes here: the
 * settings saved before stay in force (so other fields still save), and the source field says why.
 * Resolves whether it was saved.
 */
function save(patch: Partial<Settings>, source: Source, message = t('optionsSaved')): Promise<boolean> {
  // One save at a time, each starting from what the one before left in force.
  const run = async (): Promise<boolean> => {
    const next = normalizeSettings({ ...settings, ...patch });
    try {
      await saveSettings(next);
    } catch (e) {
      fieldError(source.field, source.errorId, saveErrorMessage(refused(e).failure));
      return false;
    }
    settings = next;
    fieldError(source.field, source.errorId, null);
    status(message);
    return true;
  };
  const result = saving.then(run, run);
  saving = result;
  return result;
}

/** Shows (or clears, with null) the message next to a field, and marks the field invalid for AT. */
function fieldError(field: HTMLElement | null, errorId: string, text: string | null): void {
  const error = $(errorId);
  // A "Saved." from an earlier change must not stand next to a value that is not saved.
  if (text !== null) clearStatus();
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
  if (checked.value !== settings.threshold) void save({ threshold: checked.value }, { errorId: 'threshold-error', field });
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
  void save({ languages: chosen, detectLanguage: detect }, { errorId: 'languages-error', field: null }).then((saved) => {
    if (!saved) renderLanguages(); // the boxes show what is in force
  });
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

// ---- phrase lists -----------------------------------------------------------------------------------

/** A list field left: saved, and when it holds more than a list keeps, the field says what was left out. */
async function commitList(id: 'phrases' | 'allowed', field: HTMLTextAreaElement): Promise<void> {
  const saved = await save({ [id]: linesOf(field.value) }, { errorId: `${id}-error`, field });
  if (!saved) return;
  const { dropped, cut } = listOverflow(field.value);
  if (dropped > 0 || cut > 0) {
    fieldError(field, `${id}-error`, t('optionsListLimits', [formatNumber(LIST_MAX_ENTRIES, locale), formatNumber(LIST_MAX_CHARS, locale), formatNumber(dropped, locale), formatNumber(cut, locale)]));
  }
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
  if (!(await save({ sites: [...settings.sites.filter((s) => s !== checked.pattern), checked.pattern] }, { errorId: 'site-error', field }))) return;
  field.value = '';
  previewSite();
  await renderSites();
  // Switch it on in the tabs already open there, and say what happened.
  const added: SiteAdded = { type: 'site-added', pattern: checked.pattern };
  const tabs = await sendMessage<number>(added).catch(() => 0);
  status(tabs > 0 ? plural(t, 'optionsSiteAddedTabs', tabs, locale, [checked.pattern]) : t('optionsSiteAddedNoTabs', checked.pattern), 0);
}

async function removeSite(pattern: string): Promise<void> {
  if (!(await save({ sites: settings.sites.filter((s) => s !== pattern) }, { errorId: 'site-error', field: null }))) return;
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
  settings = await loadSettings();
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
    const box = event.target as HTMLInputElement;
    void save({ confirmSend: box.checked }, { errorId: 'confirmSend-error', field: null }).then((saved) => {
      if (!saved) box.checked = settings.confirmSend;
    });
  });
  for (const id of ['phrases', 'allowed'] as const) {
    $<HTMLTextAreaElement>(id).addEventListener('change', (event) => void commitList(id, event.target as HTMLTextAreaElement));
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
  onSettingsChanged((next) => {
    if (JSON.stringify(next) === JSON.stringify(settings)) return;
    settings = next;
    fill();
  });
}

void init();
