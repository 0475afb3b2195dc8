import { describe, expect, it } from 'vitest';
import { functionWords } from '../../core/data/global.ts';
import { detectLanguage, indexFunctionWords, NO_VOTES, readLanguage, type LanguageVotes } from '../../core/text/language.ts';
import { placeholderName, placeholderRanges } from '../../core/text/placeholders.ts';
import { tokenize } from '../../core/text/tokenize.ts';
import { parseMessage } from '../../core/message/parse.ts';
import type { EmailInput } from '../../core/types.ts';

const detect = (text: string) => {
  const tokens = tokenize(text);
  return detectLanguage(text, tokens, placeholderRanges(text, tokens), votes);
};
/** The function words of the default data, as an analyzer built on it indexes them. */
const votes = indexFunctionWords(functionWords);
const OUR_PACKS = ['en', 'fr', 'de', 'es', 'pt', 'it', 'nl'];

describe('detectLanguage', () => {
  it('settles common languages by their function words', () => {
    expect(detect('Thank you for your order. We will ship it from our warehouse this week.')).toBe('en');
    expect(detect('Merci pour votre commande. Nous vous enverrons les articles dans une semaine.')).toBe('fr');
    expect(detect('Vielen Dank für Ihre Bestellung. Wir senden sie Ihnen bitte mit der Post zu.')).toBe('de');
    expect(detect('Gracias por su pedido. Usted recibirá los productos y las facturas por correo muy pronto.')).toBe('es');
    expect(detect('Obrigado pelo seu pedido. Você vai receber a sua encomenda também pela transportadora.')).toBe('pt');
  });

  it('reads English text full of prices and codes as English, where trigrams alone guessed French', () => {
    const text = 'Never Pay Retail! Unleash your PC power TODAY! Compare and Save: $29.99 with S&H, $34.98 total, 70% off. See for yourself, it is not a joke, you will save.';
    expect(detect(text)).toBe('en');
  });

  it('reads short English by two of its function words when no other language has one, where trigrams guessed French', () => {
    expect(detect('Dear Jane,\n\nYour order has shipped. Questions? Write to support@example.org.')).toBe('en');
    expect(detect('Dear customer, your parcel is on its way. Track it online.')).toBe('en');
    expect(detect('Wind up your mates today! Please visit http://ukprankcalls.com')).toBe('en');
    // …and short text of ours the same way (the trigrams alone would say Spanish)
    expect(detect('Seu acesso foi liberado hoje.')).toBe('pt');
  });

  it('reads short Spanish, Italian and Dutch by words only they use (their shared words are left out of the lists)', () => {
    // each was `und` (or Portuguese) while the lists held only twenty words a language
    expect(detect('Ahora te llamo, estoy aquí abajo.')).toBe('es');
    expect(detect('Cuando puedas, revisa tus correos.')).toBe('es');
    expect(detect('Te mando tus entradas, nos vemos el sábado.')).toBe('es');
    expect(detect('Trovi i biglietti sulla scrivania del nostro ufficio.')).toBe('it');
    expect(detect('Perché non vieni anche tu?')).toBe('it');
    expect(detect('Hebben jullie morgen tijd?')).toBe('nl');
    expect(detect('Jij kunt mijn fiets lenen, geen probleem.')).toBe('nl');
    expect(detect('Ik doe het graag voor jullie.')).toBe('nl');
  });

  it('leaves greetings, sign-offs and loanwords out of the lists, so a mail in one language is not read as the one it borrows from', () => {
    // `ciao`, `grazie`, `gracias`, `hola`, `bedankt` close or open mail in other languages; `all`,
    // `now`, `up` are English loanwords; `sul` is Portuguese `south`, `Nella` a first name
    expect(detect('Kannst du mir die Folien vom Vortrag schicken? All the best, John')).not.toBe('en');
    expect(detect('Segue em anexo a fatura do mês. Muchas gracias, Pedro')).not.toBe('es');
    expect(detect('Hola Mike! Your package is on its way. Track it here.')).toBe('en');
    expect(detect('Dear Nella, please find attached the quote we discussed.')).toBe('en');
    expect(detect('Bom dia, a tua reserva no hotel Zona Sul está confirmada.')).not.toBe('it');
    expect(detect('Hei! Takk for all hjelpen i går. Vi snakkes.')).not.toBe('en');
  });

  it('reads short English by its own words, not a Spanish verb it shares the spelling of', () => {
    expect(detect('Which one would you take? There were two left.')).toBe('en');
    // `has` is Spanish `you have`: not a vote for English
    expect(detect('Enhorabuena, has ganado un vale. Gracias por tu compra.')).toBe('es');
  });

  it('does not let one word said twice settle a short text', () => {
    // `au` of two .com.au addresses is one French function word, said twice: not two words of French
    const text = 'De: admin@zrzlng.example.com.au <admin@zrzlng.example.com.au> em nome de Beed Bath & Beyond Enviado: segunda-feira, 2 de janeiro de 2023 21:44 Para: Assunto: Give Away';
    expect(detect(text)).not.toBe('fr');
  });

  it('lets two function words of ours outweigh a trigram guess of another of ours, not of a language we have no pack for', () => {
    // Indonesian `per` and `di` are Italian function words too; Norwegian `et` and `les` French ones
    expect(detect('Harga per unit naik mulai bulan depan, stok di gudang terbatas.')).toBe('id');
    expect(detect('Diskon 20% per transaksi, berlaku di semua cabang.')).not.toBe('it');
    expect(detect('Et nytt tilbud venter. Les mer her.')).not.toBe('fr');
    expect(detect('Vi skickade den till dem igår.')).not.toBe('de');
  });

  it('falls back to trigrams when function words do not decide, and gives up on too little text', () => {
    expect(detect('Zeer belangrijke mededeling over uw rekening en de nieuwe voorwaarden van de bank')).toBe('nl');
    expect(detect('ok')).toBe('und');
  });

  it('never takes a language we have no wordlist for as the nearest of ours', () => {
    const samples: [string, string][] = [
      ['Slutför registreringen på webbplatsen! Klicka på länken nedan för att bekräfta att det är din adress och att du vill fortsätta.', 'sv'],
      ['Kaydınızı tamamlamak için aşağıdaki bağlantıya tıklayın. Bu bağlantı yalnızca bir saat boyunca geçerlidir ve daha sonra sona erer.', 'tr'],
      ['Rekisteröidy sivulle nyt! Klikkaa alla olevaa linkkiä, jotta voit vahvistaa että tämä on sinun osoitteesi ja jatkaa kanssa.', 'fi'],
      ['Otrzymaliśmy żądanie przywrócenia hasła. Jeśli nie żądałeś przywrócenia hasła, zignoruj ten e-mail, aby zachować swoje konto.', 'pl'],
      ['Hej, Vi har modtaget en anmodning om at nulstille dit kodeord, måske fordi du har glemt det. Hvis det ikke er tilfældet, ignorer denne mail.', 'und'],
      ['Nhấn vào liên kết bên dưới để hoàn tất quy trình đăng ký và tự động đăng nhập vào tài khoản của bạn trong một phút.', 'vi'],
      ['完成在Ghost Demo的注册！你好！请点击下面的链接完成 Ghost Demo 的注册，并将自动登录。为了您的安全，链接将在24小时后失效。', 'und'],
      ['Ghost Demo 가입을 완료해 주세요! 안녕하세요! 가입을 완료하고, 자동으로 로그인하려면 아래 링크를 탭해 주세요.', 'und'],
      ['Здравствуйте! Нажмите на ссылку ниже, чтобы завершить регистрацию на сайте Ghost Demo и войти в свою учётную запись.', 'und'],
    ];
    for (const [text, expected] of samples) {
      const detected = detect(text);
      expect(OUR_PACKS, text).not.toContain(detected);
      expect(detected, text).toBe(expected);
    }
  });

  it('counts the function words it is given, and no others', () => {
    const read = (text: string, given: LanguageVotes) => {
      const tokens = tokenize(text);
      return detectLanguage(text, tokens, placeholderRanges(text, tokens), given);
    };
    // Trigrams alone take this Portuguese for Spanish and this Finnish for Swedish; the function words settle them.
    const portuguese = 'Obrigado pelo seu pedido. Você vai receber a sua encomenda também pela transportadora.';
    const finnish = 'Rekisteröidy sivulle nyt! Klikkaa alla olevaa linkkiä, jotta voit vahvistaa että tämä on sinun osoitteesi ja jatkaa kanssa.';
    expect([read(portuguese, NO_VOTES), read(finnish, NO_VOTES)]).toEqual(['es', 'sv']);
    expect([read(portuguese, votes), read(finnish, votes)]).toEqual(['pt', 'fi']);
    const without = (language: string) => indexFunctionWords(functionWords.filter((entry) => entry.language !== language));
    expect([read(portuguese, without('pt')), read(finnish, without('fi'))]).toEqual(['es', 'sv']);
    // A Danish mail reads as `und` only while the Danish-Norwegian and Nordic groups say so.
    const danish = 'Hej, Vi har modtaget en anmodning om at nulstille dit kodeord, måske fordi du har glemt det. Hvis det ikke er tilfældet, ignorer denne mail.';
    expect(read(danish, votes)).toBe('und');
    expect(read(danish, indexFunctionWords(functionWords.map(({ reports: _reports, ...entry }) => entry)))).toBe('nordic');
  });

  it('lets neither template syntax nor Lorem ipsum decide the language', () => {
    const german = 'Vielen Dank für Ihre Bestellung. Wir senden sie Ihnen bitte mit der Post zu.';
    const templated = `{% for item in order.items %}{{ item.title }} for {{ item.price }}{% endfor %} {{#if the_customer}}*|FNAME|* %%first_name%% \${unsubscribe_url} ${german}`;
    expect(detect(templated)).toBe('de');
    const lorem = `Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris. ${german}`;
    expect(detect(lorem)).toBe('de');
    expect(detect('Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.')).toBe('und');
  });

  it('finds placeholders in one pass, leaving ordinary braces and Latin-looking words alone', () => {
    const text = 'Price {total} in braces, 50%% off, a *| bar, sed non est in Italian';
    expect(placeholderRanges(text, tokenize(text))).toEqual([]);
    // Many openers and no closer: linear, and nothing found.
    const hostile = '{{'.repeat(100_000);
    expect(placeholderRanges(hostile, tokenize(hostile))).toEqual([]);
    for (const many of ['%'.repeat(100_000), '['.repeat(100_000), '[a_b'.repeat(30_000), '%AB'.repeat(30_000)]) {
      expect(placeholderRanges(many, tokenize(many))).toEqual([]);
    }
  });

  const found = (text: string) => placeholderRanges(text, tokenize(text)).map(({ start, end }) => text.slice(start, end));

  it.each([
    ['ActiveCampaign', 'Hi %FIRSTNAME%, see %UNSUBSCRIBELINK% and %SENDER-INFO-SINGLELINE%.', ['%FIRSTNAME%', '%UNSUBSCRIBELINK%', '%SENDER-INFO-SINGLELINE%']],
    ['ActiveCampaign in a link', '<a href="https://x.example/?e=%EMAIL%&id=%SUBSCRIBERID%">', ['%EMAIL%', '%SUBSCRIBERID%']],
    ['SendGrid legacy', '[Sender_Name], [Sender_Address], [Sender_City] [Sender_Zip] · [UNSUBSCRIBE_LINK]', ['[Sender_Name]', '[Sender_Address]', '[Sender_City]', '[Sender_Zip]', '[UNSUBSCRIBE_LINK]']],
    // A fallback is the sender's words (text): the tag around it is two placeholders.
    ['Campaign Monitor', 'Dear [firstname,fallback=reader], hello [fullname,fallback=]', ['[firstname,fallback=', ']', '[fullname,fallback=]']],
    ['GetResponse and Constant Contact', 'Hi [[firstname]] [[FIRSTNAME OR "Friend"]] [[trackingImage]]', ['[[firstname]]', '[[FIRSTNAME OR "', '"]]', '[[trackingImage]]']],
    ['Mailjet legacy', 'Hello [[data:firstname:""]], [[data:city:"Paris"]] [[UNSUB_LINK_EN]]', ['[[data:firstname:""]]', '[[data:city:"', '"]]', '[[UNSUB_LINK_EN]]']],
    ['Liquid and Jinja defaults', '{{ name | default: "there" }} {{ city | default(\'Paris\') }} {{ x | default: "" }}', ['{{ name | default: "', '" }}', "{{ city | default('", "') }}", '{{ x | default: "" }}']],
    ['Salesforce Marketing Cloud, unchanged', 'Dear %%FirstName%%, %%FIRST_NAME%%', ['%%FirstName%%', '%%FIRST_NAME%%']],
  ])('finds %s merge tags', (_esp, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['footnotes and editorial brackets', 'As reported [1] and [23], the figures [sic] are in the report [PDF] [Advertisement] [image: Logo]'],
    ['a shouted subject tag', '[URGENT] [FREE] Reply now'],
    ['bracketed words that are no ESP tag', 'Write to [Address] or [ADDRESS] or [Unsubscribe] or [firstname]'],
    ['percentages', '50% off, 20% more, 100%FREE% and 10%-20%, save 5% OFF%'],
    ['percent-encoding', 'https://x.example/%C3%A9COLE%20%E2%80%99 and %AB'],
    ['code', 'arr[row_id] and a[b_c] and [[1, 2]] and [[x y]]'],
    ['white space inside', 'save 5 % OFF% today, [ Sender_Address ]'],
  ])('leaves %s alone', (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads the language past the new merge tags, as past {{ }}', () => {
    const italian = 'Grazie per il tuo ordine: questo è il nostro regalo per te, con i saluti della nostra squadra.';
    const tagged = `%THE_NAME_OF_YOUR_ACCOUNT% [[data:the_name_of_your_account:""]] [The_Name_Of_Your_Account] [you,fallback=] ${italian}`;
    const tokens = tokenize(tagged);
    const plainTokens = tokenize(italian);
    expect(readLanguage(tagged, tokens, placeholderRanges(tagged, tokens), votes).functionWords).toEqual(readLanguage(italian, plainTokens, placeholderRanges(italian, plainTokens), votes).functionWords);
  });

  it('reads a fallback as the sender\'s words: it is what the reader sees when the value is missing', () => {
    const french = "Gagnez de l'argent facile, offre gratuite, satisfait ou remboursé, cliquez ici maintenant, argent rapide sans risque";
    for (const tagged of [`{{ x | default: "${french}" }}`, `[[x OR "${french}"]]`, `[[data:x:"${french}"]]`, `[x,fallback=${french}]`]) {
      expect(detect(tagged)).toBe('fr');
    }
  });

  it('finds no placeholder in a whole message: its tags were filled in before it was sent', () => {
    const text = 'Hi %FIRSTNAME%, [Sender_Address] {{ name }} Lorem ipsum dolor sit amet consectetur adipiscing';
    expect(placeholderRanges(text, tokenize(text), false)).toEqual([]);
    expect(placeholderRanges(text, tokenize(text)).length).toBe(4);
  });
});

