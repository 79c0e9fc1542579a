// gen-verbforms.mjs lists the inflected forms of common English verbs with
// their base form, from ECDICT's exchange column, for the lemmatiser of
// answers/english (which tries it after data/lemmas.tsv and before its
// suffix rules: damaged → damage, battled → battle, added → add).
//
// Usage: node gen-verbforms.mjs path/to/ecdict.csv > verbforms.tsv
//
// Input: ECDICT's CSV (word,phonetic,definition,translation,pos,collins,
// oxford,tag,bnc,frq,exchange,...), where exchange holds forms such as
// "p:damaged/d:damaged/i:damaging/3:damages".
//
// Output, sorted in byte order, one line per form:
//   form<TAB>lemma[<TAB>v]
// v marks a past form or participle (-ed), which makes the word a predicate,
// as in lemmas.tsv. Only verbs among the maxRank most frequent words are
// listed (by the better of ECDICT's frq and bnc ranks), only forms of
// letters alone, only regular forms (-ed, -ing), and no -ing form that ECDICT lists as a noun of its own
// (building, meeting, ruling stay nouns), nor British forms of -ize verbs.
import { readFileSync } from 'node:fs';

const maxRank = 10000;

// parseCSV yields the rows of an RFC 4180 text: fields separated by commas,
// rows by CRLF or LF, fields optionally quoted with "..." in which a comma or
// line break is literal and "" stands for one quote.
function* parseCSV(text) {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    const row = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const j = text.indexOf('"', i);
          if (j < 0) { field += text.slice(i); i = n; break; }
          field += text.slice(i, j);
          i = j + 1;
          if (text[i] === '"') { field += '"'; i++; } else break;
        }
        // Tolerate stray text between a closing quote and the delimiter.
        while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') field += text[i++];
      } else {
        let j = i;
        while (j < n && text[j] !== ',' && text[j] !== '\r' && text[j] !== '\n') j++;
        field = text.slice(i, j);
        i = j;
      }
      row.push(field);
      if (text[i] === ',') { i++; continue; }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    yield row;
  }
}

const rows = parseCSV(readFileSync(process.argv[2], 'utf8'));
const header = rows.next().value;
const col = Object.fromEntries(header.map((h, i) => [h, i]));
const letters = /^[a-z]+$/;
const verbs = [];          // [word, exchange]
const nounOfItsOwn = new Set(); // words whose translation opens as a noun
const rankOf = new Map(); // word → the better of its frq and bnc ranks

for (const r of rows) {
  const word = r[col.word];
  if (!word || !letters.test(word)) continue;
  const tr = r[col.translation] || '';
  if (/^n\./.test(tr)) nounOfItsOwn.add(word);
  const ranks = [+r[col.frq] || 0, +r[col.bnc] || 0].filter(x => x > 0);
  const rank = ranks.length ? Math.min(...ranks) : Infinity;
  rankOf.set(word, rank);
  if (rank > maxRank) continue;
  if (!/(^|\\n)v[ti]?\. /.test(tr)) continue; // no verb sense
  verbs.push([word, r[col.exchange] || '']);
}
const out = new Map();
for (const [word, exchange] of verbs) {
  // British spellings (apologise) are left to the suffix rules, which
  // give the American one the dictionaries use (apologize)
  const m = /^(.*)(is|ys)e$/.exec(word);
  const american = m && rankOf.get(m[1] + (m[2] === 'is' ? 'ize' : 'yze'));
  if (american && american < rankOf.get(word) * 4) continue;
  for (const part of exchange.split('/')) {
    const [kind, form] = part.split(':');
    if (!form || form === word || !letters.test(form) || !'pdi3'.includes(kind) || kind.length !== 1) continue;
    if (kind === 'i' && nounOfItsOwn.has(form)) continue;
    // irregular forms (ground, wound, born) are often words of their own:
    // data/lemmas.tsv lists the ones worth mapping, by hand
    if (!/(ed|ing)$/.test(form)) continue;
    const line = form + '\t' + word + (kind === 'p' || kind === 'd' ? '\tv' : '');
    if (!out.has(form) || line.endsWith('\tv')) out.set(form, line);
  }
}
const lines = [...out.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
process.stdout.write(lines.join('\n') + '\n');
