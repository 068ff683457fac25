import { Alert, Flex, Text } from '@hubspot/ui-extensions';

/** get-workflow's warnings for this contact (what would go wrong if it ran for them), before any click. */
export function WarningsAlert({ warnings, title = 'Before you enroll this contact' }: { warnings: string[]; title?: string }) {
  if (!warnings.length) return null;
  return (
    <Alert title={title} variant="warning" testId="workflow-warnings">
      <Flex direction="column" gap="xs">
        {warnings.map((w, i) => (
          <Text key={i} testId={`warning-${i}`}>
            {w}
          </Text>
        ))}
      </Flex>
    </Alert>
  );
}
