/**
 * get-workflow's `triggerCheck`: would this contact enroll? The trigger's own AND/OR structure, each
 * criterion met, not met, or unknown (with why), and the contact's value in words.
 * Cards import this file with `import type` only.
 */
export type CheckResult = 'met' | 'not-met' | 'unknown';
export type TriggerVerdict = 'meets' | 'does-not-meet' | 'cannot-tell';

export interface TriggerCheckLine {
  /** The criterion in the decoder's words (server/workflows/filters.ts), or a group's heading ("Any of:"). */
  text: string;
  result: CheckResult;
  /** Nesting under the group headings (0 = top). */
  depth: number;
  /** The contact's value in words ("Cork", "Jun 27, 2024", "no value", "in the list"). */
  contactValue?: string;
  /** Why the app cannot tell (for `unknown`), or what decided it when the words alone do not say. */
  why?: string;
}

export interface TriggerCheckPart {
  verdict: TriggerVerdict;
  /** One line: "Aoife meets the trigger: City is equal to Dublin ✓, Lifecycle stage is any of Lead ✓" (no closing period). */
  summary: string;
  lines: TriggerCheckLine[];
}

export interface TriggerCheck extends TriggerCheckPart {
  /** The contact's first name as HubSpot has it (absent when the contact has none): "For Aoife". */
  firstName?: string;
  /** The contact is in this workflow now (the card says so under the verdict). */
  isMember: boolean;
  /** Only when re-enrollment is on and the workflow has re-enrollment triggers. */
  reEnrollment?: TriggerCheckPart;
}
