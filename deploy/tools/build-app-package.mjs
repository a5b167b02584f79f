// Fills deploy/appPackage/manifest.json for one deployment and zips the Teams app package.
// Usage:
//   node deploy/tools/build-app-package.mjs --bot-id <guid> --domain <bot host name> \
//     --website-url <https url> --privacy-url <https url> --terms-url <https url> \
//     [--app-id <guid>] [--version 1.0.0] [--out <file.zip>]
// --bot-id is the bot's Microsoft App ID (the deployment's botAppId output), also the app that
// team owners grant resource-specific consent to (webApplicationInfo); --app-id is the
// Teams app's own id and defaults to the bot id. The zip holds manifest.json, the two icons
// and the localization files, at its root, as Teams requires.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zip } from './zip.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const source = join(here, '..', 'appPackage');
const guid = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const placeholder = '00000000-0000-0000-0000-000000000000';

function fail(message) {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

function httpsUrl(name, value) {
  let url;
  try {
    url = new URL(value ?? '');
  } catch {
    fail(`--${name} must be an https URL`);
  }
  if (url.protocol !== 'https:') fail(`--${name} must be an https URL`);
  if (url.hostname.endsWith('example.org')) fail(`--${name} still points at example.org`);
  return url.href;
}

const { values } = parseArgs({
  options: {
    'bot-id': { type: 'string' },
    'app-id': { type: 'string' },
    domain: { type: 'string' },
    'website-url': { type: 'string' },
    'privacy-url': { type: 'string' },
    'terms-url': { type: 'string' },
    version: { type: 'string' },
    out: { type: 'string', default: join(here, '..', '..', '.artifacts', 'breedbot-teams-app.zip') },
  },
  strict: true,
});

const botId = values['bot-id'] ?? '';
const appId = values['app-id'] ?? botId;
for (const [name, value] of [['bot-id', botId], ['app-id', appId]]) {
  if (!guid.test(value) || value === placeholder) fail(`--${name} must be a GUID (the bot's Microsoft App ID)`);
}
const domain = values.domain ?? '';
if (!/^[a-z0-9.-]+$/i.test(domain) || domain.startsWith('http')) fail('--domain must be a host name, e.g. breedbot-abc.azurewebsites.net');

const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8'));
manifest.id = appId.toLowerCase();
manifest.bots[0].botId = botId.toLowerCase();
manifest.developer.websiteUrl = httpsUrl('website-url', values['website-url']);
manifest.developer.privacyUrl = httpsUrl('privacy-url', values['privacy-url']);
manifest.developer.termsOfUseUrl = httpsUrl('terms-url', values['terms-url']);
manifest.validDomains = [domain.toLowerCase()];
// Resource-specific consent (TeamMember.Read.Group) is granted to the app named here: the bot's own identity, with
// which BreedBot asks Graph who owns a team. The resource is required by Teams but has no role in RSC.
manifest.webApplicationInfo = { id: botId.toLowerCase(), resource: `api://${domain.toLowerCase()}/botid-${botId.toLowerCase()}` };
if (values.version) manifest.version = values.version;

const files = [manifest.icons.color, manifest.icons.outline, ...manifest.localizationInfo.additionalLanguages.map(l => l.file)];
const entries = [
  { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8') },
  ...files.map(name => ({ name, data: readFileSync(join(source, name)) })),
];

const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, zip(entries));
process.stdout.write(`${out}\n`);
