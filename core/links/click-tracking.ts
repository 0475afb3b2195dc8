/**
 * Is a URL an email service provider's click-tracking redirect? ESPs rewrite every link of a
 * campaign to their own (or the sender's branded) tracking host, so in legitimate bulk mail a link
 * that shows `example.org` and points at `click.esp.net/…` is normal. Rules that compare where a
 * link seems to go with where it goes use this to tell that routine rewrite from a deception.
 *
 * TODO(2026-11): move TRACKING_DOMAINS to a `click-trackers` list in wordlists/global so that it is
 * data, reviewed like the shortener and redirector lists.
 */
import type { ParsedUrl } from './url.ts';

/**
 * Registrable domains that ESPs use only for click (and open) tracking. Sources: each provider's
 * documentation of its default tracking domain.
 */
const TRACKING_DOMAINS: ReadonlySet<string> = new Set([
  'awstrack.me', // Amazon SES
  'cmail1.com', // Campaign Monitor (cmail1 … cmail20)
  'cmail19.com',
  'cmail2.com',
  'cmail20.com',
  'convertkit-mail.com', // Kit (ConvertKit)
  'convertkit-mail2.com',
  'createsend1.com',
  'exacttarget.com', // Salesforce Marketing Cloud
  'hubspotlinks.com', // HubSpot
  'klclick.com', // Klaviyo
  'klclick1.com',
  'klclick2.com',
  'klclick3.com',
  'list-manage.com', // Mailchimp
  'mailchi.mp',
  'mandrillapp.com', // Mailchimp Transactional
  'mcsv.net',
  'mjt.lu', // Mailjet
  'mlsend.com', // MailerLite
  'myngp.com', // NGP VAN
  'ngpvan.com',
  'pstmrk.it', // Postmark
  'rs6.net', // Constant Contact
  'sendgrid.net', // Twilio SendGrid
  'sendibm1.com', // Brevo (Sendinblue)
  'sendibt2.com',
  'sendibt3.com',
  'sparkpostmail.com', // SparkPost
]);

/** First host labels ESPs give a branded tracking domain (`click.example.com`, `email.example.org`). */
const TRACKING_LABELS: ReadonlySet<string> = new Set([
  'click', 'clicks', 'clickthru', 'ct', 'e', 'em', 'email', 'emails', 'go', 'link', 'links', 'lists', 'lnk',
  'mail', 'news', 'newsletter', 'r', 'redirect', 't', 'trk', 'url', 'u',
]);

/**
 * Words in a click-tracking URL's path (`/Click?q=`, `/ls/click`, `clicktrack.asp`,
 * `/components/redirect/r.aspx`). Not plain `track`: parcel-tracking lures use it.
 */
const TRACKING_PATH = /click|clk|redir|\/ls\/|\/mps2\/|\/e3t\/|\/wf\/|\/ss\/c\//i;

export function isClickTracker(url: ParsedUrl): boolean {
  const { hostname, domain } = url;
  if (!hostname || !domain || url.isIp || url.isObfuscatedIp) return false;
  if (TRACKING_DOMAINS.has(domain)) return true;
  if (hostname !== domain) {
    const firstLabel = hostname.slice(0, hostname.indexOf('.'));
    if (TRACKING_LABELS.has(firstLabel) || firstLabel.includes('click')) return true;
  }
  return TRACKING_PATH.test(url.path.slice(0, 256));
}
