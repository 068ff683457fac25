/**
 * How a step names its email template. The name comes from HubSpot's beta email-templates API when
 * the account grants the optional scope `sales-templates-public-read` (read in template-names.ts); without
 * a name the label says what the id is: "Email template 91000001". A name is never worth failing the card for.
 */
import { summarise } from './decode';
import type { SequenceDetails } from './types';

export function templateLabel(templateId: string, name?: string | null): string {
  const known = typeof name === 'string' ? name.trim() : '';
  return known || `Email template ${templateId}`;
}

/** Distinct template ids of the steps, in step order. */
export function templateIds(details: SequenceDetails): string[] {
  return [...new Set(details.steps.flatMap((s) => (s.email ? [s.email.templateId] : [])))];
}

/** The steps with their templates' names (summaries rebuilt); ids without a name keep "Email template <id>". */
export function nameTemplates(details: SequenceDetails, names: Map<string, string>): SequenceDetails {
  if (!names.size) return details;
  const steps = details.steps.map((step) => {
    if (!step.email || !names.has(step.email.templateId)) return step;
    const out = { ...step, email: { ...step.email, templateLabel: templateLabel(step.email.templateId, names.get(step.email.templateId)) } };
    out.summary = summarise(out);
    return out;
  });
  return { ...details, steps };
}
