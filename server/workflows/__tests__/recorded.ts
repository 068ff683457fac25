/**
 * The v4 flows recorded from live portals (shared/realdata/flows-v4, see its README), and HubSpot's names
 * for what they refer to, as a fake NameLookup: the labels an admin sees in those portals' editors are
 * unknown, so these are plausible labels (the tests check that a label, when HubSpot has one, replaces
 * the internal name). The realportal work seeds the emulated portal with names for the same ids.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FlowInput } from '../decode';
import type { NameLookup, Reference } from '../../names/reference';
import { SHARED } from '../../../test/requirements';

export const RECORDED_DIR = join(SHARED.realdata, 'flows-v4');

export function loadRecordedFlows(): { file: string; flow: FlowInput }[] {
  return readdirSync(RECORDED_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, flow: JSON.parse(readFileSync(join(RECORDED_DIR, file), 'utf8')) as FlowInput }));
}

const PROPERTIES: Record<string, [label: string, options?: Record<string, string>]> = {
  lv_org_type: ['Org type', { governing_body_league: 'Governing body / league', broadcaster: 'Broadcaster', content_producer: 'Content producer' }],
  lv_icp_fit_score: ['ICP fit score'],
  lv_anti_icp_flag: ['Anti-ICP flag', { true: 'Yes', false: 'No' }],
  lv_icp_tier: ['ICP tier', { A: 'Tier A', B: 'Tier B' }],
  lv_revenue_band: ['Revenue band'],
  lv_country_region_normalized: ['Country/region (normalized)'],
  org_type_score: ['Org type score'],
  hubspot_owner_id: ['Contact owner'],
  firstname: ['First name'],
  lastname: ['Last name'],
  pais_lead: ['País del lead'],
};

export const RECORDED_NAMES: NameLookup = {
  label(ref: Reference) {
    switch (ref.kind) {
      case 'property':
        return PROPERTIES[ref.property]?.[0];
      case 'propertyValue':
        return PROPERTIES[ref.property]?.[1]?.[ref.value];
      case 'user':
        return ({ '7078555': 'Ana Torres', '51298145': 'Luis Rojas', '78920322': 'Marta Díaz' } as Record<string, string>)[ref.id];
      case 'owner':
        return ref.id === '30630770' ? 'Rosa Medina' : undefined;
      case 'workflow':
        return ({ '1631981736': '0451. Definición Nivel de Estudios Perú', '1631990199': '0452. LEADS-Asignación de leads' } as Record<string, string>)[ref.id];
      case 'form':
        return ref.id === 'b92183d3-4a82-42a8-be63-805d1204e40a' ? 'Curso Piura – inscripción' : undefined;
      case 'marketingEmail':
        return ref.id === '190497954174' ? 'Bienvenida Piura' : undefined;
      default:
        return undefined;
    }
  },
};
