import { hubspot } from '@hubspot/ui-extensions';
import { WorkflowsCardView } from './workflows/WorkflowsCardView';

// Parameters are strings or absent; absent keys are dropped when HubSpot serialises them to JSON.
// propertiesToSend: the contact's properties HubSpot reads at call time for the function.
hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => (
  <WorkflowsCardView
    context={context}
    actions={actions}
    runFunction={(uid, parameters, options) =>
      hubspot.serverless(uid, { parameters: parameters as Record<string, string>, ...(options?.propertiesToSend ? { propertiesToSend: options.propertiesToSend } : {}) })
    }
  />
));
