/**
 * HAND-WRITTEN flows that exist beside the recordings (portal/data/recorded-flows.ts) for what no
 * recording shows (portal/README.md "Seed flows: recorded and hand-written"):
 *  - the targets of recorded "Enroll in workflow" (0-15) steps whose own flows were not recorded
 *    (1631989399, 1741893789: the ids are the recording's, the content is ours), so every 0-15 of a
 *    recording opens a decoded flow;
 *  - a company flow and two custom-object flows chaining into others with 0-15 (HubSpot: "Enroll record
 *    in another workflow of the same type", seed 002's action table), since no recording chains company
 *    flows and none is custom-object based;
 *  - a contact flow that reads a sensitive-data property (HubSpot's v4 API withholds it from an app
 *    without crm.objects.contacts.sensitive.read: see portal/routes/flows.ts).
 * Written in the recordings' style: ids as strings, string deltas, no `connection` where a path ends.
 */
import { completeFlow, conn, manual } from '../builders';
import type { PortalFlow } from '../types';
import { FIXTURES } from './ids';
import { CUSTOM_OBJECT_TYPES } from './object-schemas';
import { SENSITIVE_PROPERTY } from './recorded-names';

const F = FIXTURES.flows;
const R = FIXTURES.recordedFlows;
const WEBINARS = CUSTOM_OBJECT_TYPES.webinarRegistrations;

const enrollIn = (actionId: string, flowId: string, next?: string) => ({
  type: 'SINGLE_CONNECTION',
  actionId,
  actionTypeId: '0-15',
  actionTypeVersion: 0,
  fields: { flow_id: flowId },
  ...(next ? { connection: conn(next) } : {}),
});
const setStatic = (actionId: string, property: string, value: string, next?: string) => ({
  type: 'SINGLE_CONNECTION',
  actionId,
  actionTypeId: '0-5',
  actionTypeVersion: 0,
  fields: { property_name: property, value: { staticValue: value, type: 'STATIC_VALUE' } },
  ...(next ? { connection: conn(next) } : {}),
});
const notifyUsers = (actionId: string, userIds: string[], subject: string, next?: string) => ({
  type: 'SINGLE_CONNECTION',
  actionId,
  actionTypeId: '0-8',
  actionTypeVersion: 0,
  fields: { user_ids: userIds, subject, body: `<p>${subject}</p>` },
  ...(next ? { connection: conn(next) } : {}),
});
const delayDays = (actionId: string, days: number, next?: string) => ({
  type: 'SINGLE_CONNECTION',
  actionId,
  actionTypeId: '0-1',
  actionTypeVersion: 0,
  fields: { delta: String(days * 1440), time_unit: 'MINUTES' },
  ...(next ? { connection: conn(next) } : {}),
});

export function chainedFlows(at: string): PortalFlow[] {
  const flow = (id: string, objectTypeId: string, name: string, rest: Record<string, unknown>) =>
    completeFlow({ type: objectTypeId === '0-1' ? 'CONTACT_FLOW' : 'PLATFORM_FLOW', objectTypeId, flowType: 'WORKFLOW', isEnabled: true, name, ...rest }, id, at, '4');
  return [
    flow(F.udepEquipoEcuador, '0-1', '0453. LEADS-Asignación equipo Ecuador (UDN UDEP)', {
      startActionId: '1',
      actions: [setStatic('1', 'equipos_por_nivel_de_estudios__udn_udep_', 'Equipo Ecuador', '2'), notifyUsers('2', ['78920322'], 'Nuevo lead asignado al equipo Ecuador')],
      enrollmentCriteria: manual,
    }),
    flow(F.udepSeguimientoDiplomados, '0-1', '0460. Seguimiento Diplomados Piura (UDN UDEP)', {
      startActionId: '1',
      actions: [delayDays('1', 2, '2'), setStatic('2', 'estatus_de_gestion', 'Volver a llamar - Prioritario')],
      enrollmentCriteria: manual,
    }),
    flow(F.sensitiveHealth, '0-1', 'Health plan eligibility follow-up', {
      startActionId: '1',
      actions: [
        {
          type: 'STATIC_BRANCH',
          actionId: '1',
          inputValue: { propertyName: SENSITIVE_PROPERTY, type: 'OBJECT_PROPERTY' },
          staticBranches: [{ branchValue: 'yes', connection: conn('2') }],
          defaultBranchName: 'Not eligible',
        },
        setStatic('2', 'hs_lead_status', 'IN_PROGRESS'),
      ],
      enrollmentCriteria: manual,
    }),
    flow(F.companyRescore, '0-2', 'Re-score company fit (chains the scoring workflows)', {
      startActionId: '1',
      actions: [enrollIn('1', R.orgTypeScore, '2'), enrollIn('2', R.gamblingScore, '3'), enrollIn('3', R.setIcpTier)],
      enrollmentCriteria: manual,
    }),
    flow(F.webinarCheckIn, WEBINARS, 'Webinar check-in', {
      startActionId: '1',
      actions: [setStatic('1', 'registration_status', 'checked_in', '2'), enrollIn('2', F.webinarFollowUp)],
      enrollmentCriteria: manual,
    }),
    flow(F.webinarFollowUp, WEBINARS, 'Webinar follow-up', {
      startActionId: '1',
      actions: [delayDays('1', 1, '2'), setStatic('2', 'registration_status', 'followed_up')],
      enrollmentCriteria: manual,
    }),
  ];
}
