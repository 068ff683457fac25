import { Button, ErrorState, Flex, Text } from '@hubspot/ui-extensions';
import type { FunctionError } from '../../../../server/contract';

/** " (Support reference: <correlation id>)" after an error's sentence, unless the sentence already quotes it. */
export function supportReference(error: FunctionError): string {
  return error.correlationId && !error.message.includes(error.correlationId) ? ` (Support reference: ${error.correlationId})` : '';
}

/**
 * The standard error view: a sentence to act on, the correlation id in small print for support, and
 * "Try again" only when the error says trying again can help (`retryable`).
 */
export function FunctionErrorView({ title, error, onRetry }: { title: string; error: FunctionError; onRetry?: () => void }) {
  return (
    <ErrorState title={title}>
      <Text>{error.message}</Text>
      {error.correlationId ? <Text variant="microcopy">Support reference: {error.correlationId}</Text> : null}
      {onRetry && error.retryable ? (
        <Flex>
          <Button onClick={onRetry} testId="retry">
            Try again
          </Button>
        </Flex>
      ) : null}
    </ErrorState>
  );
}