describe('readLanguage', () => {
  const read = (text: string) => {
    const tokens = tokenize(text);
    return readLanguage(text, tokens, placeholderRanges(text, tokens), votes);
  };

  it('keeps the function words\' votes the detection weighed, template syntax left out', () => {
    const plain = read('Grazie per il tuo ordine: questo è il nostro regalo per te, con i saluti della nostra squadra.');
    expect(plain.language).toBe('it');
    expect(plain.functionWords.votes.get('it')).toBe(8); // per ×2, tuo, questo, è, nostro, della, nostra
    expect(plain.functionWords.words).toBe(18);
    // The same text with an English placeholder: its words neither vote nor count as words read.
    const templated = read('Grazie per il tuo ordine, {{ the_name_of_your_account }}: questo è il nostro regalo per te, con i saluti della nostra squadra.');
    expect(templated.functionWords).toEqual(plain.functionWords);
  });

  it('counts no votes on a text mostly in another script', () => {
    const japanese = read('ご注文いただきありがとうございます。商品は明日発送いたします。 the order of your');
    expect(japanese.language).toBe('und');
    expect(japanese.functionWords.votes.size).toBe(0);
    expect(japanese.functionWords.words).toBe(0);
    // Each message its own empty votes: no map shared by every such message (no module-level mutable state).
    expect(read('您的订单已经发货，预计三个工作日内送达').functionWords.votes).not.toBe(japanese.functionWords.votes);
  });
});

