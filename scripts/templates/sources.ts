/**
 * The manifest of `npm run templates:fetch` (issue #11, item 4): which public, legitimate e-mail
 * templates the false-positive evaluation reads, from which npm package at which exact version, and
 * how each one becomes an HTML file. Nothing here is copied into the repository: the script
 * downloads these tarballs (sha512-checked) and renders them into a cache folder outside git.
 *
 * Never add: the templates of mailchimp/email-blueprints, mjmlio/email-templates,
 * foundation/foundation-emails, knadh/listmonk, InterNations/antwort, resend/react-email or
 * maizzle/maizzle, nor anything derived from them (they are reserved for independent measurement),
 * nor the files of ../shared/corpus/legit-modern's sources. docs/templates.md says why each source
 * below is none of those.
 */

/** Ghost's gift e-mails the recipe renders: GiftEmailRenderer's render<Name> methods */
export type GhostGiftEmail = 'delivery' | 'reminder' | 'purchase-confirmation';

export type TemplateKind = 'transactional' | 'newsletter' | 'promo' | 'notification';

export interface PackageSource {
  readonly name: string;
  readonly version: string;
  /** the registry's dist.integrity for this exact version; the downloaded tarball must match it */
  readonly integrity: string;
  /** SPDX id, as the package states it */
  readonly licence: string;
  /**
   * `pack`: downloaded with `npm pack` into the cache and unpacked (only the `extract` folders).
   * `renderer`: installed by `npm ci` from scripts/templates/render/package-lock.json, which pins
   * its sha512 (it is code that renders, and its own examples are read from there).
   */
  readonly via: 'pack' | 'renderer';
  /** folders or files inside the tarball to unpack (`package/…`); the whole tarball when absent */
  readonly extract?: readonly string[];
  readonly what: string;
}

/** How a template becomes HTML; recipes.ts implements each one. */
export type Recipe =
  /** the file as the package ships it (placeholders left in, as legit-modern does) */
  | { readonly kind: 'raw' }
  /** a JS module whose default export is the template string (placeholders left in) */
  | { readonly kind: 'module-string' }
  /** Ghost's member/staff e-mail functions, called with sample site data and Ghost's own translations */
  | { readonly kind: 'ghost'; readonly locale: string; readonly variant?: 'otc' }
  /** Ghost's gift-subscription e-mails, rendered by its GiftEmailRenderer (Handlebars) with its own translations */
  | { readonly kind: 'ghost-gift'; readonly locale: string; readonly email: GhostGiftEmail }
  /** NodeBB 1.4's templates.js views with its own language files */
  | { readonly kind: 'nodebb'; readonly locale: string }
  /** one of mailgen's own examples/*.js, rendered with one of its themes */
  | { readonly kind: 'mailgen'; readonly theme: string }
  /** a sample document of monto-email-builder, rendered by monto-email-core */
  | { readonly kind: 'monto'; readonly sample: string }
  /** Auth.js's default magic-link e-mail */
  | { readonly kind: 'authjs' }
  /** a template of email-builder-online's preset gallery, rendered by the package's own HTML export */
  | { readonly kind: 'ebo'; readonly preset: string };

export interface TemplateSpec {
  /** file name in the cache folder */
  readonly file: string;
  readonly kind: TemplateKind;
  /** key of PACKAGES */
  readonly from: keyof typeof PACKAGES;
  /** path inside the package tarball (`package/…`) */
  readonly path: string;
  readonly recipe: Recipe;
  /** ISO 639-1 code (with region where the source has one) of the message's language */
  readonly lang: string;
}

