/**
 * The "Recipients" section of the in-page panel: what core `checkRecipients` found in the compose
 * window's To/Cc/Bcc fields, worded in the UI language. Separate from the draft's score and its
 * findings. Addresses come from the page, so everything goes in as text (textContent only).
 */
import type { RecipientWarning } from '../shared/messages.ts';
import type { Translate } from './report-view.ts';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The local part of an address written as `local@domain` (or `Name <local@domain>`). */
function localPart(address: string): string {
  const bare = address.includes('<') ? address.slice(address.lastIndexOf('<') + 1) : address;
  return bare.slice(0, bare.lastIndexOf('@')).trim();
}

/** The warning's headline and its advice, in the UI language. */
export function recipientText(warning: RecipientWarning, t: Translate): { message: string; advice: string } {
  const { address, domain, suggestion } = warning;
  switch (warning.rule) {
    case 'recipient-domain-typo':
      return suggestion
        ? { message: t('recipientTypo', [domain, suggestion]), advice: t('recipientTypoFix', [address, `${localPart(address)}@${suggestion}`]) }
        : { message: t('recipientInvalid', address), advice: t('recipientInvalidFix') };
    case 'recipient-disposable':
      return { message: t('recipientDisposable', address), advice: t('recipientDisposableFix') };
    case 'recipient-role-address':
      return { message: t('recipientRole', address), advice: t('recipientRoleFix') };
    default:
      return { message: t('recipientInvalid', address), advice: t('recipientInvalidFix') };
  }
}

/** The section, or null when there is nothing to warn about. */
export function renderRecipients(doc: Document, warnings: readonly RecipientWarning[], t: Translate): HTMLElement | null {
  if (warnings.length === 0) return null;
  const section = el(doc, 'section', 'sr-recipients');
  const title = t('recipientsTitle');
  section.setAttribute('aria-label', title);
  const list = el(doc, 'ul', 'sr-recipient-list');
  for (const warning of warnings) {
    const { message, advice } = recipientText(warning, t);
    const item = el(doc, 'li', 'sr-recipient');
    item.dataset.rule = warning.rule;
    item.dataset.field = warning.field;
    item.append(
      el(doc, 'span', 'sr-field', t(`recipientField_${warning.field}`)),
      el(doc, 'span', 'sr-message', message),
      el(doc, 'span', 'sr-suggestion', advice),
    );
    list.append(item);
  }
  section.append(el(doc, 'h3', 'sr-section-title', title), list);
  return section;
}
