/**
 * How a step names its email template. The name comes from HubSpot's beta email-templates API when
 * the account grants the optional scope `sales-templates-public-read`; without it (403), for a
 * template gone (404), or when the read fails, the label says what the id is: "Email template 91000001".
 * A name is never worth failing the card for.
 */
import { summarise, templateLabel } from './step-summary';
import type { HubSpotClient } from '../hubspot/types';
import type { SequenceDetails } from './types';

/** At most this many distinct templates are read for one sequence (keeps a long sequence inside the rate limit). */
export const MAX_TEMPLATE_READS = 20;

/** Distinct template ids of the steps, in step order. */
export function templateIds(details: SequenceDetails): string[] {
  return [...new Set(details.steps.flatMap((s) => (s.email ? [s.email.templateId] : [])))];
}

/** Names by template id: one read per distinct id, all in parallel; a failed read is just a missing name. */
export async function templateNames(hubspot: HubSpotClient, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await Promise.all(
    ids.slice(0, MAX_TEMPLATE_READS).map(async (templateId) => {
      try {
        const t = await hubspot.emailTemplates.get({ templateId });
        if (t?.name?.trim()) names.set(templateId, t.name.trim());
      } catch {
        // Unreadable, rate-limited, down: the id label stays.
      }
    }),
  );
  return names;
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
