import { decodeSequence } from './decode';
import { templateLabel } from './step-summary';
import { fillTokens, missingProperties, personalizeSequence, sequenceTokenProperties, tokenProperties } from './tokens';
import type { Sequence } from '../hubspot/schemas';

const ada = { firstname: 'Ada', lastname: 'Lovelace', company: 'Analytical Engines', jobtitle: null, city: '' };

describe('fillTokens', () => {
  it('fills known contact tokens, with or without spaces inside the braces', () => {
    expect(fillTokens('Call {{contact.firstname}} about the intro email', ada)).toBe('Call Ada about the intro email');
    expect(fillTokens('Hi {{ contact.firstname }} {{  contact.lastname  }} at {{contact.company}}', ada)).toBe('Hi Ada Lovelace at Analytical Engines');
    expect(fillTokens('{{ contact.FirstName }}', ada)).toBe('Ada'); // HubSpot property names are lower case
  });
  it('leaves unknown tokens, and tokens whose property is empty or missing, exactly as written', () => {
    expect(fillTokens('Ask {{contact.favorite_color}}', ada)).toBe('Ask {{contact.favorite_color}}');
    expect(fillTokens('Title: {{ contact.jobtitle }}; city: {{contact.city}}', ada)).toBe('Title: {{ contact.jobtitle }}; city: {{contact.city}}');
    expect(fillTokens('Deal {{ deal.amount }} for {{ company.name }}', ada)).toBe('Deal {{ deal.amount }} for {{ company.name }}');
    expect(fillTokens('Broken {{contact.firstname', ada)).toBe('Broken {{contact.firstname');
  });
  it('uses HubL defaults (the default filter and personalization_token) only when the value is missing', () => {
    expect(fillTokens('Hi {{ contact.jobtitle|default("there") }}', ada)).toBe('Hi there');
    expect(fillTokens("Hi {{ contact.firstname | default('there') }}", ada)).toBe('Hi Ada');
    expect(fillTokens('Hi {{ personalization_token("contact.city", "friend") }}!', ada)).toBe('Hi friend!');
    expect(fillTokens("Hi {{ personalization_token('contact.firstname', 'friend') }}!", ada)).toBe('Hi Ada!');
    expect(fillTokens('Hi {{ personalization_token("contact.jobtitle") }}', ada)).toBe('Hi {{ personalization_token("contact.jobtitle") }}');
    expect(fillTokens('Hi{{ contact.city|default("") }}!', ada)).toBe('Hi!');
  });
  it('text without tokens comes back unchanged', () => {
    expect(fillTokens('Plain {braces} and }} {{', ada)).toBe('Plain {braces} and }} {{');
  });
});

describe('tokenProperties / missingProperties', () => {
  it('lists each property the tokens need once, lower-cased, in first-use order', () => {
    expect(
      tokenProperties([
        'Call {{contact.firstname}}',
        undefined,
        '{{ contact.Company }} {{contact.firstname}} {{ personalization_token("contact.hs_lead_status", "x") }} {{ deal.name }}',
      ]),
    ).toEqual(['firstname', 'company', 'hs_lead_status']);
    expect(tokenProperties([])).toEqual([]);
  });
  it('says which of them a contact read did not return', () => {
    expect(missingProperties(['firstname', 'hs_lead_status', 'jobtitle'], ada)).toEqual(['hs_lead_status']);
  });
});

describe('personalizeSequence', () => {
  const at = '2026-01-01T00:00:00Z';
  const seq: Sequence = {
    id: '1',
    name: 'S',
    userId: '2',
    createdAt: at,
    updatedAt: at,
    dependencies: [],
    steps: [
      {
        id: 'a',
        stepOrder: 0,
        delayMillis: 0,
        actionType: 'TASK',
        createdAt: at,
        updatedAt: at,
        taskPattern: {
          id: 't',
          taskType: 'CALL',
          taskPriority: 'HIGH',
          subject: 'Call {{contact.firstname}} about the intro email',
          notes: '<p>Ask {{ contact.firstname }} about {{contact.industry}}</p>',
          createdAt: at,
          updatedAt: at,
        },
      },
      { id: 'b', stepOrder: 1, delayMillis: 0, actionType: 'EMAIL', createdAt: at, updatedAt: at, emailPattern: { id: 'e', templateId: '91000001', createdAt: at, updatedAt: at } },
    ],
  };
  it('fills task subjects and notes, rebuilds the summary, and leaves other steps alone', () => {
    const decoded = decodeSequence(seq);
    expect(sequenceTokenProperties(decoded)).toEqual(['firstname', 'industry']);
    const d = personalizeSequence(decoded, ada);
    expect(d.steps[0].task).toMatchObject({ subject: 'Call Ada about the intro email', notes: 'Ask Ada about {{contact.industry}}' });
    expect(d.steps[0].summary).toBe('Call task: Call Ada about the intro email (High priority)');
    expect(d.steps[1]).toEqual(decoded.steps[1]);
    expect(decoded.steps[0].task?.subject).toBe('Call {{contact.firstname}} about the intro email'); // input not mutated
  });
});

describe('templateLabel', () => {
  it('is the name when known, else says it is an email template', () => {
    expect(templateLabel('91000001', 'Intro – short')).toBe('Intro – short');
    expect(templateLabel('91000001')).toBe('Email template 91000001');
    expect(templateLabel('91000001', '  ')).toBe('Email template 91000001');
    expect(templateLabel('91000001', null)).toBe('Email template 91000001');
  });
  it('is what the decoder puts on email steps', () => {
    expect(
      decodeSequence({
        id: '1',
        name: 'S',
        userId: '2',
        dependencies: [],
        steps: [{ id: 'b', stepOrder: 0, delayMillis: 0, actionType: 'EMAIL', emailPattern: { id: 'e', templateId: '91000001' } }],
      } as unknown as Sequence).steps[0].email?.templateLabel,
    ).toBe('Email template 91000001');
  });
});
