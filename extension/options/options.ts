/**
 * The options page: threshold, confirm-before-send, languages, custom phrases and allowed words,
 * and the ESP sites the generic adapter runs on. Every change is saved to storage.sync at once;
 * content scripts and the background pick it up through storage.onChanged (no reload).
 * Adding a site asks for that one origin (optional host permission) from the click itself.
 */
import { containsOrigins, onSyncChanged, removeOrigins, requestOrigins, syncGet, syncSet } from '../shared/browser.ts';
import { localizePage, t } from '../shared/i18n.ts';
import { LANGUAGES, linesOf, normalizeOrigin, normalizeSettings, originPattern, SETTINGS_KEY, type Settings } from '../shared/settings.ts';
import { adoptStyles, applyPageTheme } from '../ui/page-style.ts';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

let settings: Settings = normalizeSettings(undefined);
let statusTimer: ReturnType<typeof setTimeout> | undefined;

function status(text: string): void {
  $('status').textContent = text;
  if (statusTimer !== undefined) clearTimeout(statusTimer);
  statusTimer = setTimeout(() => ($('status').textContent = ''), 2500);
}

async function save(patch: Partial<Settings>): Promise<void> {
  settings = normalizeSettings({ ...settings, ...patch });
  await syncSet(SETTINGS_KEY, settings);
  status(t('optionsSaved'));
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
    input.addEventListener('change', () => {
      const chosen = [...box.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      void save({ languages: chosen });
    });
    const name = document.createElement('span');
    name.textContent = t(`language_${code}`);
    label.append(input, name);
    box.append(label);
  }
}

async function renderSites(): Promise<void> {
  const list = $('sites');
  const items = await Promise.all(
    settings.sites.map(async (origin) => ({ origin, granted: await containsOrigins([originPattern(origin)]).catch(() => false) })),
  );
  list.replaceChildren();
  for (const { origin, granted } of items) {
    const item = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = origin;
    const state = document.createElement('span');
    state.className = 'state';
    state.textContent = granted ? t('optionsSiteOn') : t('optionsSiteNoAccess');
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = t('optionsRemoveSite');
    remove.setAttribute('aria-label', t('optionsRemoveSiteLabel', origin));
    remove.addEventListener('click', () => void removeSite(origin));
    item.append(name, state, remove);
    if (!granted) {
      const grant = document.createElement('button');
      grant.type = 'button';
      grant.textContent = t('optionsGrant');
      grant.addEventListener('click', () => void addSite(origin));
      item.append(grant);
    }
    list.append(item);
  }
}

/** Must run from the click handler without awaiting anything first: permission requests need the user gesture. */
async function addSite(input: string): Promise<void> {
  const error = $('site-error');
  error.hidden = true;
  const origin = normalizeOrigin(input);
  if (!origin) {
    error.textContent = t('optionsSiteInvalid');
    error.hidden = false;
    return;
  }
  let granted = false;
  try {
    granted = await requestOrigins([originPattern(origin)]);
  } catch (e) {
    error.textContent = t('optionsSiteRefused', e instanceof Error ? e.message : String(e));
    error.hidden = false;
    return;
  }
  if (!granted) {
    error.textContent = t('optionsSiteDenied');
    error.hidden = false;
    return;
  }
  $<HTMLInputElement>('site').value = '';
  await save({ sites: [...settings.sites.filter((s) => s !== origin), origin] });
  await renderSites();
}

async function removeSite(origin: string): Promise<void> {
  await save({ sites: settings.sites.filter((s) => s !== origin) });
  // Keep the permission if another enabled site shares the host pattern (two ports of one host).
  const pattern = originPattern(origin);
  if (!settings.sites.some((s) => originPattern(s) === pattern)) await removeOrigins([pattern]).catch(() => false);
  await renderSites();
}

function fill(): void {
  $<HTMLInputElement>('threshold').value = String(settings.threshold);
  $<HTMLInputElement>('confirmSend').checked = settings.confirmSend;
  $<HTMLTextAreaElement>('phrases').value = settings.phrases.join('\n');
  $<HTMLTextAreaElement>('allowed').value = settings.allowed.join('\n');
  renderLanguages();
  void renderSites();
}

async function init(): Promise<void> {
  adoptStyles(document);
  applyPageTheme(document);
  localizePage(document);
  settings = normalizeSettings(await syncGet(SETTINGS_KEY));
  fill();

  const threshold = $<HTMLInputElement>('threshold');
  threshold.addEventListener('change', () => {
    const value = Number(threshold.value);
    if (Number.isFinite(value) && value > 0 && value <= 100) void save({ threshold: value });
    else threshold.value = String(settings.threshold);
  });
  $<HTMLInputElement>('confirmSend').addEventListener('change', (event) => {
    void save({ confirmSend: (event.target as HTMLInputElement).checked });
  });
  for (const id of ['phrases', 'allowed'] as const) {
    $<HTMLTextAreaElement>(id).addEventListener('change', (event) => {
      void save({ [id]: linesOf((event.target as HTMLTextAreaElement).value) });
    });
  }
  $('add-site').addEventListener('click', () => void addSite($<HTMLInputElement>('site').value));
  $<HTMLInputElement>('site').addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void addSite($<HTMLInputElement>('site').value);
    }
  });
  $('form').addEventListener('submit', (event) => event.preventDefault());

  // Another window (or sync from another device) changed the settings.
  onSyncChanged(SETTINGS_KEY, (value) => {
    const next = normalizeSettings(value);
    if (JSON.stringify(next) === JSON.stringify(settings)) return;
    settings = next;
    fill();
  });
}

void init();