// Checked and left out: supertokens-node's default e-mails are Mailchimp editor exports (`mcn…`
// blocks, `*|MC_PREVIEW_TEXT|*`), so they may derive from Mailchimp's reserved templates; mails-default
// is Foundation-for-Emails (Ink) markup around bare placeholders; Mosaico's versafix-1 is filler text.
export const PACKAGES = {
  ghost: {
    name: 'ghost',
    version: '6.65.0',
    integrity: 'sha512-D369qivOmfn4YwvBD1DljOGsHnJzBEQhBsiFnBZD+GjWrBpdZQYYNHneiQcKQVJwUom8eHWml1n5FRLQIwVFOg==',
    licence: 'MIT',
    via: 'pack',
    extract: [
      'package/LICENSE',
      'package/core/server/services/members/emails',
      'package/core/server/services/auth/session/emails',
      'package/core/server/services/newsletters/emails',
      'package/core/server/services/staff/email-templates',
      'package/core/server/services/comments/email-templates',
      'package/core/server/services/gifts/gift-email-renderer.js',
      'package/core/server/services/gifts/gift-date.js',
      'package/core/server/services/gifts/email-templates',
      'package/components/tryghost-i18n-0.0.0.tgz',
    ],
    what: 'Ghost (publishing platform): member sign-in/sign-up e-mails and gift-subscription e-mails in its own translations, staff sign-in and notifications, comment notifications, newsletter address check',
  },
  nodebb: {
    name: 'nodebb',
    version: '1.4.0',
    integrity: 'sha512-G/QGMcGx4pg57Pl/ZxAjimHsP4GN/6IwyV22Mha0utPqMs3vD6OTAHpYWgXtimrbkbhppFV9RMZ/5MNFQ+tj9w==',
    licence: 'GPL-3.0',
    via: 'pack',
    extract: ['package/LICENSE', 'package/src/views/emails', 'package/public/language'],
    what: 'NodeBB (forum): account e-mails in its own translations',
  },
  mailgen: {
    name: 'mailgen',
    version: '2.0.36',
    integrity: 'sha512-SyGJx3c8muDa8xtPIQnYlM8o+GC7aGs7yz3VzuvjXgz16JxW/ihdvp6N3XNUFlJaefJ7LNquvAsxJNNIpDZG9g==',
    licence: 'Apache-2.0',
    via: 'renderer',
    what: 'mailgen (transactional e-mail generator): its three examples in each of its four themes',
  },
  monto: {
    name: 'monto-email-builder',
    version: '1.4.8',
    integrity: 'sha512-aZ26YeeH/SENmGr7hJ9hMFnLaZN6Ctg4VMVb5pj0OuFa+/9NBK6QXRMLmvn7rDi7Cw3deqAerGe4b7I7D4fO3w==',
    licence: 'MIT',
    via: 'pack',
    extract: ['package/LICENSE', 'package/dist/index.js', 'package/dist/chunks'],
    what: "e-mail builder (a fork of Waypoint's email-builder-js): its sample documents, transactional and promotional",
  },
  reaction: {
    name: '@reactioncommerce/api-plugin-email-templates',
    version: '1.1.7',
    integrity: 'sha512-LFj3TByTdVHg1TChGWeuDAi5rzy7qtlRXjP6xNtHlHUh+WhTi9k9ZwwN3prpKUpt7LQhzbtGwBr7Bh6kRW4LLg==',
    licence: 'GPL-3.0',
    via: 'pack',
    extract: ['package/LICENSE', 'package/src/templates'],
    what: 'Reaction Commerce (e-commerce API): default account and order e-mails (Handlebars, placeholders left in)',
  },
  bootstrapEmail: {
    name: 'bootstrap-email',
    version: '1.2.9',
    integrity: 'sha512-fxpfaMrHmG8SNz/zjN34PBNyeu7pARzuDvWLWR28eeJwXtON5qNE+DuuL4JXKIxuk6pfSVtUAzFM/xzdJggNPw==',
    licence: 'MIT',
    via: 'pack',
    extract: ['package/LICENSE', 'package/examples/output'],
    what: 'Bootstrap Email (e-mail framework): its example messages, compiled',
  },
  mosaico: {
    name: 'mosaico',
    version: '0.18.10',
    integrity: 'sha512-EjsSbCmKGs7LkjN5AZkit1iEFtMw/Nx2ziy+qZFNVt8BbgQECEbqqMgonZ/0IC3eB4oQCfOOSqq5oEhsWaJAMA==',
    licence: 'GPL-3.0',
    via: 'pack',
    extract: ['package/LICENSE', 'package/templates/tedc15'],
    what: 'Mosaico (e-mail editor): the TEDC15 template with its sample content (a National Park Service newsletter)',
  },
  authjs: {
    name: '@auth/core',
    version: '0.41.3',
    integrity: 'sha512-sJ3JMHHkXMD3aOjopv7mOBTO1Ocw4b0fAEXJBz6k7YHLpYQI6C40jCUPc5fNvUKxXRXNE1/sRISA15UrwWJBTw==',
    licence: 'ISC',
    via: 'pack',
    extract: ['package/LICENSE', 'package/lib/utils/email.js', 'package/package.json'],
    what: 'Auth.js: the default sign-in link e-mail',
  },
  apostrophe: {
    name: 'apostrophe',
    version: '4.32.2',
    integrity: 'sha512-YZkkb5sG9klo5SWo9/+9CLTtSxg7y2tifgtv/yu1LtEeE5J7UcCML9OkwXBYGQ0apZu3MX9uR1ubpT5CfW1Amg==',
    licence: 'MIT',
    via: 'pack',
    extract: ['package/LICENSE.md', 'package/modules/@apostrophecms/login/views/passwordResetEmail.html'],
    what: 'ApostropheCMS: the password-reset e-mail (Nunjucks, placeholders left in)',
  },
  emailBuilderOnline: {
    name: 'email-builder-online',
    version: '4.3.4',
    integrity: 'sha512-4HaLOqhXflxmpd/NpsCLgEWf7tyETlyYbREWjdqq1G3QBYQbGTWq8IsxBZjcc2HmCFjjxNefTdH6elQePhGWIA==',
    licence: 'AGPL-3.0',
    via: 'pack',
    // the preset gallery and the chunks of the HTML export (they import only react and react-dom)
    extract: [
      'package/LICENSE',
      'package/package.json',
      'package/dist/localPresets-DinYsvrj.js',
      'package/dist/captureThumbnail-DZPK-ba2.js',
      'package/dist/EditorContext-8gPZIciv.js',
      'package/dist/rolldown-runtime-dA-lZKys.js',
    ],
    what: "e-mail builder (Laravel42's, on Waypoint's block model): the twenty templates of its preset gallery, mostly promotional and newsletters",
  },
} as const satisfies Record<string, PackageSource>;

