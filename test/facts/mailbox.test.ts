import { describe, expect, it } from 'vitest';
import { localPartOf, machineMadeMailbox } from '../../core/facts/mailbox.ts';
import { createAnalyzer } from '../../core/index.ts';

describe('machineMadeMailbox', () => {
  it('reads random tokens of mixed case or of interleaved letters and digits as machine-made', () => {
    for (const local of ['vPQXadn', 'yQowhTLj', 'EVzJgFo', 'JiUQpKEBH', 'vpAeOuV']) expect(machineMadeMailbox(local)).toBe('mixed-case');
    for (const local of ['eon4ukm59w5v', '1ljocry459tl', 'lu5guxf4c4149']) expect(machineMadeMailbox(local)).toBe('letters-and-digits');
  });

  it('leaves names, roles, TitleCase words and short tokens alone', () => {
    for (const local of ['news', 'jane.doe', 'no-reply', 'TopSpecialOffers', 'CopyMyDVDcom', 'JoAnneMcKay', 'McDonald', 'iPhoneDeals', 'eBay', 'monkZVkwl', 'support2', 'team2024', 'win4you']) {
      expect(machineMadeMailbox(local)).toBeNull();
    }
  });

  it('leaves handles people choose alone: letters and digits read aloud, names in short syllables', () => {
    const handles = ['k8lyn99', 'm1ke2010', 's4rah123', 't3chn1c1an', 'k8ie2009', '4kids2go', 'mp3fan4u', 'r2d2fan', 'h2o4life', '2fast4u', 'gr8m8s', 'me2you4ever'];
    // Leetspeak (4 for a) and short years (2k19) are handles too.
    const leet = ['l33th4x0r', 'pr0gr4mm3r', 'h4ck3rm4n', 'j4ck5on', 'tr4v1s', 'ch4rl1e', 'k1ng4life', 'mike2k19', 'scott2k22', 'm4tt2k21'];
    // A digit for a consonant (5 for s, 7 for t) beside a word's own cluster: backstreet, nickster, rx7 fan.
    // Clusters a word has (ck|str, ck|st, rk|st, hn|sm), or a model before a word (rx7 fan).
    const leetConsonants = ['b4ckstr33t', 'n1ck5ter', 'rx7fan99', 'tr1ck5ter', 'k1rk5ten', 'd4rthv4d3r', 'dj5tyl3', 'j0hnsm1th'];
    // A title or a brand's small letter in front: Dr J Kim, iOS Dev UK, Mrs Lee.
    const prefixed = ['DrJKim', 'iOSDevUK', 'MrsJLee'];
    const names = ['XuYiQi', 'HuYuLin', 'WuYiFan', 'MaLiNa', 'LeVanAn', 'DoThiHa', 'JoAndMe', 'AnnaMcK', 'JoeMcD', 'DrJoeMD', 'HRinUSA', 'ITatUCL', 'eBayUK', 'myUofM'];
    for (const local of [...handles, ...leet, ...leetConsonants, ...prefixed, ...names]) expect(machineMadeMailbox(local), local).toBeNull();
  });

  it('still reads serials, unsayable runs and stray small letters as machine-made', () => {
    for (const local of ['jennifer3530t76', 'lo4kirt7q37', 'va7keji8d0682', 'km59w5vx1a', 'eon4ukm59w5v', 'tkx9k2', 'kw7nr5', 'x5tmk9']) expect(machineMadeMailbox(local), local).toBe('letters-and-digits');
    for (const local of ['kRtQzPw', 'aBCdefg', 'iQzRtPwK', 'DrkRtQzPw']) expect(machineMadeMailbox(local), local).toBe('mixed-case');
  });

  it('reads a run no English syllable starts or ends with as unsayable, a digit read as the letter it stands for', () => {
    // 2, 4 and 8 end a run as sounds do in handles (r2d2, gr8), but the runs before them (`xk7q` = xktq, `z5kx` = zskx) cannot be said;
    // a digit between stray letters and a word (`qq9do`) joins them, unlike a model's before one (`rx7fan99`).
    for (const local of ['xk7q2z', 't9kq2z', 'k9xq2v', 'dm7f2x', 'vb9x4q', 'kz7w2a', 'z5kx8w', 'xk7q2abc', 'wiqq9dolem77']) {
      expect(machineMadeMailbox(local), local).toBe('letters-and-digits');
    }
  });

  it('reads a title or a brand letter as a word only in front of names and initials, not in front of a jumble', () => {
    for (const local of ['iQzRtPw', 'eQzRtPw', 'iXqKzPw', 'eKrTqZp', 'iKRTqz', 'DrXqKzW', 'MrQzRtPw', 'DrQzRtPw']) expect(machineMadeMailbox(local), local).toBe('mixed-case');
    // A title is a word of its own: it does not make the names after it look shorter than they are.
    for (const local of ['ProfEdLiMD', 'MrsJKJoKim', 'DrHKwan', 'MrTWong', 'iPhoneDev']) expect(machineMadeMailbox(local), local).toBeNull();
    // After a title only the names count: three short syllables are a name with or without `Dr` in front.
    for (const local of ['DrXuYiQi', 'DrLeVanAn', 'MrHoVanAn', 'MrsXuYiQi', 'DrKoJiHo', 'MsKimJiHo', 'DrTaThiHa']) expect(machineMadeMailbox(local), local).toBeNull();
  });

  it('leaves per-recipient codes alone: ESPs put them in the From of real newsletters', () => {
    for (const local of ['Online#3.19578.34-UgGTgZFN19NAr9RR.1', 'searchNetworking-ED20D7B9A49E402C', 'kevin+dated+1029244066.f56e49', 'unsubs-fdf2d323b4', 'ED20D7B9A49E402C']) {
      expect(machineMadeMailbox(local)).toBeNull();
    }
  });

  it('judges only a mailbox name that is one token of 6 to 16 letters and digits, and takes the local part of an address', () => {
    expect(machineMadeMailbox(`${'a'.repeat(70)}vPQXadn`)).toBeNull();
    expect(machineMadeMailbox('vPQXadn.news')).toBeNull();
    expect(machineMadeMailbox('vPQXadn')).not.toBeNull();
    expect(localPartOf('vPQXadn@love.example.com')).toBe('vPQXadn');
    expect(localPartOf('no-at-sign')).toBe('no-at-sign');
  });
});

describe('facts.identity.machineMadeMailbox', () => {
  const analyzer = createAnalyzer();
  const mail = (from: string) => ({
    headers: { From: from, To: 'sam@example.org', Date: 'Tue, 14 May 2024 09:30:00 +0000', 'Message-ID': '<a1@harbour-outdoor.co.uk>' },
    html: '<p>Our autumn range is in. <a href="https://www.harbour-outdoor.co.uk/autumn">See it</a></p>',
  });

  it('is the one home of the mailbox judgement: the identity fact carries it for the rules', () => {
    expect(analyzer.context(mail('Harbour Outdoor <vPQXadn@harbour-outdoor.co.uk>')).facts.identity.machineMadeMailbox).toBe('mixed-case');
    expect(analyzer.context(mail('Harbour Outdoor <eon4ukm59w5v@harbour-outdoor.co.uk>')).facts.identity.machineMadeMailbox).toBe('letters-and-digits');
    expect(analyzer.context(mail('Harbour Outdoor <news@harbour-outdoor.co.uk>')).facts.identity.machineMadeMailbox).toBeNull();
  });
});
