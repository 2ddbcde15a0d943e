// npm run teams:package: the zip Teams accepts — manifest and localisations valid against the official v1.16 schemas, real icons.
import JSZip from 'jszip';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../adapters/config.js';
import { buildTeamsPackage, MANIFEST_VERSION, PLACEHOLDER_APP_ID } from '../../adapters/teams/manifest.js';
import { pngInfo } from '../../adapters/teams/png.js';
import { checkTeamsLocalization, checkTeamsManifest } from '../bot/schema-validators.js';

function config(env: Record<string, string>) {
  const parsed = parseConfig(env);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

/** The RGBA pixels of one of our own PNGs (one IDAT, filter 0 on every row). */
function pixels(png: Buffer): number[][] {
  const info = pngInfo(png)!;
  const idat = png.indexOf('IDAT');
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  const out: number[][] = [];
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      const at = y * (info.width * 4 + 1) + 1 + x * 4;
      out.push([raw[at]!, raw[at + 1]!, raw[at + 2]!, raw[at + 3]!]);
    }
  }
  return out;
}

describe('Teams app package', () => {
  it('carries the bot\'s app id, https links and the files the manifest names', async () => {
    const pkg = await buildTeamsPackage(config({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'x', PUBLIC_BASE_URL: 'https://luotsi.kunta.fi' }));
    expect(pkg.warnings).toEqual([]);
    const zip = await JSZip.loadAsync(pkg.zip);
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png', 'sv-se.json']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.$schema).toMatch(/teams\/v1\.16\/MicrosoftTeams\.schema\.json$/);
    expect(manifest).toMatchObject({
      manifestVersion: '1.16', id: '11111111-2222-3333-4444-555555555555',
      developer: { websiteUrl: 'https://luotsi.kunta.fi/', privacyUrl: 'https://luotsi.kunta.fi/privacy' },
      bots: [{ botId: '11111111-2222-3333-4444-555555555555', scopes: ['personal', 'team'] }],
      validDomains: ['luotsi.kunta.fi'],
    });
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
    // The limits of the v1.16 schema.
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    for (const file of manifest.localizationInfo.additionalLanguages.map((l: { file: string }) => l.file)) {
      const loc = JSON.parse(await zip.file(file)!.async('string'));
      expect(loc['description.short'].length).toBeLessThanOrEqual(80);
      expect(loc['name.short'].length).toBeLessThanOrEqual(30);
      for (const [key, value] of Object.entries(loc)) {
        if (/commands\[\d\]\.title$/.test(key)) expect((value as string).length).toBeLessThanOrEqual(32);
        if (/commands\[\d\]\.description$/.test(key)) expect((value as string).length).toBeLessThanOrEqual(128);
      }
    }
    for (const cmd of manifest.bots[0].commandLists[0].commands) {
      expect(cmd.title.length).toBeLessThanOrEqual(32);
      expect(cmd.description.length).toBeLessThanOrEqual(128);
    }
  });

  it('writes a manifest and localisation files the official Teams v1.16 schemas accept, placeholders included', async () => {
    const envs: Record<string, string>[] = [{ MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'x', PUBLIC_BASE_URL: 'https://luotsi.kunta.fi' }, {}];
    for (const env of envs) {
      const zip = await JSZip.loadAsync((await buildTeamsPackage(config(env))).zip);
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as { manifestVersion: string; localizationInfo: { additionalLanguages: { file: string }[] } };
      expect(manifest.manifestVersion).toBe(MANIFEST_VERSION);
      expect(checkTeamsManifest(manifest).errors).toEqual([]);
      for (const { file } of manifest.localizationInfo.additionalLanguages) {
        expect(checkTeamsLocalization(JSON.parse(await zip.file(file)!.async('string'))).errors, file).toEqual([]);
      }
    }
  });

  it('has a schema check that can fail: a manifest with an unknown field or an overlong name is refused', async () => {
    const { manifest } = await buildTeamsPackage(config({}));
    expect(checkTeamsManifest(manifest).valid).toBe(true);
    expect(checkTeamsManifest({ ...manifest, botsAndMore: [] }).valid).toBe(false);
    expect(checkTeamsManifest({ ...manifest, name: { short: 'L'.repeat(31), full: 'Luotsi' } }).valid).toBe(false);
    expect(checkTeamsManifest({ ...manifest, manifestVersion: '1.17' }).valid).toBe(false);
  });

  it('has a 192×192 colour icon and a 32×32 outline icon that is white on transparent', async () => {
    const pkg = await buildTeamsPackage(config({}));
    const zip = await JSZip.loadAsync(pkg.zip);
    const color = await zip.file('color.png')!.async('nodebuffer');
    const outline = await zip.file('outline.png')!.async('nodebuffer');
    expect(pngInfo(color)).toEqual({ width: 192, height: 192, colourType: 6 });
    expect(pngInfo(outline)).toEqual({ width: 32, height: 32, colourType: 6 });
    const px = pixels(outline);
    expect(px.every(([r, g, b, a]) => a === 0 || (r === 255 && g === 255 && b === 255))).toBe(true);
    expect(px.some(([, , , a]) => a === 0)).toBe(true);
    expect(px.some(([, , , a]) => a === 255)).toBe(true);
    expect(pixels(color).every(([, , , a]) => a === 255)).toBe(true);
  });

  it('flags a missing app id and a non-https address instead of writing them silently', async () => {
    const pkg = await buildTeamsPackage(config({}));
    expect(pkg.manifest.id).toBe(PLACEHOLDER_APP_ID);
    expect(pkg.warnings).toEqual([expect.stringContaining('MicrosoftAppId'), expect.stringContaining('PUBLIC_BASE_URL')]);
  });
});
