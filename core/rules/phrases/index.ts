// The phrase rules, sorted by id. Every rule file is listed here by hand: no globbing.
import addressGreeting from './address-greeting.ts';
import cryptoWallet from './crypto-wallet.ts';
import customPhrase from './custom-phrase.ts';
import financePhrase from './finance-phrase.ts';
import formByReply from './form-by-reply.ts';
import freeOfferPhrase from './free-offer-phrase.ts';
import greetingPhrase from './greeting-phrase.ts';
import guaranteePhrase from './guarantee-phrase.ts';
import largeSumLure from './large-sum-lure.ts';
import moneyPhrase from './money-phrase.ts';
import pharmaPhrase from './pharma-phrase.ts';
import phishingPhrase from './phishing-phrase.ts';
import phraseDensity from './phrase-density.ts';
import senderNamePhrase from './sender-name-phrase.ts';
import shadyPhrase from './shady-phrase.ts';
import subjectPhrase from './subject-phrase.ts';
import uncheckedLanguage from './unchecked-language.ts';
import uncheckedText from './unchecked-text.ts';
import urgencyPhrase from './urgency-phrase.ts';

export default [
  addressGreeting,
  cryptoWallet,
  customPhrase,
  financePhrase,
  formByReply,
  freeOfferPhrase,
  greetingPhrase,
  guaranteePhrase,
  largeSumLure,
  moneyPhrase,
  pharmaPhrase,
  phishingPhrase,
  phraseDensity,
  senderNamePhrase,
  shadyPhrase,
  subjectPhrase,
  uncheckedLanguage,
  uncheckedText,
  urgencyPhrase,
];
