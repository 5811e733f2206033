// Localized, readable messages for load errors and content issues (in the element's language).
import { msg, str } from '../localization.js';
import type { ContentIssue, LoadError } from '../content/load.js';
import type { QuickscanErrorDetail } from '../events.js';

export function issueText(issue: ContentIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined'
        ? msg('verplicht')
        : msg(str`verwacht ${issue.expected}, maar kreeg ${issue.received}`);
    case 'too_small':
      return msg(str`te kort of te weinig (minimaal ${issue.minimum})`);
    case 'too_big':
      return msg(str`te lang of te veel (maximaal ${issue.maximum})`);
    case 'unrecognized_keys':
      return msg('onbekend veld');
    case 'invalid_format':
      return msg('ongeldige vorm');
    case 'custom':
      switch (issue.key) {
        case 'unsafe-url':
          return msg('alleen https:-, http:-, mailto:- of relatieve links zijn toegestaan');
        case 'duplicate-id':
          return msg(str`id „${issue.value ?? ''}” komt vaker voor; ids moeten uniek zijn`);
        case 'scale-order':
          return msg('de waarden van de schaal moeten oplopen');
        case 'band-start':
          return msg('de eerste band moet bij 0 beginnen');
        case 'band-order':
          return msg('de ondergrenzen van de banden moeten oplopen');
        case 'reserved-band':
          return msg('„insufficient” is gereserveerd voor te weinig antwoorden');
      }
      return issue.message;
    default:
      return issue.message;
  }
}

export function errorDetail(error: LoadError): QuickscanErrorDetail {
  const detail: QuickscanErrorDetail = { kind: error.kind, message: '' };
  switch (error.kind) {
    case 'network':
      detail.message = msg('De inhoud van de quickscan kon niet worden opgehaald. Controleer de verbinding en probeer het opnieuw.');
      break;
    case 'http':
      detail.message = msg(str`De server gaf een foutmelding (HTTP ${error.status ?? '?'}) bij het ophalen van de inhoud.`);
      detail.status = error.status;
      break;
    case 'parse':
      detail.message = msg('De inhoud is geen geldige JSON.');
      break;
    case 'invalid':
      detail.message = msg('De inhoud past niet in het formaat van de quickscan.');
      break;
  }
  detail.issues = error.issues.map((i) => ({ path: i.path, message: issueText(i) }));
  return detail;
}