const GHOST_MEMBER = 'package/core/server/services/members/emails';
/** Ghost locales whose ghost.json translates every string of the member e-mails (checked by the recipe) */
const GHOST_LOCALES = ['de', 'fr', 'es', 'it', 'pt-BR', 'ru', 'zh', 'ko', 'tr', 'sv', 'vi', 'fi'] as const;
/** NodeBB locales, none of them also a Ghost one, so that more languages are covered */
/**
 * Ghost locales whose ghost.json translates every string of a gift e-mail (the recipe refuses a missing one):
 * the renewal reminder is translated into fourteen, the gift itself into eight.
 */
const GHOST_GIFT_REMINDER_LOCALES = ['bg', 'de-CH', 'el', 'fa', 'fr', 'it', 'ko', 'pt-BR', 'sr', 'sv', 'tr', 'vi', 'zh', 'zh-Hant'] as const;
const GHOST_GIFT_DELIVERY_LOCALES = ['de-CH', 'fa', 'fr', 'pt-BR', 'sv', 'tr', 'zh', 'zh-Hant'] as const;
const NODEBB_LOCALES = ['nl', 'pl', 'ja', 'ar', 'cs', 'he', 'hu', 'da', 'id', 'el'] as const;
const MAILGEN_THEMES = ['default', 'neopolitan', 'salted', 'cerberus'] as const;
const MAILGEN_EXAMPLES = [
  ['welcome', 'transactional'],
  ['reset', 'transactional'],
  ['receipt', 'transactional'],
] as const;
/** monto-email-builder sample name → kind (the sample names are the package's own) */
const MONTO_SAMPLES = [
  ['welcome', 'transactional'],
  ['one-time-password', 'transactional'],
  ['order-ecomerce', 'transactional'],
  ['post-metrics-report', 'notification'],
  ['reservation-reminder', 'transactional'],
  ['reset-password', 'transactional'],
  ['respond-to-message', 'notification'],
  ['subscription-receipt', 'transactional'],
  ['uspeedo-invite-to-event', 'promo'],
  ['uspeedo-new-product-launch', 'promo'],
  ['uspeedo-education', 'promo'],
  ['uspeedo-welcome', 'transactional'],
  ['uspeedo-mothers-day', 'promo'],
  ['uspeedo-shopping-cart', 'promo'],
] as const;
// monto's `basic-template` sample is left out: it is a Mailchimp-style footer of *|MERGE|* tags
// under "Your Title Here / Your content goes here", filler rather than a message.

