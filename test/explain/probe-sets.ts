/**
 * Every probe set, in order (issue 11's held-out proxy for unseen mail servers): the one list that
 * `npm run eval:bounces -- --probes` (its figures and their titles), scripts/bench-explain.ts and the
 * probe tests read, so a new set is added here once. Each entry is the set's number (its place in this
 * list), the title eval-bounces prints for it ("probe set N", then what the set is about), and its
 * replies. Sets 1–13 live in probes.ts, each later set in its own probes-setN.ts.
 */
import { PROBES, PROBES_2, PROBES_3, PROBES_4, PROBES_5, PROBES_6, PROBES_7, PROBES_8, PROBES_9, PROBES_10, PROBES_11, PROBES_12, PROBES_13, type Probe } from './probes.ts';
import { PROBES_14 } from './probes-set14.ts';
import { PROBES_15 } from './probes-set15.ts';
import { PROBES_16 } from './probes-set16.ts';
import { PROBES_17 } from './probes-set17.ts';
import { PROBES_18 } from './probes-set18.ts';
import { PROBES_19 } from './probes-set19.ts';
import { PROBES_20 } from './probes-set20.ts';
import { PROBES_21 } from './probes-set21.ts';
import { PROBES_22 } from './probes-set22.ts';
import { PROBES_23 } from './probes-set23.ts';
import { PROBES_24 } from './probes-set24.ts';
import { PROBES_25 } from './probes-set25.ts';
import { PROBES_26 } from './probes-set26.ts';
import { PROBES_27 } from './probes-set27.ts';
import { PROBES_28 } from './probes-set28.ts';
import { PROBES_29 } from './probes-set29.ts';
import { PROBES_30 } from './probes-set30.ts';
import { PROBES_31 } from './probes-set31.ts';

export interface ProbeSet {
  /** 1 for the first set; the JSON of eval-bounces names its figures probes, probes2, probes3, … */
  readonly number: number;
  readonly title: string;
  readonly probes: readonly Probe[];
}

