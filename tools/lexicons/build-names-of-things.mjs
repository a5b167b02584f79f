// Builds two lexicons beside the ones build.mjs makes, from sources a Debian or npm install brings, and from
// build.mjs's own committed output (places, first names, words):
//
// - localenames: the names of languages, countries and territories, months and weekdays in Dutch and English
//   (Unicode CLDR), so "een beetje Engels", "Dari", "Suriname", "my Dutch", "on Monday" name no person;
// - personalnames: OpenTaal's capitalised words that OpenTaal also spells with a possessive ("Wytske" and
//   "Wytskes", "Djamila" and "Djamila's"): names of people the name lists lack. Places, peoples (whose -s form is
//   a plural: "Marokkaan"), languages and capitalised forms of ordinary Dutch or English words are left out.
//
//   npm install --prefix /tmp/cldr cldr-localenames-full@48.2.0 cldr-dates-full@48.2.0
//   node tools/lexicons/build-names-of-things.mjs /usr/share/dict/dutch /tmp/cldr/node_modules
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [opentaalPath, modules] = process.argv.slice(2);
if (!opentaalPath || !modules) {
  console.error('usage: node tools/lexicons/build-names-of-things.mjs <OpenTaal word list> <node_modules with cldr-localenames-full and cldr-dates-full>');
  process.exit(2);
}

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'BreedBot.Domain', 'Privacy', 'Lexicons');
const lower = (s) => s.normalize('NFC').toLocaleLowerCase('nl');
const committed = (name) => new Set(gunzipSync(readFileSync(join(out, `${name}.txt.gz`))).toString('utf8').split('\n').filter((l) => l.length > 0));
const json = (path) => JSON.parse(readFileSync(join(modules, path), 'utf8'));

// --- Languages, territories, months and weekdays (CLDR), single words only: "Saint Lucia" would make "Lucia" no name.
const localeNames = new Set();
const addLocaleName = (value) => {
  const name = value.replace(/\s*\(.*\)\s*/g, '').replace(/\.$/, '').trim();
  if (/^\p{L}[\p{L}'\-]*$/u.test(name)) localeNames.add(lower(name));
};
for (const locale of ['nl', 'en']) {
  const names = json(`cldr-localenames-full/main/${locale}/languages.json`).main[locale].localeDisplayNames.languages;
  const territories = json(`cldr-localenames-full/main/${locale}/territories.json`).main[locale].localeDisplayNames.territories;
  Object.values(names).forEach(addLocaleName);
  Object.values(territories).forEach(addLocaleName);
  const gregorian = json(`cldr-dates-full/main/${locale}/ca-gregorian.json`).main[locale].dates.calendars.gregorian;
  for (const field of ['months', 'days']) {
    for (const context of ['format', 'stand-alone']) {
      for (const width of ['wide', 'abbreviated']) Object.values(gregorian[field][context][width]).forEach(addLocaleName);
    }
  }
}

// --- People's names in OpenTaal: a capitalised entry with a possessive entry beside it.
const opentaal = readFileSync(opentaalPath, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
const capitalised = new Set(opentaal.filter((w) => /^\p{Lu}/u.test(w)));
const lowercaseWords = new Set(opentaal.filter((w) => /^\p{Ll}/u.test(w)).map(lower));
const english = committed('english');
const places = committed('places');
const firstNames = committed('firstnames');
// A people's or a town's inhabitants' name takes -s as a plural, not as a possessive: "Marokkaans", "Groningers".
const inhabitant = /(aan|aner|ees|er|ër|ier|iër|ijn|iet|ner|naar|aar|ist|aat|ot|aal|een|ing)$/;
const personalNames = new Set();
for (const w of capitalised) {
  if (!/^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u.test(w) || w.length < 3) continue;
  const apostrophe = capitalised.has(`${w}'s`);
  const plainS = capitalised.has(`${w}s`) && !/[sxz]$/.test(w);
  const n = lower(w);
  if (!(apostrophe || (plainS && !inhabitant.test(n)))) continue;
  if (places.has(n) || localeNames.has(n) || firstNames.has(n) || lowercaseWords.has(n) || english.has(n)) continue;
  personalNames.add(n);
}

const byBytes = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
for (const [name, set] of Object.entries({ localenames: localeNames, personalnames: personalNames })) {
  const text = [...set].sort(byBytes).join('\n') + '\n';
  writeFileSync(join(out, `${name}.txt.gz`), gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  console.log(`${name}: ${set.size} entries, ${text.length} characters`);
}