describe('the language of a message, read past the addresses it spells out', () => {
  const read = (input: EmailInput) => parseMessage(input, votes);

  it('reads a Japanese line with two host names as und, not the language of the hosts\' letters', () => {
    const message = read({ text: 'お問い合わせ www.mitsubishi-shoji.co.jp / www.trading-partners.example.com' });
    expect(message.links).toHaveLength(2);
    expect(message.language).toBe('und');
    expect(message.functionWords.words).toBe(0);
  });

  it('reads an English sentence around a long URL as English, bare or as a link\'s text', () => {
    const url = 'https://billing.example.com/de/rechnungen/die-rechnung-fur-ihren-vertrag-mit-der-gesellschaft';
    const bare = read({ text: `Your invoice for March is ready to download: ${url}?kunde=ABCDEF123456 and it is due on Friday, thank you.` });
    expect(bare.language).toBe('en');
    const linked = read({ html: `<p>Your invoice for March is ready to download: <a href="https://billing.example.com/x">${url}</a> and it is due on Friday, thank you.</p>` });
    expect(linked.language).toBe('en');
    // The path's letters are not in the trigram sample; its words vote (`mit`, `ihren` are German), outvoted here.
    for (const message of [bare, linked]) expect(message.functionWords.votes.get('de')).toBeGreaterThan(0);
  });

  it('reads a pitch packed into a URL path or an address-like link text by its function words', () => {
    const french = "Gagnez de l'argent facilement depuis chez vous, sans aucun effort et sans risque. Offre exclusive réservée aux premiers inscrits, cliquez ici maintenant pour recevoir votre cadeau gratuit.";
    const german = 'Verdienen Sie jetzt Geld von zu Hause ohne Risiko. Exklusives Angebot nur heute, klicken Sie hier, um Ihr kostenloses Geschenk zu erhalten.';
    for (const [language, pitch] of [['fr', french], ['de', german]] as const) {
      for (const joiner of ['-', '\u2800', '\u00b7']) {
        const path = pitch.replaceAll(' ', joiner);
        expect(read({ html: `<p>https://x.com/${path}</p>` }).language, `${language} ${JSON.stringify(joiner)} bare`).toBe(language);
        expect(read({ html: `<p><a href="https://x.com/">https://x.com/${path.slice(0, 180)}</a></p>` }).language, `${language} ${JSON.stringify(joiner)} link`).toBe(language);
      }
    }
  });

  it('reads the letters of an address that holds function words: a pitch in a URL path after an English line', () => {
    const lead = 'Hello there, this is the news from our team and we hope you are well.';
    const french = "Gagnez de l'argent facilement depuis chez vous, sans aucun effort et sans risque. Offre exclusive réservée aux premiers inscrits, cliquez ici maintenant pour recevoir votre cadeau gratuit.";
    expect(read({ html: `<p>${lead}</p><p>https://x.com/${french.replaceAll(' ', '-')}</p>` }).language).toBe('fr');
    // hosts hold no function words: their letters stay out (the Japanese line above is und)
    expect(read({ html: `<p>${lead}</p><p>https://www.gagnez-argent-facile.example.fr/offre/cadeau-gratuit-inscrits</p>` }).language).toBe('en');
  });

  it('still reads the words of a link whose text is not an address', () => {
    const message = read({ html: '<p><a href="https://shop.example.de/">Vielen Dank für Ihre Bestellung, wir senden sie Ihnen mit der Post</a></p>' });
    expect(message.language).toBe('de');
  });
});

describe('placeholderName', () => {
  it('gives the name between the delimiters, lower case, without filters, whitespace control or a third brace', () => {
    const text = '*|LIST:ADDRESSLINE|* {{- shop.address.street | escape -}} {{{ Sender_Address }}} %%City%% {% if x %} Lorem ipsum dolor sit amet consectetur';
    const names = placeholderRanges(text, tokenize(text)).map((range) => placeholderName(text, range));
    expect(names).toEqual(['list:addressline', 'shop.address.street', 'sender_address', 'city', 'if x', null]);
    // A tag with a fallback is two ranges: the name in the first, none in the second.
    const more = '[Sender_Address] [firstname,fallback=there] [[FIRSTNAME]] %SENDER-INFO% [[city OR "Paris"]] [[data:zip:"75001"]] {{ street | default: "Rue" }}';
    expect(placeholderRanges(more, tokenize(more)).map((range) => placeholderName(more, range))).toEqual(['sender_address', 'firstname', null, 'firstname', 'sender-info', 'city', null, 'data:zip', null, 'street', null]);
  });
});