// Reaction's `coreDefault` is left out: a one-line placeholder page ("This is the placeholder template at …").
const REACTION_TEMPLATES = [
  ['accounts/inviteNewShopMember', 'transactional'],
  ['accounts/resetPassword', 'transactional'],
  ['accounts/sendWelcomeEmail', 'transactional'],
  ['accounts/verifyEmail', 'transactional'],
  ['accounts/verifyUpdatedEmail', 'transactional'],
  ['orders/new', 'transactional'],
  ['orders/shipped', 'notification'],
  ['orders/refunded', 'notification'],
  ['orders/itemRefund', 'notification'],
] as const;

function ghostMember(name: string, locale: string, variant?: 'otc'): TemplateSpec {
  return {
    file: `ghost__${name}${variant ? `-${variant}` : ''}.${locale}.html`,
    kind: 'transactional',
    from: 'ghost',
    path: `${GHOST_MEMBER}/${name}.js`,
    recipe: { kind: 'ghost', locale, ...(variant ? { variant } : {}) },
    lang: locale,
  };
}

function ghostGift(email: GhostGiftEmail, locale: string, kind: TemplateKind): TemplateSpec {
  return {
    file: `ghost__gift-${email}.${locale}.html`,
    kind,
    from: 'ghost',
    path: `package/core/server/services/gifts/email-templates/gift-${email}.hbs`,
    recipe: { kind: 'ghost-gift', locale, email },
    lang: locale,
  };
}

function nodebb(view: string, locale: string, kind: TemplateKind = 'transactional'): TemplateSpec {
  return {
    file: `nodebb__${view}.${locale}.html`,
    kind,
    from: 'nodebb',
    path: `package/src/views/emails/${view}.tpl`,
    recipe: { kind: 'nodebb', locale },
    lang: locale,
  };
}

/**
 * email-builder-online's preset gallery (dist/localPresets-*.js): preset id → kind, read from the
 * package's own description of each ("Business — Quarterly review letter.", "Holidays — Seasonal promotion.").
 */
const EBO_PRESETS = [
  ['business', 'newsletter'], // quarterly review letter
  ['technology', 'promo'], // product launch
  ['ai', 'promo'], // capability announcement
  ['saas', 'transactional'], // welcome / onboarding
  ['marketing', 'newsletter'], // campaign performance report
  ['social-media', 'newsletter'], // community roundup
  ['finance', 'transactional'], // statement
  ['healthcare', 'transactional'], // appointment reminder
  ['education', 'promo'], // term enrollment
  ['food', 'newsletter'], // menu & recipe letter
  ['travel', 'transactional'], // itinerary confirmation
  ['nature', 'newsletter'], // impact report
  ['architecture', 'newsletter'], // project showcase
  ['backgrounds', 'promo'], // asset pack release
  ['abstract', 'promo'], // print drop
  ['textures', 'promo'], // material pack release
  ['people', 'newsletter'], // culture & hiring note
  ['lifestyle', 'promo'], // editorial promotion
  ['sports', 'promo'], // match day
  ['holidays', 'promo'], // seasonal promotion
] as const;

