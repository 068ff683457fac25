/** Mutable state of the emulated portal, with the indexes the endpoints need. */
import type { EnrollmentEvent, LegacyWorkflow, PortalContact, PortalData, PortalFlow, PortalSequence, PortalUser, SequenceEnrollment } from './types';

export class PortalState {
  data!: PortalData;
  enrollmentEvents: EnrollmentEvent[] = [];
  usersById = new Map<string, PortalUser>();
  contactsById = new Map<string, PortalContact>();
  contactsByEmail = new Map<string, PortalContact>();
  /** ordered by numeric id (stable paging) */
  sequenceList: PortalSequence[] = [];
  sequenceNamesLower: string[] = [];
  sequencesById = new Map<string, PortalSequence>();
  flowsById = new Map<string, PortalFlow>();
  legacyById = new Map<number, LegacyWorkflow>();
  legacyByFlowId = new Map<string, LegacyWorkflow>();
  /** contactId → workflowIds */
  membershipsByContact = new Map<string, Map<number, string>>();
  private nameFilterCache = new Map<string, PortalSequence[]>();
  private nextEnrollmentId = 78_000_000;

  constructor(private readonly initial: PortalData) {
    this.load(structuredClone(initial));
  }

  /** Back to the initial data; enrollment events cleared. */
  reset(): void {
    this.load(structuredClone(this.initial));
  }

  private load(data: PortalData): void {
    this.data = data;
    this.enrollmentEvents = [];
    this.nameFilterCache.clear();
    this.usersById = new Map(data.users.map((u) => [u.userId, u]));
    this.contactsById = new Map(data.contacts.map((c) => [c.id, c]));
    this.contactsByEmail = new Map();
    for (const c of data.contacts) {
      const e = c.properties.email;
      if (e) this.contactsByEmail.set(e.toLowerCase(), c);
    }
    this.sequenceList = [...data.sequences].sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id));
    this.sequenceNamesLower = this.sequenceList.map((s) => s.name.toLowerCase());
    this.sequencesById = new Map(data.sequences.map((s) => [s.id, s]));
    this.flowsById = new Map(data.flows.map((f) => [f.id, f]));
    this.legacyById = new Map(data.legacyWorkflows.map((w) => [w.workflowId, w]));
    this.legacyByFlowId = new Map();
    for (const w of data.legacyWorkflows) if (w.flowId) this.legacyByFlowId.set(w.flowId, w);
    this.membershipsByContact = new Map();
    for (const m of data.workflowMemberships) this.addMembership(m.contactId, m.workflowId, m.enrolledAt);
    this.nextEnrollmentId = 78_000_000 + data.sequenceEnrollments.length;
  }

  private addMembership(contactId: string, workflowId: number, at: string): void {
    let m = this.membershipsByContact.get(contactId);
    if (!m) this.membershipsByContact.set(contactId, (m = new Map()));
    m.set(workflowId, at);
  }

  /** Sequences whose name contains `name` (case-insensitive), cached per filter. */
  sequencesMatching(name: string | undefined): PortalSequence[] {
    if (!name) return this.sequenceList;
    const needle = name.toLowerCase();
    let hit = this.nameFilterCache.get(needle);
    if (!hit) {
      hit = [];
      const names = this.sequenceNamesLower;
      for (let i = 0; i < names.length; i++) if (names[i].includes(needle)) hit.push(this.sequenceList[i]);
      if (this.nameFilterCache.size > 500) this.nameFilterCache.clear();
      this.nameFilterCache.set(needle, hit);
    }
    return hit;
  }

  activeEnrollment(contactId: string): SequenceEnrollment | undefined {
    return this.data.sequenceEnrollments.find((e) => e.contactId === contactId && e.active);
  }

  enrollInSequence(contact: PortalContact, sequence: PortalSequence, user: PortalUser, senderEmail: string): SequenceEnrollment {
    const now = Date.now();
    const at = new Date(now).toISOString();
    const duplicate = this.data.sequenceEnrollments.some((e) => e.contactId === contact.id && e.sequenceId === sequence.id && e.active);
    const enrollment: SequenceEnrollment = {
      id: String(++this.nextEnrollmentId),
      contactId: contact.id,
      sequenceId: sequence.id,
      enrolledBy: user.userId,
      enrolledByEmail: user.email,
      toEmail: contact.properties.email ?? '',
      senderEmail,
      enrolledAt: at,
      updatedAt: at,
      active: true,
    };
    this.data.sequenceEnrollments.push(enrollment);
    const activeCount = this.data.sequenceEnrollments.filter((e) => e.contactId === contact.id && e.active).length;
    Object.assign(contact.properties, {
      hs_sequences_is_enrolled: 'true',
      hs_sequences_actively_enrolled_count: String(activeCount),
      hs_latest_sequence_enrolled: sequence.id,
      hs_latest_sequence_enrolled_date: at,
      lastmodifieddate: at,
    });
    contact.updatedAt = at;
    this.enrollmentEvents.push({ kind: 'sequence', contactId: contact.id, targetId: sequence.id, at: now, duplicate });
    return enrollment;
  }

  workflowIdsOf(contactId: string): number[] {
    return [...(this.membershipsByContact.get(contactId)?.keys() ?? [])];
  }

  /** Applies a v2 enrollment. Already a member: still recorded, as a duplicate event. */
  enrollInWorkflow(contact: PortalContact, workflow: LegacyWorkflow): { duplicate: boolean } {
    const now = Date.now();
    const duplicate = this.membershipsByContact.get(contact.id)?.has(workflow.workflowId) ?? false;
    if (!duplicate) {
      const at = new Date(now).toISOString();
      this.addMembership(contact.id, workflow.workflowId, at);
      this.data.workflowMemberships.push({ contactId: contact.id, workflowId: workflow.workflowId, enrolledAt: at });
    }
    this.enrollmentEvents.push({ kind: 'workflow', contactId: contact.id, targetId: String(workflow.workflowId), at: now, duplicate });
    return { duplicate };
  }

  unenrollFromWorkflow(contactId: string, workflowId: number): boolean {
    const had = this.membershipsByContact.get(contactId)?.delete(workflowId) ?? false;
    this.data.workflowMemberships = this.data.workflowMemberships.filter((m) => !(m.contactId === contactId && m.workflowId === workflowId));
    return had;
  }
}
