/**
 * Names for the ids the recorded flows (./recorded-flows.ts) and the hand-written flows beside them
 * (./chained-flows.ts) refer to. The recordings carry ids only: every LABEL here is the portal's own
 * (written in each portal's language, from what the flows do), not HubSpot's. Property types follow
 * what the recorded filters do with them (MULTISTRING → string, ENUMERATION → enumeration with the
 * recorded values as options, NUMBER → number); option values are the recorded ones, exactly.
 */
import type { HsAssociationLabel, HsForm, HsOwner, HsProperty } from '../../server/hubspot/hubspot-types';
import { CUSTOM_OBJECT_TYPES } from './object-schemas';
import { email, form, owner, property } from './name-builders';

/** The hand-written sensitive flow branches on this contact property (dataSensitivity "sensitive"). */
export const SENSITIVE_PROPERTY = 'health_plan_eligible';

const custom = { hubspotDefined: false } as const;
/** value → label; a value that is an internal name (`liderazgo_y_felicidad_organizacional`) gets a label as an editor would type it. */
const labelOf = (v: string) => (/^[a-z0-9_]+$/.test(v) && v.includes('_') ? v.charAt(0).toUpperCase() + v.slice(1).replace(/_/g, ' ') : v);
const asOptions = (values: string[]): [string, string][] => values.map((v) => [v, labelOf(v)]);

function companyProperty(name: string, label: string, type: string, fieldType: string, options: [string, string][] = [], extra: Partial<HsProperty> = {}): HsProperty {
  return { ...property(name, label, type, fieldType, options, extra), groupName: extra.hubspotDefined === false ? 'company_scoring' : 'companyinformation' };
}
const yesNo: [string, string][] = [
  ['true', 'Yes'],
  ['false', 'No'],
];
const score = (name: string, label: string) => companyProperty(name, label, 'number', 'number', [], custom);

/** Company properties of the AusGTM flows (scores set by the flows, `lv_*` inputs they branch on). */
function companyProperties(): HsProperty[] {
  return [
    companyProperty('country', 'Country/Region', 'string', 'text'),
    companyProperty('annualrevenue', 'Annual Revenue', 'number', 'number'),
    companyProperty('createdate', 'Create Date', 'datetime', 'date'),
    companyProperty('lv_anti_icp_flag', 'Anti-ICP flag', 'bool', 'booleancheckbox', yesNo, custom),
    companyProperty('lv_icp_fit_score', 'ICP fit score', 'number', 'number', [], custom),
    companyProperty(
      'lv_icp_tier',
      'ICP tier',
      'enumeration',
      'select',
      [
        ['A', 'Tier A – best fit'],
        ['B', 'Tier B'],
        ['C', 'Tier C'],
        ['D', 'Tier D – poor fit'],
        ['Unscored', 'Not scored yet'],
      ],
      custom,
    ),
    companyProperty(
      'lv_org_type',
      'Org type',
      'enumeration',
      'select',
      [
        ['governing_body_league', 'Governing body / league'],
        ['content_producer', 'Content producer'],
        ['broadcaster', 'Broadcaster'],
        ['individual_club_team', 'Club or team'],
        ['regulator', 'Regulator'],
        ['gambling_operator', 'Gambling operator'],
        ['hardware_vendor', 'Hardware vendor'],
        ['other', 'Other'],
        ['unknown', 'Unknown'],
      ],
      custom,
    ),
    companyProperty('lv_revenue_band', 'Revenue band', 'string', 'text', [], custom),
    companyProperty('lv_country_region_normalized', 'Country/Region (normalized)', 'string', 'text', [], custom),
    companyProperty('lv_produces_content', 'Produces content', 'bool', 'booleancheckbox', yesNo, custom),
    companyProperty('lv_is_gambling_operator', 'Is a gambling operator', 'bool', 'booleancheckbox', yesNo, custom),
    score('org_type_score', 'Org type score'),
    score('annual_revenue_score', 'Annual revenue score'),
    score('geography_score', 'Geography score'),
    score('produces_content_score', 'Produces content score'),
    score('gambling_score', 'Gambling score'),
  ];
}

