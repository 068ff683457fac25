import { Flex, Heading, StatusTag, Text } from '@hubspot/ui-extensions';
import type { CheckResult, TriggerCheck, TriggerCheckLine, TriggerCheckPart, TriggerVerdict } from '../../../../server/workflows/trigger-check/types';

const MARK: Record<CheckResult, string> = { met: '✓', 'not-met': '✗', unknown: '?' };
const TAG: Record<TriggerVerdict, { text: string; variant: 'success' | 'danger' | 'default' }> = {
  meets: { text: 'Meets the trigger', variant: 'success' },
  'does-not-meet': { text: "Doesn't meet the trigger", variant: 'danger' },
  'cannot-tell': { text: "Can't tell", variant: 'default' },
};
/** Indentation for nested groups: the card's Text has no margin of its own. */
const indent = (depth: number) => '\u00a0\u00a0\u00a0\u00a0'.repeat(depth);

/** The contact's value where the words do not already say it ("Country/Region is equal to Ireland (United Kingdom)"). */
export function valueShown(line: TriggerCheckLine): string | undefined {
  const v = line.contactValue;
  return v && !line.text.toLowerCase().includes(v.toLowerCase()) ? v : undefined;
}

/**
 * "Would this contact enroll?" (get-workflow's `triggerCheck`): the verdict in one line, then each criterion
 * of the trigger with ✓ / ✗ / ?, the contact's value where it differs, and why the app cannot tell where it
 * cannot. Re-enrollment the same way when it is on. Nothing when get-workflow sent no check.
 */
export function TriggerCheckSection({ check, testId = 'trigger-check' }: { check?: TriggerCheck; testId?: string }) {
  if (!check) return null;
  const tag = TAG[check.verdict];
  return (
    <Flex direction="column" gap="xs" testId={testId}>
      <Flex direction="row" gap="xs" align="center">
        <Heading>For {check.firstName ?? 'this contact'}</Heading>
        <StatusTag variant={tag.variant} testId={`${testId}-verdict`}>
          {tag.text}
        </StatusTag>
      </Flex>
      <CheckPart part={check} testId={testId} />
      {check.isMember ? (
        <Text variant="microcopy" testId={`${testId}-member`}>
          {check.firstName ?? 'This contact'} is already in this workflow.
        </Text>
      ) : null}
      {check.reEnrollment ? (
        <>
          <Text format={{ fontWeight: 'demibold' }}>Re-enrollment</Text>
          <CheckPart part={check.reEnrollment} testId={`${testId}-re-enrollment`} />
        </>
      ) : null}
    </Flex>
  );
}

function CheckPart({ part, testId }: { part: TriggerCheckPart; testId: string }) {
  return (
    <Flex direction="column" gap="flush" testId={`${testId}-part`}>
      <Text testId={`${testId}-summary`}>{part.summary}</Text>
      {part.lines.length > 1 || part.lines.some((l) => l.why) ? (
        <Flex direction="column" gap="flush" testId={`${testId}-lines`}>
          {part.lines.map((line, i) => (
            // A reason said on the line before is not repeated (ten form filters, one "does not read form submissions").
            <CheckLine key={i} line={line} showWhy={line.why !== undefined && line.why !== [...part.lines.slice(0, i)].reverse().find((l) => l.why)?.why} />
          ))}
        </Flex>
      ) : null}
    </Flex>
  );
}

function CheckLine({ line, showWhy }: { line: TriggerCheckLine; showWhy: boolean }) {
  const value = valueShown(line);
  return (
    <>
      <Text variant="microcopy">
        {indent(line.depth)}
        {MARK[line.result]} {line.text}
        {value ? ` (${value})` : ''}
      </Text>
      {showWhy ? (
        <Text variant="microcopy" format={{ italic: true }}>
          {indent(line.depth + 1)}
          {line.why}
        </Text>
      ) : null}
    </>
  );
}
