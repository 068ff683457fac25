/**
 * Named fixture ids of the emulated portal. Other engineers' tests import FIXTURES (through
 * portal/fixtures.ts): keep the names and ids stable.
 */
export const FIXTURES = {
  portalId: 24_681_357,
  users: {
    /** paid seat, 2 connected inboxes (own + shared alias) */
    rep: {
      userId: '2620022',
      email: 'melinda.nelson@acme-demo.com',
      firstName: 'Melinda',
      lastName: 'Nelson',
      alias: 'sales@acme-demo.com',
    },
    /** paid seat, no connected inbox */
    repNoInbox: { userId: '2620023', email: 'noah.inbox@acme-demo.com', firstName: 'Noah', lastName: 'Inbox' },
    /** connected inbox, no paid seat */
    repNoSeat: { userId: '2620024', email: 'sam.seatless@acme-demo.com', firstName: 'Sam', lastName: 'Seatless' },
  },
  contacts: {
    /** actively enrolled in sequences.simpleCall by rep, 3 days ago */
    enrolled: '1001',
    notEnrolled: '1002',
    /** no email address */
    noEmail: '1003',
    /** hs_email_optout = true */
    optedOut: '1004',
    /** hs_email_hard_bounce_reason_enum set */
    bounced: '1005',
    /** in 3 legacy workflows: welcome, leadScoring, classicRotation (the last has NO v4 mapping) */
    inWorkflows: '1006',
    inNoWorkflows: '1007',
    /** in the recorded UDEP flows asignacionLeads and definicionNivelEstudios (legacy recordedAsignacionLeads, recordedNivelEstudios) */
    inRecordedWorkflows: '1008',
    /** in the hand-written flow that reads sensitive data (flows.sensitiveHealth) */
    inSensitiveWorkflow: '1009',
  },
  sequences: {
    /** from seed 004 "Melinda's simple call sequence": CALL/EMAIL tasks, FINISH_ENROLLMENT, TASK_COMPLETION deps */
    simpleCall: '123456789',
    /** emails with threadEmailToStepOrder, delays 0 / 1 day / 3 days, TODO task with HTML notes, LinkedIn task */
    outboundProspecting: '200000001',
    inboundFollowUp: '200000002',
    renewalReminder: '200000003',
    webinarFollowUp: '200000004',
    reEngagement: '200000005',
    /** owned by repNoSeat */
    partnerIntro: '200000006',
  },
  flows: {
    /** seed 000 (POST example), contact, create ticket + delay + marketing email */
    seedFormTicket: '585051001',
    /** seed 000 GET example */
    seedFormSubmission: '12345678',
    /** seed 000 PUT example */
    seedContactUs: '1734596242',
    /** seed 003 13.1 */
    seedLeadNurturing: '585051946',
    /** seed 003 13.2 (deal-based PLATFORM_FLOW) */
    seedDealStage: '585051947',
    welcome: '600000001',
    leadScoring: '600000002',
    listRouting: '600000003',
    abNurture: '600000004',
    customCode: '600000005',
    webhook: '600000006',
    enrollInSequence: '600000007',
    dealWon: '600000008',
    disabled: '600000009',
    /** contact-based, mapped: "Unenroll from sequence" (0-4702372) then a property update */
    stopSequences: '600000010',
    /** a contact flow whose branch reads a sensitive-data property: v4 withholds it without crm.objects.contacts.sensitive.read */
    sensitiveHealth: '600000011',
    /** hand-written targets of recorded "Enroll in workflow" (0-15) steps whose own flows were not recorded (contact flows) */
    udepEquipoEcuador: '1631989399',
    udepSeguimientoDiplomados: '1741893789',
    /** hand-written company flow: its 0-15 steps chain into recorded company flows */
    companyRescore: '600000012',
    /** hand-written custom-object flows (no recording has one): 2-34637667 "Webinar registrations", one chaining into the other */
    webinarCheckIn: '600000013',
    webinarFollowUp: '600000014',
  },
  /** Recorded v4 flows (portal/data/recorded-flows.ts): company flows from AusGTM, contact flows from UDEP. */
  recordedFlows: {
    setIcpTier: '4625147345',
    orgTypeScore: '4626124224',
    annualRevenueScore: '4626722237',
    geographyScore: '4626722240',
    producesContentScore: '4634822079',
    gamblingScore: '4634822085',
    activadorCursos: '1631969831',
    definicionNivelEstudios: '1631981736',
    activadorClusterMarketing: '1631988744',
    asignacionLeads: '1631990199',
    activadorClusterEmprendimiento: '1645743473',
    activadorDiplomados: '1854523916',
  },
  /** legacy v2 workflow ids */
  legacyWorkflows: {
    welcome: 11000001,
    leadScoring: 11000002,
    enrollInSequence: 11000003,
    /** NO v4 mapping */
    classicRotation: 11000004,
    /** disabled (v4 flows.disabled): v2 enrollment answers 400 */
    disabled: 11000005,
    seedFormSubmission: 11000006,
    stopSequences: 11000007,
    /** the hand-written sensitive-data flow's legacy id */
    sensitiveHealth: 11000008,
    /**
     * Legacy ids of the contact-based recorded flows (and the hand-written 0-15 targets). The recordings carry
     * no legacy ids: these are the portal's, in the 8-digit range of the recorded v3 item (40032127).
     */
    recordedActivadorCursos: 42000001,
    recordedNivelEstudios: 42000002,
    recordedActivadorMarketing: 42000003,
    recordedAsignacionLeads: 42000004,
    recordedActivadorEmprendimiento: 42000005,
    recordedActivadorDiplomados: 42000006,
    udepEquipoEcuador: 42000007,
    udepSeguimientoDiplomados: 42000008,
  },

  /** workflowId known to nobody, flowId known to nobody */
  unknown: { contactId: '999999', sequenceId: '999999999', flowId: '999999999', workflowId: 99999999 },
} as const;