const PROGRAMAS = [
  'Habilidades para la Gestión de Equipos',
  'Comunicación Efectiva y Gestión del Talento',
  'Modelo de Negocios Digitales y Business Intelligence',
  'liderazgo_y_felicidad_organizacional',
  'Diplomado Habilidades para la Gestión de Equipos',
  'Comunicación Efectiva y Gestión de Equipos de Alto Rendimiento',
  'Diplomado Gestión Felicidad y Bienestar Organizacional',
  'liderazgo_y_transformacion_digital',
  'Liderazgo y Comunicación Efectiva',
  'Diplomado Marketing Digital y Analítica',
  'Marketing Digital y Business Model',
  'Marketing Digital y Ecommerce',
  'Gestión del Cambio y Negociación de Conflictos',
  'Gestión de Talento y Negociación de Conflictos',
  'Felicidad Organizacional y Gestion de Equipos de Alto Rendimiento',
  'Liderazgo y Gestión del Talento',
  'Diplomado Liderazgo y Gestión del Talento',
  'Felicidad y Desarrollo Organizacional',
  'Diplomado en Marketing Digital y Ecommerce',
  'Inteligencia Emocional y Coaching',
  'Diplomado Inteligencia Emocional & Coaching',
  'Modelo de Negocios y Transformación Digital',
  'Felicidad Organizacional e Inteligencia Emocional',
  'Liderazgo y Negociación de Conflictos',
];
const CURSOS = [
  'Gestión del Talento',
  'Transformación Digital',
  'Desarrollo Organizacional y Gestión del Cambio',
  'Gestión de Personas',
  'Negocios e-commerce',
  'Digital Business Model',
  'Comunicación Efectiva',
  'Liderazgo en la era digital',
  'Felicidad y Bienestar Organizacional',
  'Negociación y Resolución de Conflictos',
  'Gestión de Equipos de Alto Rendimiento',
  'Marketing Digital',
];
const NIVELES = [
  'Secundaria Completa',
  'Técnico',
  'Carrera Universitaria',
  'Grado Bachiller',
  'Titulado',
  'Títulado',
  'Titulo Profesional',
  'Postgrado',
  'Magister',
  'Maestría',
  'Doctorado',
];

/** Contact properties of the UDEP flows, and the ones the hand-written flows beside them use. */
function contactProperties(): HsProperty[] {
  // UDEP's labels are the portal's guesses from the internal names (the recordings do not carry labels).
  const udep = (name: string, label: string, type: string, fieldType: string, options: string[] = []) => property(name, label, type, fieldType, asOptions(options), custom);
  return [
    property('firstname', 'First Name', 'string', 'text'),
    property('lastname', 'Last Name', 'string', 'text'),
    property('email', 'Email', 'string', 'text'),
    property('phone', 'Phone Number', 'string', 'phonenumber'),
    property('hs_object_id', 'Record ID', 'number', 'number'),
    property('hs_email_domain', 'Email Domain', 'string', 'text'),
    udep('programas_piura__udn_udep_', 'Programas Piura (UDN UDEP)', 'enumeration', 'select', PROGRAMAS),
    udep('programa_mas_recientemente_solicitado', 'Programa más recientemente solicitado', 'string', 'text'),
    udep('cursos_piura__udn_udep_', 'Cursos Piura (UDN UDEP)', 'enumeration', 'select', CURSOS),
    udep('nivel_de_estudios__udn_udep_', 'Nivel de estudios (UDN UDEP)', 'enumeration', 'select', NIVELES),
    udep('tienes_estudios_tcnicos_o_universitarios', '¿Tienes estudios técnicos o universitarios?', 'string', 'text'),
    udep('equipos_por_nivel_de_estudios__udn_udep_', 'Equipo por nivel de estudios (UDN UDEP)', 'enumeration', 'select', [
      'Equipo Perú',
      'Equipo Ecuador',
      'Equipo Diplomados',
      'No Aplica a Equipo',
    ]),
    udep('facultades_piura__udn_udep_', 'Facultades Piura (UDN UDEP)', 'string', 'text'),
    udep('pais_lead', 'País del lead', 'enumeration', 'select', ['Perú', 'Ecuador']),
    udep('estatus_de_gestion', 'Estatus de gestión', 'enumeration', 'select', ['Nuevo', 'Volver a llamar - Prioritario', 'Matriculado']),
    property(
      SENSITIVE_PROPERTY,
      'Health plan eligibility',
      'enumeration',
      'select',
      [
        ['yes', 'Eligible'],
        ['no', 'Not eligible'],
      ],
      { ...custom, dataSensitivity: 'sensitive' },
    ),
  ];
}

/** The custom object of the hand-written custom-object flows (CUSTOM_OBJECT_TYPES.webinarRegistrations, portal/data/object-schemas.ts). */
function webinarRegistrationProperties(): HsProperty[] {
  return [
    {
      ...property(
        'registration_status',
        'Registration status',
        'enumeration',
        'select',
        [
          ['registered', 'Registered'],
          ['checked_in', 'Checked in'],
          ['followed_up', 'Followed up'],
        ],
        custom,
      ),
      groupName: 'webinar_registration_information',
    },
  ];
}

