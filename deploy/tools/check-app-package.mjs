// Checks a Teams app package folder with the official schemas of @microsoft/app-manifest:
// the manifest against the schema of its own manifestVersion, every localization file against
// the localization schema of that version, and the icons' size and pixels (pngjs).
// Usage: node deploy/tools/check-app-package.mjs <package folder>
// Prints one JSON object; the exit code is 0 when it could check (the verdict is in the JSON),
// 2 when it could not (a missing file or schema).
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const { PNG } = require('pngjs');

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemas = join(root, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function readJson(path) {
  if (!existsSync(path)) fail(`missing: ${path}`);
  // Teams reads the files as UTF-8; a byte order mark would be part of the text.
  return JSON.parse(readFileSync(path, 'utf8'));
}

function validator(file) {
  const path = join(schemas, `v${version}`, file);
  // The Teams schemas are draft-04 with keywords strict mode rejects, and patterns written for
  // regular expressions without the u flag (the localization schema has a bare "]").
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  return ajv.compile(readJson(path));
}

function errorsOf(validate, data) {
  return validate(data) ? [] : validate.errors.map(e => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

function icon(name) {
  const path = join(folder, name);
  if (!existsSync(path)) fail(`missing: ${path}`);
  const png = PNG.sync.read(readFileSync(path));
  let transparent = 0, white = 0, other = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = png.data.subarray(i, i + 4);
    if (a === 0) transparent++;
    else if (r === 255 && g === 255 && b === 255) white++;
    else other++;
  }
  return { file: name, width: png.width, height: png.height, transparent, white, other };
}

const folder = process.argv[2];
if (!folder) fail('usage: check-app-package.mjs <package folder>');
const manifest = readJson(join(folder, 'manifest.json'));
const version = manifest.manifestVersion;
if (typeof version !== 'string' || !existsSync(join(schemas, `v${version}`))) {
  fail(`no schema for manifestVersion ${version} under ${schemas}`);
}

const localization = validator('MicrosoftTeams.Localization.schema.json');
const languages = manifest.localizationInfo?.additionalLanguages ?? [];
const result = {
  manifestVersion: version,
  manifestErrors: errorsOf(validator('MicrosoftTeams.schema.json'), manifest),
  localizations: languages.map(l => ({
    languageTag: l.languageTag,
    file: l.file,
    errors: errorsOf(localization, readJson(join(folder, l.file))),
  })),
  icons: [manifest.icons.color, manifest.icons.outline].map(icon),
};
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
