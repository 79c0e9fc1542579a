// gen-pinyin.mjs derives a character-to-pinyin table from CC-CEDICT, so that
// English questions can name Chinese people and places in pinyin ("Qinghe
// Bridge" for 青河大桥) and still match the article.
//
// Usage: node gen-pinyin.mjs path/to/cc-cedict/data/all.js > pinyin.tsv
//
// Output, sorted by character: char<TAB>reading1,reading2,...: toneless,
// lower-case readings (ü written v), the most used first, where "used" counts
// the entries of CC-CEDICT in which the character is read that way.
import { pathToFileURL } from 'node:url';

const data = (await import(pathToFileURL(process.argv[2]).href)).default.all;
const han = /^\p{Script=Han}$/u;
const counts = new Map(); // char -> Map(reading -> count)
for (const [, simp, py] of data) {
  const chars = [...simp];
  const syl = py.toLowerCase().replace(/u:/g, 'v').split(/\s+/);
  if (chars.length !== syl.length) continue;
  chars.forEach((c, i) => {
    if (!han.test(c)) return;
    const r = syl[i].replace(/[1-5]$/, '');
    if (!/^[a-z]+$/.test(r)) return;
    if (!counts.has(c)) counts.set(c, new Map());
    const m = counts.get(c);
    m.set(r, (m.get(r) || 0) + 1);
  });
}
const lines = [];
for (const [c, m] of counts) {
  const readings = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r).slice(0, 3);
  lines.push(`${c}\t${readings.join(',')}`);
}
lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
process.stdout.write(lines.join('\n') + '\n');
