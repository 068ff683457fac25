/* Workbench demo app function (CommonJS, like a committed bundle): lists the acting user's sequences
 * from the emulated portal, using PRIVATE_APP_ACCESS_TOKEN and HUBSPOT_API_BASE_URL from the environment. */
'use strict';

exports.main = async (context = {}) => {
  const { userId = '', query = '' } = context.parameters || {};
  const base = process.env.HUBSPOT_API_BASE_URL || 'https://api.hubapi.com';
  const url = `${base}/automation/v4/sequences?userId=${encodeURIComponent(userId)}&limit=100`;
  let res;
  try {
    res = await fetch(url, { headers: { authorization: `Bearer ${process.env.PRIVATE_APP_ACCESS_TOKEN}` } });
  } catch (err) {
    return { ok: false, error: { code: 'HUBSPOT_UNAVAILABLE', message: `HubSpot could not be reached (${err.message}).`, retryable: true } };
  }
  if (!res.ok) {
    const body = await res.json().catch(() => ({}));
    const code = res.status === 429 ? 'RATE_LIMITED' : res.status >= 500 ? 'HUBSPOT_UNAVAILABLE' : 'UNEXPECTED_RESPONSE';
    return {
      ok: false,
      error: {
        code,
        message: `HubSpot answered HTTP ${res.status}${body.category ? ` (${body.category})` : ''}.`,
        correlationId: body.correlationId,
        retryable: res.status >= 429,
      },
    };
  }
  const body = await res.json();
  const q = String(query).trim().toLowerCase();
  const sequences = (body.results || []).filter((s) => !q || String(s.name).toLowerCase().includes(q)).map((s) => ({ id: String(s.id), name: s.name, updatedAt: s.updatedAt }));
  return { ok: true, data: { sequences, tokenSeen: Boolean(process.env.PRIVATE_APP_ACCESS_TOKEN), pid: process.pid } };
};
