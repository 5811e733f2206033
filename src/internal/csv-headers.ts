// The CSV column headers both the result and the team download use (call inside the element's locale).
import { msg } from '../localization.js';

export function csvHeaders() {
  return { pillar: msg('Pijler'), statementId: msg('Stelling-id'), statement: msg('Stelling') };
}
