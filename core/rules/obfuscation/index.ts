// The obfuscation rules, sorted by id. Every rule file is listed here by hand: no globbing.
import asciiEntities from './ascii-entities.ts';
import invisibleCharacters from './invisible-characters.ts';
import leetSpeak from './leet-speak.ts';
import lookalikeCharacters from './lookalike-characters.ts';
import spacedLetters from './spaced-letters.ts';
import splitByTags from './split-by-tags.ts';

export default [asciiEntities, invisibleCharacters, leetSpeak, lookalikeCharacters, spacedLetters, splitByTags];