/** Each set and what it is about (null: the first set, titled by its number alone), in order. */
const SETS: readonly (readonly [readonly Probe[], string | null])[] = [
  [PROBES, null],
  [PROBES_2, 'written after the grammar was extended for set 1'],
  [PROBES_3, 'written after set 2 was fixed'],
  [PROBES_4, 'German, Swiss, French providers\' and vendors\' published lists'],
  [PROBES_5, 'generic status, expiry and holds, unfamiliar unknown-user wording, refused client hosts'],
  [PROBES_6, 'notices\' own sentences, RFC reply texts, ISPs\' refusals; written after set 5 was fixed'],
  [PROBES_7, 'providers\' and relays\' error references; written after set 6 was fixed'],
  [PROBES_8, 'Korean and Chinese providers\' lists, gateways\' rejection tables, mostly no enhanced code; written after set 7 was fixed'],
  [PROBES_9, 'hosting providers\', ISPs\', universities\' and filters\' error pages; labelled from their pages before any run'],
  [PROBES_10, 'MTA source strings: Haraka, maddy, mox; Momentum\'s response table; Japanese, Brazilian and Russian providers\' pages; labelled before any run'],
  [PROBES_11, 'MTA and filter source strings: Stalwart, OpenSMTPD\'s session, qpsmtpd, postgrey; labelled before any run'],
  [PROBES_12, 'milters, content filters, policy services and mail suites: OpenDKIM, OpenDMARC, rspamd, amavisd-new, MIMEDefang, Mailu, mailcow, WildDuck, ZoneMTA; labelled before any run'],
  [PROBES_13, 'policy services, small MTAs and OpenSMTPD filters: policyd-weight, postfwd, go-guerrilla, Citadel, aiosmtpd, OpenSMTPD filters, MailEnable\'s KB, then OpenBSD spamd and E-MailRelay; labelled before any run'],
  [PROBES_14, 'error tables and help pages of mail servers, appliances, panels and ISPs no earlier set used: FTGate, IceWarp, SmarterMail, Sun Messaging Server, Plesk, Polish, Dutch, Italian pages; labelled before any run'],
  [PROBES_15, 'filters\', hosts\' and ISPs\' pages no earlier set used: Titan, Hornetsecurity, ASSP, Aruba, Gandi, Japanese, Swiss, Czech, Galician pages; labelled before any run'],
  [PROBES_16, 'mail filters\', sending relays\' and hosts\' pages no earlier set used: MailChannels, VIPRE, JetEmail, Emailit, OCI Email Delivery, Bluehost, Black Pearl, Polaris, ICG Link, Thai and UK hosts; labelled before any run'],
  [PROBES_17, 'an SMTP filtering proxy\'s, a sending MTA\'s, relays\', anti-spam add-ons\' and hosts\' pages no earlier set used: smtpf (Barricade MX), open-mail 3 Strikes, SMTP2GO, GreenArrow, MagicSpam, Cleanmail, DreamHost, InMotion, ThisWebHost, WKU, GEN, VDX, Hoasted, Brown Rice, WWBCity, Mittwald, AGNX, backschues.net; labelled before any run, three labels corrected after it'],
  [PROBES_18, 'hosts\', mail services\', universities\', a school\'s and personal mail servers\' error pages no earlier set used: cubewerk securePostfach, ALL-INKL, AwardSpace, TPP Wholesale, livedesign, wpspace, Junara, StartMail, atmail, oopen.de\'s postfwd limits, Newcastle, Leicester, Royal Holloway, KEI, mlcastle.net, SpamBouncer, St Dominic\'s, Oni, DominioAbsoluto, comramo, OxiMail; labelled before any run'],
  [PROBES_19, 'universities\', ISPs\', hosts\' and guides\' error pages no earlier set used: Yale, Middlebury, IUP, McGill, Iowa, Indiana, Cedarville, Towson, TOAST.net, OzHosting, SA Domain, The Messaging Company, RealSender, NCF, WEDOS, grhosting, eabm, Payt, Japanese (hocoroco, b-space), French, Italian and Polish guides; labelled before any run'],
  [PROBES_20, 'spam filters\', universities\', schools\', hosts\', services\' and personal mail servers\' pages no earlier set used: LogSat SpamFilter, Texas Tech, TU Graz, spamdyke (2Large, ICDSoft), parrot-media, kloepfer.org, kropf.net, Utixo, Louhi, Gadz.org, Telserco, WaveHome, Ecenica, Hitachi Groupmax, a school district\'s ASSP, a French blog; labelled before any run; 23 kept of 40'],
  [PROBES_21, 'ISPs\', a filter vendor\'s, a university\'s, a list\'s and personal mail servers\' pages no earlier set used: EarthLink, Vade Secure (OXSUS), a2i, url.com.tw, TU Wien, parkscomm, mussar, Roller Network, IIG, Chili Pepper Web, Hosting UK, AfterOffice, BohanIT, hyperreal.org (ezmlm) and others; labelled before any run, set 20\'s rules applied before it; Road Runner\'s replies removed after it (an earlier set\'s source)'],
  [PROBES_22, 'universities\', a Latvian and a Chinese mail service\'s, a mail server vendor\'s and hosts\' pages no earlier set used: Oxford (relay and submission), Kentucky, Inbox.lv, Alibaba Mail, Gordano GMS, a1webhosts, HostBuddy, Mailme; labelled and reviewed before any run'],
  [PROBES_23, 'GitHub issue and pull-request threads in which a user pasted the reply and the thread said its cause: T-Online, Yandex, Zoho, Imperial College, NameSilo, SendGrid, Mailgun, Microsoft 365, Wirtualna Polska, NetEase, QQ, users\' hMailServer and mailcow servers; labelled and reviewed before any run'],
  [PROBES_24, 'GitHub threads in other wording and languages: a submission server refusing a From its account may not use (Tencent QQ, NetEase 126, Namecheap, Plunk); 4 replies, 2 of new wording, labelled and reviewed before any run'],
  [PROBES_25, 'Postfix policy services\' source strings no earlier set used: mtpolicyd, geoip-policyd, nbari\'s policyd-rate-limit, rblpolicyd, go-policyd, tpolicyd; 15 replies, labelled before any run'],
  [PROBES_26, 'a mail security gateway\'s, a groupware mail store\'s, a mail server\'s and a content scanner\'s source strings, a groupware manual and an ESP\'s API error no earlier set read: MailCleaner, Zimbra, XMail, simscan, Axigen, Postmark; 30 replies, labelled before any run'],
  [PROBES_27, 'a sending MTA\'s, a BBS mail server\'s, a milter\'s and a policy service\'s source strings, Exchange 4.0–5.5 NDRs from Microsoft\'s knowledge base and users\' threads no earlier set read: KumoMTA, LBBS, ClueGetter, cbpolicyd, Purelymail, ITS; 33 replies, labelled before any run'],
  [PROBES_28, 'SMTP libraries\' and small MTAs\' source strings (a Python framework\'s, a Java library\'s, a dial-up MTA\'s, a Go relay\'s, a Rust MTA\'s), a hosting company\'s access map, a list server\'s LMTP runner, a gateway\'s KB, BT Internet\'s replies as users quote them, a helpdesk page and a user\'s thread no earlier set read: Twisted, SubEthaSMTP, masqmail, smtprelay, vSMTP, BT Internet, AO Industries, Axway, Mailman, UMD, tmail; 32 replies, labelled before any run'],
  [PROBES_29, 'an MTA\'s, SMTP server libraries\' and a test server\'s source strings (ZMailer\'s server, scheduler and router forms, a Go, an Erlang and a Rust SMTP library, Inbucket) and users\' threads quoting replies no earlier set read: ZMailer, mhale/smtpd, Inbucket, gen_smtp, kannader, mailstrom, addons-server, docker-postfix; 27 replies, labelled before any run'],
  [PROBES_30, 'a BBS mail server\'s, a Java MTA\'s, a Python MTA library\'s, a mail store\'s LMTP server\'s and a policy daemon\'s source strings, a pull request and a user\'s thread quoting replies no earlier set read: Synchronet, mireka, slimta, DBMail, modoboa, internet-identity, Kademi; 29 replies, labelled before any run'],
  [PROBES_31, 'a .NET mail server\'s, a transparent SMTP proxy\'s, a Sendmail milter\'s, a Postfix policy daemon\'s, a qmail-queue filter\'s and a SpamAssassin proxy\'s source strings no earlier set read: LumiSoft, smtp-gated, smf-sav, tumgreyspf, qSheff, spampd; 27 replies, labelled before any run'],
];

export const PROBE_SETS: readonly ProbeSet[] = SETS.map(([probes, about], index) => ({
  number: index + 1,
  title: about === null ? `probe set ${index + 1}` : `probe set ${index + 1} (${about})`,
  probes,
}));

/** The sets before set `number` (sets 1 to number − 1), in order. */
export const probeSetsBefore = (number: number): readonly ProbeSet[] => PROBE_SETS.filter((set) => set.number < number);
