/**
 * How a step names its email template. Pure: the name comes from HubSpot's beta email-templates API
 * when the account grants `sales-templates-public-read` (that call is wired elsewhere); without it the
 * id is all the sequence says, so the label says what it is instead of a bare number.
 */
export function templateLabel(templateId: string, name?: string | null): string {
  const known = typeof name === 'string' ? name.trim() : '';
  return known || `Email template ${templateId}`;
}
