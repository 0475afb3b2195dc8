// Detects scripts: <script> tags and on… event-handler attributes (onload, onclick, onmouseover).
// No mail client runs them, so a script in a message is either a web page pasted whole or an
// attempt to act on the reader (pop-ups, hiding the status bar); filters score both.
// Source: SpamAssassin html_tag_exists tests (20_html_tests.cf); Gmail and Outlook strip scripts.
import type { Element, Message } from '../../message/message.ts';
import { defineRule, inHtml, shorten, type MessageHit } from '../rule.ts';

/** Script types that carry data, not code: Gmail's schema.org markup is welcome in mail. */
const DATA_TYPES = /^application\/(?:ld\+)?json$/i;
/** Event names (after `on`) that browsers fire; `oneworld` or `onion` are not handlers. */
const EVENTS = new Set([
  'abort', 'afterprint', 'animationend', 'animationiteration', 'animationstart', 'auxclick', 'beforeprint',
  'beforeunload', 'blur', 'change', 'click', 'contextmenu', 'copy', 'cut', 'dblclick', 'drag', 'dragend',
  'dragenter', 'dragleave', 'dragover', 'dragstart', 'drop', 'error', 'focus', 'focusin', 'focusout',
  'hashchange', 'input', 'invalid', 'keydown', 'keypress', 'keyup', 'load', 'message', 'mousedown',
  'mouseenter', 'mouseleave', 'mousemove', 'mouseout', 'mouseover', 'mouseup', 'mousewheel', 'paste',
  'pagehide', 'pageshow', 'pointerdown', 'pointerenter', 'pointerleave', 'pointermove', 'pointerout',
  'pointerover', 'pointerup', 'popstate', 'reset', 'resize', 'scroll', 'search', 'select', 'selectstart',
  'submit', 'toggle', 'touchend', 'touchmove', 'touchstart', 'transitionend', 'unload', 'wheel',
]);
const SCRIPT_STRENGTH = 1;
const HANDLER_STRENGTH = 0.5;
const MAX_HITS = 10;

/** The `name="…"` attribute inside an opening tag, as offsets into the HTML (null when not found as written). */
function attributeRange(html: string, element: Element): { start: number; end: number } | null {
  const tag = html.slice(element.sourceStart, element.sourceEnd);
  const lower = tag.toLowerCase();
  let at = lower.indexOf(element.name);
  while (at > 0 && /[\w-]/.test(lower[at - 1] ?? '')) at = lower.indexOf(element.name, at + 1);
  if (at <= 0) return null;
  let end = at + element.name.length;
  while (end < tag.length && /\s/.test(tag[end] ?? '')) end++;
  if (tag[end] === '=') {
    end++;
    while (end < tag.length && /\s/.test(tag[end] ?? '')) end++;
    const quote = tag[end];
    if (quote === '"' || quote === "'") {
      const close = tag.indexOf(quote, end + 1);
      end = close < 0 ? tag.length : close + 1;
    } else {
      while (end < tag.length && !/[\s>]/.test(tag[end] ?? '')) end++;
    }
  }
  return { start: element.sourceStart + at, end: element.sourceStart + end };
}

function scriptHit(message: Message, element: Element): MessageHit {
  const evidence = shorten(message.html.slice(element.sourceStart, element.sourceEnd));
  const src = element.attributes.src ? shorten(element.attributes.src, 60) : '';
  return {
    messageId: 'script-tag',
    suggestionId: 'remove-script',
    data: { loads: src ? 'yes' : 'no', src },
    evidence,
    location: inHtml(element.sourceStart, element.sourceEnd),
    strength: SCRIPT_STRENGTH,
  };
}

function handlerHit(message: Message, element: Element): MessageHit {
  const range = attributeRange(message.html, element);
  const location = range ?? { start: element.sourceStart, end: element.sourceEnd };
  const evidence = shorten(message.html.slice(location.start, location.end));
  return {
    messageId: 'event-handler',
    suggestionId: 'remove-handler',
    data: { handler: evidence, attribute: element.name },
    evidence,
    location: inHtml(location.start, location.end),
    strength: HANDLER_STRENGTH,
  };
}

export default defineRule({
  id: 'script-in-email',
  category: 'structure',
  description: 'Script tag or event handler in the message',
  weight: 1.0,
  cap: 2,
  messages: {
    'script-tag':
      'The message contains a `<script>` tag{loads, select, yes { loading `{src}`} other {}}. Mail clients never run scripts, and filters read one as a web page pasted into a mail or as an attempt to run code on the reader.',
    'remove-script':
      'Remove the script. Anything interactive belongs on a web page the message links to.',
    'event-handler':
      '`{handler}` is script that runs on an event. Mail clients strip it, and filters treat it as a sign of a web page or of code aimed at the reader (pop-ups, faked status bars).',
    'remove-handler':
      'Remove the `{attribute}` attribute; use a plain link for anything the reader should do.',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    for (const element of message.elements) {
      if (element.name !== 'script' || DATA_TYPES.test((element.attributes.type ?? '').trim())) continue;
      hits.push(scriptHit(message, element));
    }
    for (const handler of message.eventHandlers) {
      if (hits.length >= MAX_HITS) break;
      if (!EVENTS.has(handler.name.slice(2))) continue;
      hits.push(handlerHit(message, handler));
    }
    return hits.slice(0, MAX_HITS);
  },
});
