/**
 * The one-line summary of a sequence step ("Call task: Call Ben (Low priority)", "Automated email: Intro")
 * and how it names an email template. Shared by the decoder (./decode.ts) and the template names
 * (./templates.ts), which rebuilds summaries once it knows the names.
 */
import type { SequenceStepView } from './types';

export function templateLabel(templateId: string, name?: string | null): string {
  const known = typeof name === 'string' ? name.trim() : '';
  return known || `Email template ${templateId}`;
}

export function summarise(v: SequenceStepView): string {
  if (v.kind === 'finish') return 'Finish sequence';
  const bits: string[] = [];
  if (v.task) {
    bits.push(v.task.subject ? `${v.kindLabel}: ${v.task.subject}` : v.kindLabel);
    if (v.task.priority && v.task.priority !== 'NONE') bits.push(`(${v.task.priorityLabel})`);
  } else if (v.email) {
    bits.push(`${v.kindLabel}: ${v.email.templateLabel ?? templateLabel(v.email.templateId)}`);
  } else {
    bits.push(v.kindLabel);
  }
  return bits.join(' ');
}
