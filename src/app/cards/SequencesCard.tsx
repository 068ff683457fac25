import { hubspot } from '@hubspot/ui-extensions';
import { SequencesCardView } from './sequences/SequencesCardView';

// Parameters are strings or absent; absent keys are dropped when HubSpot serialises them to JSON.
hubspot.extend<'crm.record.sidebar'>(({ context, actions }) => (
  <SequencesCardView context={context} actions={actions} runFunction={(uid, parameters) => hubspot.serverless(uid, { parameters: parameters as Record<string, string> })} />
));
