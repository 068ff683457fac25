/* Workbench demo app function that throws: hubspot.serverless rejects in the card. */
'use strict';
exports.main = async (context = {}) => {
  throw new Error(`demo crash (parameters: ${JSON.stringify(context.parameters || {})})`);
};
