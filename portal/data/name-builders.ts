/** Builders of the names data (portal/data/names.ts, recorded-names.ts): HubSpot's shapes with the fields it always returns. */
import type { HsForm, HsList, HsMarketingEmail, HsOwner, HsPipeline, HsProperty } from '../../server/hubspot/hubspot-types';

export function property(
  name: string,
  label: string,
  type: string,
  fieldType: string,
  options: [value: string, label: string][] = [],
  extra: Partial<HsProperty> = {},
): HsProperty {
  return {
    name,
    label,
    type,
    fieldType,
    description: '',
    groupName: extra.hubspotDefined === false ? 'custom_properties' : 'contactinformation',
    options: options.map(([value, optionLabel], i) => ({ value, label: optionLabel, displayOrder: i, hidden: false })),
    hubspotDefined: true,
    ...extra,
  };
}

export function pipeline(id: string, label: string, stages: [id: string, label: string][], at: string): HsPipeline {
  return {
    id,
    label,
    displayOrder: 0,
    archived: false,
    createdAt: at,
    updatedAt: at,
    stages: stages.map(([sid, sl], i) => ({
      id: sid,
      label: sl,
      displayOrder: i,
      archived: false,
      createdAt: at,
      updatedAt: at,
      metadata: {},
      writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
    })),
  };
}

export function owner(id: string, userId: number | undefined, firstName: string, lastName: string, email: string, at: string, teams: HsOwner['teams'] = []): HsOwner {
  return { id, userId, firstName, lastName, email, type: 'PERSON', archived: false, createdAt: at, updatedAt: at, teams };
}

export function list(listId: string, name: string): HsList {
  return { listId, name, objectTypeId: '0-1', listVersion: 3, processingStatus: 'COMPLETE', processingType: 'DYNAMIC' };
}

export function form(id: string, name: string, at: string): HsForm {
  return {
    id,
    name,
    formType: 'hubspot',
    archived: false,
    createdAt: at,
    updatedAt: at,
    fieldGroups: [{ groupType: 'default_group', richTextType: 'text', fields: [] }],
    legalConsentOptions: { type: 'none' },
    configuration: {
      language: 'en',
      cloneable: true,
      editable: true,
      archivable: true,
      recaptchaEnabled: false,
      notifyContactOwner: false,
      notifyRecipients: [],
      createNewContactForNewEmail: false,
      prePopulateKnownValues: true,
      allowLinkToResetKnownValues: false,
      lifecycleStages: [{ objectTypeId: '0-1', value: 'lead' }],
      postSubmitAction: { type: 'thank_you', value: 'Thanks, we will be in touch.' },
    },
    displayOptions: {
      renderRawHtml: false,
      theme: 'default_style',
      submitButtonText: 'Submit',
      style: {
        fontFamily: 'arial, helvetica, sans-serif',
        backgroundWidth: '100%',
        labelTextColor: '#33475b',
        labelTextSize: '14px',
        helpTextColor: '#7C98B6',
        helpTextSize: '11px',
        legalConsentTextColor: '#33475b',
        legalConsentTextSize: '14px',
        submitColor: '#ff7a59',
        submitAlignment: 'left',
        submitFontColor: '#ffffff',
        submitSize: '12px',
      },
    },
  };
}

export function email(id: string, name: string, subject: string, at: string): HsMarketingEmail {
  return { id, name, subject, isAb: false, isPublished: true, isTransactional: false, state: 'PUBLISHED', type: 'AUTOMATED_EMAIL', createdAt: at, updatedAt: at };
}
