// Builds the privacy guard's lexicons (src/BreedBot.Domain/Privacy/Lexicons/*.txt.gz) from their public
// sources. Run by hand when a source is updated; the output is committed, so neither the build nor the
// tests need the sources. See README.md beside this file for where each source comes from.
//
//   node tools/lexicons/build.mjs <sources folder>
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const sources = process.argv[2];
if (!sources) {
  console.error('usage: node tools/lexicons/build.mjs <sources folder>');
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'BreedBot.Domain', 'Privacy', 'Lexicons');
const read = (name) => readFileSync(join(sources, name), 'utf8').replace(/^\uFEFF/, '');
const lines = (name) => read(name).split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
const lower = (s) => s.normalize('NFC').toLocaleLowerCase('nl').replace(/\s+/g, ' ');
const folded = (s) => s.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/ß/g, 'ss');
const lettersOnly = /^'?[\p{L}][\p{L}' .\-]*$/u;

// A simple CSV reader: quoted fields may hold commas.
function csv(name) {
  return read(name).split(/\r?\n/).filter((l) => l.length > 0).map((line) => {
    const fields = [];
    let field = '';
    let quoted = false;
    for (const c of line) {
      if (c === '"') quoted = !quoted;
      else if (c === ',' && !quoted) { fields.push(field); field = ''; }
      else field += c;
    }
    fields.push(field);
    return fields;
  });
}

function addName(set, name) {
  const n = lower(name.trim());
  if (n.length < 2 || !lettersOnly.test(n)) return;
  set.add(n);
  const f = folded(n);
  if (f !== n) set.add(f);
}

// --- Dutch vocabulary: OpenTaal, every entry that starts lowercase (capitalised entries are proper nouns).
const opentaal = lines('opentaal-wordlist.txt');
const words = new Set(opentaal.filter((w) => /^\p{Ll}/u.test(w)).map(lower));

// --- English words (SCOWL, as Debian's wamerican ships it): many reflections are written in English, and an
// English word is no name either. Lowercase entries only; possessives left out.
const english = new Set(lines('scowl-american-english.txt').filter((w) => /^\p{Ll}/u.test(w) && !w.includes("'")).map(lower));

// --- First names.
const firstNames = new Set();
for (const row of csv('meertens-top100-1880-2014.csv').slice(1)) addName(firstNames, row[2]);
for (const row of csv('statbel-1995-2017.csv').slice(1)) addName(firstNames, row[2]);
const faker = JSON.parse(read('faker-person-names.json'));
for (const locale of ['nl', 'nl_BE', 'pl', 'tr', 'en_IN']) for (const n of faker[locale].first) addName(firstNames, n);
const wantedCountries = new Set(['NL', 'BE', 'MA', 'DZ', 'TN', 'EG', 'TR', 'PL', 'SR', 'AW', 'IQ', 'JO', 'LB', 'SA', 'AE', 'KW', 'IN', 'PK', 'AF', 'IR', 'ER', 'SO', 'UA', 'RO', 'BG']);
for (const row of csv('names-by-country-forenames.csv').slice(1)) if (wantedCountries.has(row[0])) addName(firstNames, row[11]);
// Months and weekdays are names too (Mei, April, Augustus), but in a sentence they are dates.
for (const m of ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'december', 'monday', 'sunday']) firstNames.delete(m);

// --- Surnames: Meertens' family names (2007, at least 5 bearers) in natural order ("de jong", "van den berg").
const surnames = new Set();
for (const n of lines('meertens-family-names-freq5.lst')) addName(surnames, n);
for (const locale of ['pl', 'tr']) for (const n of faker[locale].last) addName(surnames, n);
for (const row of csv('names-by-country-surnames.csv').slice(1)) if (wantedCountries.has(row[0])) addName(surnames, row[5]);

// Common surnames (the top 1000 of 2007): capitalised, these are names even where they are also a word (Bakker, Visser).
const commonSurnames = new Set(csv('meertens-top1000-2007.csv').slice(1).map((row) => lower(row[0])));

// Tussenvoegsels: the lowercase particles before the core of a natural surname ("van der", "el", "'t"), as
// far as at least 20 of Meertens' names use them; adjectives that precede a few names (klein, groot) are no particle.
const particleCounts = new Map();
for (const n of lines('meertens-family-names-freq5.lst')) {
  const parts = n.split(' ');
  for (const p of parts.slice(0, -1)) particleCounts.set(p, (particleCounts.get(p) ?? 0) + 1);
}
// Lowercase particles count from 20 names; capitalised ones (El, Al, Ben, Ait) are particles from 50, below which
// the capitalised first words are mostly first parts of double names (Tjon, Chin, Jansen).
const notParticles = new Set(['klein', 'groot', 'oude', 'olde', 'genaamd', 'of', 'a', 'santos', 'silva', 'lopes']);
const particles = new Set([...particleCounts]
  .filter(([p, c]) => (/^[\p{Ll}']/u.test(p) ? c >= 20 : c >= 50) && !notParticles.has(lower(p)))
  .map(([p]) => lower(p)));

// --- Places: BAG woonplaatsen, gemeenten and provinces, and (below) the adjectives of places and peoples.
const places = new Set();
for (const f of ['bag-woonplaats.txt', 'bag-gemeente.txt', 'bag-provincie.txt']) for (const n of lines(f)) places.add(lower(n));

// --- Other proper nouns: OpenTaal's capitalised entries that are not a known name (countries, peoples,
// organisations, brands, places BAG does not list). A capitalised word found here is no sign of a person.
const properNouns = new Set();
for (const w of opentaal) {
  if (!/^\p{Lu}/u.test(w) || w.includes(' ')) continue;
  const n = lower(w.replace(/'s?$/, ''));
  if (!firstNames.has(n) && !surnames.has(n) && !/^[ivxlcdm]+$/.test(n)) properNouns.add(n);
}
// Adjectives and languages of places and peoples (Engels/Engelse, Nederlands/Nederlandse, Pools/Poolse) name no
// person either, also where a family is called so: OpenTaal spells them capitalised, with and without the -e.
const capitalised = new Set(opentaal.filter((w) => /^\p{Lu}/u.test(w) && !w.includes(' ')));
for (const w of capitalised) {
  // Hendriks/Hendrikse are two surnames, not an adjective.
  const adjective = (capitalised.has(w + 'e') && !surnames.has(lower(w + 'e'))) || (w.endsWith('e') && capitalised.has(w.slice(0, -1)) && !surnames.has(lower(w)));
  if (adjective) places.add(lower(w));
}

for (const p of places) properNouns.add(p);

// --- Street names: BAG openbare ruimte.
const streets = new Set(lines('bag-openbareruimte.txt').map(lower));

mkdirSync(out, { recursive: true });
const byBytes = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
for (const [name, set] of Object.entries({ words, english, firstnames: firstNames, surnames, commonsurnames: commonSurnames, particles, places, propernouns: properNouns, streets })) {
  const text = [...set].sort(byBytes).join('\n') + '\n';
  writeFileSync(join(out, `${name}.txt.gz`), gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  console.log(`${name}: ${set.size} entries, ${text.length} characters`);
}
