// The parts of templates:fetch that need no download: placeholder handling and the renderers' own syntax.
import { describe, expect, it } from 'vitest';
import { formatManifest, languageOf, packageOf, parseTemplateManifest, type TemplateRow } from '../../scripts/templates/manifest.ts';
import { neutralisePlaceholders, placeholderSyntaxes } from '../../scripts/templates/placeholders.ts';
import { ghostTranslator, montoSampleTable, renderNodebbView } from '../../scripts/templates/recipes.ts';
import { TEMPLATES } from '../../scripts/templates/sources.ts';

describe('placeholders', () => {
  it('names each template syntax it finds, and only those', () => {
    expect(placeholderSyntaxes('<p>Hi {{ first_name }}, {% if vip %}VIP{% endif %}</p>')).toEqual(['{% %}', '{{ }}']);
    expect(placeholderSyntaxes('<a href="*|UNSUB|*">out</a> %%FirstName%% ${order.id}')).toEqual(['*|MERGE|*', '%%var%%', '${var}']);
    expect(placeholderSyntaxes('<p>Save 20 % today, {not a tag} and 100%% sure</p>')).toEqual([]);
  });

  it('neutralises them: links keep a URL, text and block tags disappear', () => {
    const html = '<a href="{{url}}">Hi {{{name}}}</a>{{#each items}}<li>{{title}}</li>{{/each}}<img src=\'*|LOGO|*\'> %%x%% {% raw %}';
    expect(neutralisePlaceholders(html)).toBe('<a href="https://www.example.org/">Hi </a><li></li><img src=\'https://www.example.org/\'>  ');
    expect(placeholderSyntaxes(neutralisePlaceholders(html))).toEqual([]);
  });
});

describe('manifest.tsv', () => {
  it('round-trips rows in the legit-modern columns, tabs and newlines flattened', () => {
    const row: TemplateRow = {
      file: 'a.html',
      kind: 'promo',
      source: 'npm:@scope/pkg@1.2.3:package/a.html',
      licence: 'MIT',
      bytes: 12,
      hasPlaceholders: true,
      note: 'lang=pt-BR; placeholders {{ }};\tmade\nhere',
    };
    const text = formatManifest([row]);
    expect(text.split('\n')[0]).toBe('file\tkind\tsource\tlicence\tbytes\thas_placeholders\tnote');
    const [back] = parseTemplateManifest(text);
    expect(back).toEqual({ ...row, note: 'lang=pt-BR; placeholders {{ }}; made here' });
    expect(languageOf(back!)).toBe('pt-BR');
    expect(packageOf(back!)).toBe('@scope/pkg');
  });

  it('the sources name every file once', () => {
    const files = TEMPLATES.map((template) => template.file);
    expect(new Set(files).size).toBe(files.length);
    expect(files.filter((file) => !/^[\w.-]+\.html$/.test(file))).toEqual([]);
  });
});

describe('Ghost translations', () => {
  it('translate with {name} interpolation and fall back to the English key when a string is empty', () => {
    const missing = new Set<string>();
    const t = ghostTranslator({ 'Sign in to {siteTitle}': 'Bei {siteTitle} anmelden', 'Hello': '' }, missing);
    expect(t('Sign in to {siteTitle}', { siteTitle: 'Ghost Demo', interpolation: { escapeValue: false } })).toBe('Bei Ghost Demo anmelden');
    expect(t('Hello')).toBe('Hello');
    expect(t('{unknown} stays')).toBe('{unknown} stays');
    expect([...missing]).toEqual(['Hello', '{unknown} stays']);
  });
});

describe('NodeBB views', () => {
  const english = { greeting_with_name: 'Hello %1', 'welcome.text1': 'Thank you for registering with %1!', closing: 'Thanks!' };
  it('substitute variables, import partials and translate with arguments, falling back to English', () => {
    const missing = new Set<string>();
    const html = renderNodebbView(
      '<p>[[email:greeting_with_name, {username}]],</p><p>[[email:welcome.text1, {site_title}]]</p><!-- IMPORT emails/partials/footer.tpl -->',
      (path) => (path === 'emails/partials/footer.tpl' ? '<p>[[email:closing]] {site_title}</p>' : ''),
      { username: 'jamie', site_title: 'NodeBB Community' },
      { greeting_with_name: 'Hallo %1', 'welcome.text1': 'Vielen Dank für die Registrierung bei %1!' },
      english,
      missing,
    );
    expect(html).toBe('<p>Hallo jamie,</p><p>Vielen Dank für die Registrierung bei NodeBB Community!</p><p>Thanks! NodeBB Community</p>');
    expect([...missing]).toEqual(['closing']);
  });

  it('refuse views with conditionals rather than render them wrongly', () => {
    expect(() => renderNodebbView('<!-- IF x -->a<!-- ENDIF x -->', () => '', {}, english, english, new Set())).toThrow(/conditionals/);
  });
});

describe('monto-email-builder samples', () => {
  it('are found in dist/index.js by name, chunk and export', () => {
    const source = `const eu = {
  welcome: () => import("./chunks/chunk-Cc3ecmGS.js").then((e) => e.w).then((e) => e.default),
  "uspeedo-mothers-day": () => import("./chunks/chunk-Cc3ecmGS.js").then((e) => e.h).then((e) => e.default)
}`;
    expect([...montoSampleTable(source)]).toEqual([
      ['welcome', { chunk: 'chunk-Cc3ecmGS.js', exported: 'w' }],
      ['uspeedo-mothers-day', { chunk: 'chunk-Cc3ecmGS.js', exported: 'h' }],
    ]);
  });
});
