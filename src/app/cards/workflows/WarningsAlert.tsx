import { Alert, Flex, Text } from '@hubspot/ui-extensions';

/** get-workflow's warnings for this contact (what would go wrong if it ran for them), before any click. */
export function WarningsAlert({ warnings, title = 'Before you enroll this contact', testId = 'workflow-warnings' }: { warnings: string[]; title?: string; testId?: string }) {
  if (!warnings.length) return null;
  return (
    <Alert title={title} variant="warning" testId={testId}>
      <Flex direction="column" gap="xs">
        {warnings.map((w, i) => (
          <Text key={i} testId={`${testId}-${i}`}>
            {w}
          </Text>
        ))}
      </Flex>
    </Alert>
  );
}
