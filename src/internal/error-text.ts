// Localized, readable messages for load errors and content issues (in the element's language).
import { msg, str } from '../localization.js';
import type { ContentIssue, LoadError } from '../content/load-error.js';
import type { QuickscanErrorDetail } from '../events.js';
import type { ResultProblem } from '../scoring/result-schema.js';

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
    case 'invalid_value':
    case 'invalid_union':
      return msg('ongeldige waarde');
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
        case 'unknown-statement':
          return msg(str`stelling „${issue.value ?? ''}” bestaat niet in deze quickscan`);
        case 'duplicate-answer':
          return msg(str`stelling „${issue.value ?? ''}” heeft meer dan één antwoord`);
        case 'off-scale':
          return msg(str`waarde ${issue.value ?? ''} past niet op de schaal van deze quickscan`);
        case 'missing-answers':
          return msg(str`geen antwoord op: ${issue.value ?? ''}`);
        case 'unknown-pillar':
          return msg(str`pijler „${issue.value ?? ''}” bestaat niet in deze quickscan`);
        case 'statement-pillar':
          return msg(str`stelling „${issue.value ?? ''}” hoort bij een andere pijler`);
        case 'too-many-measures':
          return msg('te veel maatregelen voor één pijler (maximaal 50)');
        case 'empty-text':
          return msg('een maatregel heeft een tekst nodig');
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

/** Why a result set by the host is not shown, in the element's language (kind "invalid"). */
export function resultErrorDetail(problem: ResultProblem): QuickscanErrorDetail {
  switch (problem.kind) {
    case 'format':
      return {
        kind: 'invalid',
        message: msg('Deze uitkomst kan niet worden getoond: het formaat klopt niet.'),
        issues: problem.issues.map((i) => ({ path: i.path, message: issueText(i) })),
      };
    case 'other-scan':
      return { kind: 'invalid', message: msg('Deze uitkomst hoort bij een andere quickscan.'), issues: [] };
    case 'other-version':
      return {
        kind: 'invalid',
        message: msg(str`Deze uitkomst hoort bij versie ${problem.version} van deze quickscan; hier staat versie ${problem.current}.`),
        issues: [],
      };
    case 'answers':
      return {
        kind: 'invalid',
        message: msg('De antwoorden in deze uitkomst passen niet bij deze quickscan.'),
        issues: problem.issues.map((i) => ({ path: i.path, message: issueText(i) })),
      };
    case 'plan':
      return {
        kind: 'invalid',
        message: msg('Dit plan van aanpak past niet bij deze quickscan en is niet overgenomen.'),
        issues: problem.issues.map((i) => ({ path: i.path, message: issueText(i) })),
      };
  }
}