/** UDEP's owners (owner ids set by 0-5) and users (user ids notified by 0-8); names are the portal's. */
function owners(at: string): HsOwner[] {
  return [
    owner('30630770', 7078555, 'Rosa', 'Quispe', 'admisiones.piura@udep-demo.example', at),
    owner('82923019', 51298145, 'Diego', 'Chávez', 'diplomados.piura@udep-demo.example', at),
    owner('91200431', 78920322, 'Lucía', 'Paredes', 'ecuador@udep-demo.example', at),
  ];
}

const FORM_GROUPS: [prefix: string, ids: string[]][] = [
  [
    'Cursos Piura',
    [
      'b92183d3-4a82-42a8-be63-805d1204e40a',
      'f828a14e-d122-4982-91c5-0f956c00617c',
      '15d754d4-fdd9-4642-a74c-320cc680b827',
      '51477554-b683-4fb1-99c3-9b063b68c3a3',
      '00b12055-381c-43f6-9dc1-45372becccd8',
      '9f65c28f-29a0-460f-ae02-6310b6f3a981',
      'd6c333ed-17db-4e16-8afa-d87ef1b4eb49',
      '84e5b722-e953-4dc9-a199-61f96667f10e',
      '89781058-251b-4213-9673-08605ddc1b93',
      '1b6423ef-c848-45a0-b846-606cbb9842fb',
      '179df4f7-4389-45b3-9550-8cf9d6ac1c09',
      '3727950a-ecce-48ee-b75e-b3c46cc54c7a',
      '0a25bf0d-06d8-4722-8735-18cd0078c725',
      '294bab20-eebc-43aa-bdc6-b9aff0882c40',
      'c1438a54-76d7-4155-8ec0-28d6c65e24fb',
      '47578cfa-f426-4fc3-a358-e880a8ad121e',
      '66f1f7d0-79f6-4ef5-8796-4d0e41e3db89',
      'b6e43bcf-a7cc-4b9e-ae6c-1087963599b3',
      'a44b1d7f-6c25-4797-a134-6e4581722480',
    ],
  ],
  [
    'Cluster Marketing Digital',
    [
      'a3036f7d-f5ee-4ef2-ae46-2cd51c248a2f',
      'f49da541-6cda-489e-98cf-985b7b3dc1b8',
      '75bb8af9-e5bf-4a1c-a8d6-a733bc89f8c9',
      'ebb02274-a2cf-4ea4-87a3-a6c5203fe0c0',
      'cd64140f-f93d-4265-8222-426ad8dfc3d8',
      '44b5cfd2-f9b1-4927-bd5b-9b9c8c5d5371',
      '243be113-191b-4e14-92a7-1636105d46f4',
    ],
  ],
  [
    'Cluster Emprendimiento',
    [
      '6000e13b-623c-4ef2-8046-4897f43803f6',
      '0ec1253b-1715-4d5e-9e9c-0840a7e1c703',
      '9359c5fb-9bf0-49ff-8048-d44d56eddeb1',
      '5878cd5d-839e-4146-bc79-725360097a74',
      'b8164bf0-4166-46aa-8760-5cb87ebd8888',
    ],
  ],
  [
    'Diplomados Piura',
    [
      'bef4306e-9106-4ad8-920f-c01e63c7726e',
      '74f59f7e-d2cd-40ad-911b-face84652266',
      'c86ebf10-b97f-49a4-98ca-c16c183462ad',
      '0ce67a0b-b785-4f54-b09f-0016e2f3a4d2',
      '36b4d47d-ccc6-4c5f-add9-b6477706ad65',
    ],
  ],
];

function forms(at: string): HsForm[] {
  return FORM_GROUPS.flatMap(([prefix, ids]) => ids.map((id, i) => form(id, `${prefix} – formulario ${i + 1}`, at)));
}

export interface RecordedNames {
  properties: Record<string, HsProperty[]>;
  owners: HsOwner[];
  forms: HsForm[];
  marketingEmails: ReturnType<typeof email>[];
  associationLabels: Record<string, HsAssociationLabel[]>;
}

export function recordedNames(at: string): RecordedNames {
  return {
    properties: { '0-1': contactProperties(), '0-2': companyProperties(), [CUSTOM_OBJECT_TYPES.webinarRegistrations]: webinarRegistrationProperties() },
    owners: owners(at),
    forms: forms(at),
    marketingEmails: [email('190497954174', 'Bienvenida Programas Piura', 'Gracias por tu interés en UDEP Piura', at)],
    // The recorded 0-3 (create task) associates the task with the enrolled contact by type 204 (task → contact, HubSpot-defined).
    associationLabels: { '0-27:0-1': [{ category: 'HUBSPOT_DEFINED', typeId: 204, label: undefined, fromObjectTypeId: '0-27', toObjectTypeId: '0-1' }] },
  };
}
