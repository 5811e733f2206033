// Words of the plan view: measure statuses and why a change was refused (call inside the element's locale).
import { msg, str } from '../localization.js';
import type { PlanRefusal } from '../plan/plan.js';
import { PLAN_LIMITS, type MeasureStatus } from '../plan/plan-limits.js';

export function statusLabel(status: MeasureStatus): string {
  return status === 'open' ? msg('Open') : status === 'doing' ? msg('Bezig') : msg('Klaar');
}

export function refusalText(refusal: PlanRefusal): string {
    switch (refusal.reason) {
      case 'limit':
        return msg(str`Deze pijler heeft al ${PLAN_LIMITS.measuresPerPillar} maatregelen; meer kan niet.`);
      case 'invalid':
        return refusal.issues?.some((i) => i.path === 'due')
          ? msg('Deze datum bestaat niet.')
          : msg('Schrijf in een paar woorden wat de maatregel is.');
      default:
        return msg('Dat lukte niet; probeer het opnieuw.');
    }
  }