export const TEMPLATES: readonly TemplateSpec[] = [
  // Ghost: every member e-mail in English, sign-in (code variant too) and sign-up in twelve more languages
  ...['signin', 'signup', 'signup-paid', 'subscribe', 'update-email'].map((name) => ghostMember(name, 'en')),
  ghostMember('signin', 'en', 'otc'),
  ...GHOST_LOCALES.flatMap((locale) => [ghostMember('signin', locale), ghostMember('signup', locale)]),
  {
    file: 'ghost__staff-signin-verification.en.html',
    kind: 'transactional',
    from: 'ghost',
    path: 'package/core/server/services/auth/session/emails/signin.js',
    recipe: { kind: 'ghost', locale: 'en' },
    lang: 'en',
  },
  {
    file: 'ghost__newsletter-verify-email.en.html',
    kind: 'transactional',
    from: 'ghost',
    path: 'package/core/server/services/newsletters/emails/verify-email.js',
    recipe: { kind: 'ghost', locale: 'en' },
    lang: 'en',
  },
  // Ghost's notifications to site staff and commenters: Handlebars as shipped (placeholders left in)
  ...(
    [
      'staff/email-templates/new-free-signup',
      'staff/email-templates/new-paid-started',
      'staff/email-templates/new-paid-cancellation',
      'staff/email-templates/new-milestone-received',
      'staff/email-templates/donation',
      'staff/email-templates/recommendation-received',
      'comments/email-templates/new-comment',
      'comments/email-templates/new-comment-reply',
      'comments/email-templates/report',
    ] as const
  ).map((path): TemplateSpec => ({
    file: `ghost__${path.split('/').at(-1)!}.hbs.html`,
    kind: 'notification',
    from: 'ghost',
    path: `package/core/server/services/${path}.hbs`,
    recipe: { kind: 'raw' },
    lang: 'en',
  })),
  // Ghost's gift subscriptions: the reminder that the gift ends (with an offer to go on paying, the rest of the gift as
  // a free trial: a notice about an existing membership, which Ghost sends through its transactional mailer, so a
  // notification rather than promo) and the gift itself in every locale that translates them whole, the buyer's
  // confirmation in English
  ...['en', ...GHOST_GIFT_REMINDER_LOCALES].map((locale) => ghostGift('reminder', locale, 'notification')),
  ...['en', ...GHOST_GIFT_DELIVERY_LOCALES].map((locale) => ghostGift('delivery', locale, 'transactional')),
  ghostGift('purchase-confirmation', 'en', 'transactional'),
  // NodeBB: its five account e-mails in English, welcome and reset in ten more languages
  ...['welcome', 'reset', 'invitation', 'registration_accepted'].map((view) => nodebb(view, 'en-GB')),
  nodebb('reset_notify', 'en-GB', 'notification'),
  ...NODEBB_LOCALES.flatMap((locale) => [nodebb('welcome', locale), nodebb('reset', locale)]),
  // mailgen: its own examples × its themes
  ...MAILGEN_THEMES.flatMap((theme) =>
    MAILGEN_EXAMPLES.map(([example, kind]): TemplateSpec => ({
      file: `mailgen__${example}.${theme}.html`,
      kind,
      from: 'mailgen',
      path: `examples/${example}.js`,
      recipe: { kind: 'mailgen', theme },
      lang: 'en',
    })),
  ),
  ...MONTO_SAMPLES.map(([sample, kind]): TemplateSpec => ({
    file: `monto__${sample}.html`,
    kind,
    from: 'monto',
    path: 'package/dist/index.js',
    recipe: { kind: 'monto', sample },
    lang: 'en',
  })),
  ...REACTION_TEMPLATES.map(([name, kind]): TemplateSpec => ({
    file: `reaction__${name.replace('/', '-')}.html`,
    kind,
    from: 'reaction',
    path: `package/src/templates/${name}.js`,
    recipe: { kind: 'module-string' },
    lang: 'en',
  })),
  ...(
    [
      ['lyft', 'transactional'],
      ['product-hunt', 'newsletter'],
      ['integration', 'promo'],
    ] as const
  ).map(([name, kind]): TemplateSpec => ({
    file: `bootstrap-email__${name}.html`,
    kind,
    from: 'bootstrapEmail',
    path: `package/examples/output/${name}.html`,
    recipe: { kind: 'raw' },
    lang: 'en',
  })),
  {
    file: 'mosaico__tedc15.html',
    kind: 'newsletter',
    from: 'mosaico',
    path: 'package/templates/tedc15/template-tedc15.html',
    recipe: { kind: 'raw' },
    lang: 'en',
  },
  {
    file: 'authjs__signin-link.html',
    kind: 'transactional',
    from: 'authjs',
    path: 'package/lib/utils/email.js',
    recipe: { kind: 'authjs' },
    lang: 'en',
  },
  {
    file: 'apostrophe__password-reset.html',
    kind: 'transactional',
    from: 'apostrophe',
    path: 'package/modules/@apostrophecms/login/views/passwordResetEmail.html',
    recipe: { kind: 'raw' },
    lang: 'en',
  },
  ...EBO_PRESETS.map(([preset, kind]): TemplateSpec => ({
    file: `email-builder-online__${preset}.html`,
    kind,
    from: 'emailBuilderOnline',
    path: 'package/dist/localPresets-DinYsvrj.js',
    recipe: { kind: 'ebo', preset: `preset-${preset}` },
    lang: 'en',
  })),
];

export { GHOST_GIFT_DELIVERY_LOCALES, GHOST_GIFT_REMINDER_LOCALES, GHOST_LOCALES, NODEBB_LOCALES };
