import { describe, expect, it } from 'vitest';
import { HsdsExport, stableUuid, toHsds } from '../../knowledge/hsds.js';
import { loadKnowledge } from '../../knowledge/loader.js';

describe('HSDS 3.0 export', () => {
  const result = loadKnowledge();
  if (!result.ok) throw new Error('knowledge base invalid');
  const data = result.data;

  it('validates against the HSDS 3.0 shapes, one service per activity', () => {
    const doc = toHsds(data, 'fi');
    const parsed = HsdsExport.safeParse(doc);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    expect(doc.services).toHaveLength(data.activities.length);
    const orgIds = new Set(doc.organizations.map((o) => o.id));
    for (const s of doc.services) expect(orgIds.has(s.organization_id)).toBe(true);
  });

  it('keeps phone numbers, languages and the life-situation taxonomy, in the language asked for', () => {
    const doc = toHsds(data, 'sv');
    const withPhone = data.activities.find((a) => a.contact.phone)!;
    const service = doc.services.find((s) => s.id === stableUuid(`service:${withPhone.id}`))!;
    expect(service.name).toBe(withPhone.title.sv);
    expect(service.phones?.[0]?.number).toBe(withPhone.contact.phone);
    expect(service.languages?.map((l) => l.code)).toEqual(withPhone.languages);
    expect(service.attributes?.some((a) => a.taxonomy_term?.taxonomy === 'luotsi-life-situation')).toBe(true);
  });

  it('gives the same ids on every export, so directories can sync', () => {
    expect(toHsds(data).services.map((s) => s.id)).toEqual(toHsds(data).services.map((s) => s.id));
  });
});
