// npm run teams:package: writes teams-package/luotsi-teams.zip (manifest, localisations, icons) for upload to Teams.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../config.js';
import { buildTeamsPackage } from './manifest.js';

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(`teams:package: the configuration is not valid:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}`);
  process.exit(1);
}
const pkg = await buildTeamsPackage(parsed.config);
const dir = join(import.meta.dirname, '..', '..', 'teams-package');
mkdirSync(dir, { recursive: true });
const file = join(dir, 'luotsi-teams.zip');
writeFileSync(file, pkg.zip);
for (const w of pkg.warnings) console.error(`teams:package: warning: ${w}`);
console.log(JSON.stringify({ file: 'teams-package/luotsi-teams.zip', bytes: pkg.zip.length, appId: pkg.manifest.id, placeholder: pkg.warnings.length > 0, warnings: pkg.warnings }));
