/** The one sanitizer of quoted HubSpot messages: HubSpot's words, never a page, a trace or markup. */
import { errorFromResponse } from '../hubspot/errors';
import { toFunctionError } from './errors-to-result';
import { hubspotSaid } from './hubspot-said';

const say = (message: string) => hubspotSaid(errorFromResponse(400, { message }));

const HTML_AND_TRACE = [
  '<!DOCTYPE html><html><head><title>Error 400</title><style>body{color:red}</style><script>alert(1)</script></head>',
  '<body><h1>Bad Request</h1><p>Sender email is not connected &amp; cannot send</p><!-- host web-42 --></body></html>',
  'java.lang.IllegalStateException: Enrollment rejected by policy',
  '\tat com.hubspot.sequences.enroll.EnrollmentService.enroll(EnrollmentService.java:214)',
  '\tat com.hubspot.sequences.resources.EnrollmentResource.post(EnrollmentResource.java:88)',
  '\t... 42 more',
  'Caused by: java.lang.NullPointerException: null',
  '\tat com.hubspot.inbox.Connected.find(Connected.java:12)',
].join('\n');

describe('hubspotSaid', () => {
  it('an HTML page with a Java stack trace keeps only the words', () => {
    const text = say(HTML_AND_TRACE)!;
    expect(text).toBe('Bad Request Sender email is not connected & cannot send Enrollment rejected by policy');
    expect(text).not.toMatch(/[<>]|java\.|com\.hubspot|\.java:|alert|color:|web-42|more/);
  });

  it('a trace flattened onto one line, and encoded markup, are dropped too', () => {
    expect(say('Invalid sender at com.hubspot.X.y(X.java:1) at com.hubspot.Z.w(Z.java:2)')).toBe('Invalid sender');
    expect(say('&lt;b&gt;Invalid&lt;/b&gt; sender')).toBe('Invalid sender');
  });

  it("plain messages are kept as HubSpot wrote them (words, punctuation, '<' that is not a tag)", () => {
    expect(say("Contact is already enrolled in sequence 'Intro – 5 touches'.")).toBe("Contact is already enrolled in sequence 'Intro – 5 touches'.");
    expect(say('limit must be < 100')).toBe('limit must be < 100');
  });

  it('nothing left of the words: no quote at all', () => {
    expect(say('<html><body><div></div></body></html>')).toBeUndefined();
    expect(say('\tat com.hubspot.X.y(X.java:1)')).toBeUndefined();
  });

  it('the generic refusal of a 400 whose message is an HTML page quotes no markup and no trace', () => {
    const e = toFunctionError(errorFromResponse(400, { message: HTML_AND_TRACE, correlationId: 'c-html' }));
    expect(e).toMatchObject({ code: 'UNEXPECTED_RESPONSE', correlationId: 'c-html' });
    expect(e.message).toContain('Sender email is not connected');
    expect(e.message).not.toMatch(/<|java\.|\.java:/);
  });
});
