/* Workbench demo app function that never answers in time: HubSpot (and the workbench) kill it at 15 s. */
'use strict';
exports.main = async () => {
  await new Promise((resolve) => setTimeout(resolve, 60_000));
  return { ok: true, data: 'too late' };
};
