import type { KeyNumber } from '../../terminology/types';
import type { Figure, FigureKind } from './figures';

/** Days per key-number time unit, as [shortest, longest]: a month is 28 to 31 days. */
const UNIT_DAYS: Record<string, [number, number]> = { days: [1, 1], weeks: [7, 7], months: [28, 31], years: [365, 366] };

/** The figure kind a key number's unit can be compared with. */
export function kindOf(unit: KeyNumber['unit']): FigureKind | undefined {
  if (unit === 'per-100000-per-year' || unit === 'per-100000') return 'rate';
  if (unit === 'percent') return 'percent';
  return unit in UNIT_DAYS ? 'duration' : undefined;
}

/**
 * The accepted interval of a key number in the figure's units (days for durations). A number with
 * `bound: at-least` accepts anything from `min` up; `at-most` anything up to `max`.
 */
export function accepted(number: KeyNumber): { low: number; high: number } {
  const days = UNIT_DAYS[number.unit];
  let low = days ? number.min * days[0] : number.min;
  let high = days ? number.max * days[1] : number.max;
  const bound = (number as { bound?: unknown }).bound;
  if (bound === 'at-least') high = Infinity;
  if (bound === 'at-most') low = -Infinity;
  return { low, high };
}

/**
 * How far past the accepted interval a figure may lie, as a share of the nearer bound, and still be
 * read as near rather than contradicting: sources differ a little ("70%" where one review gives 75%
 * to 85%), so a figure that close asks for a source instead of being called wrong.
 */
const NEAR = 0.2;

/** True when the stated figure lies wholly outside the accepted interval, and not just past one end of it; an overlap is accepted. */
export function outOfRange(figure: Figure, number: KeyNumber): boolean {
  const { low, high } = accepted(number);
  const slack = 1e-9;
  return figure.high < low * (1 - NEAR) - slack || figure.low > high * (1 + NEAR) + slack;
}

/** "1 to 4", "8 or more", "up to 28", "4% to 15%" for a message. */
export function rangeText(number: KeyNumber): string {
  const bound = (number as { bound?: unknown }).bound;
  const sign = number.unit === 'percent' ? '%' : '';
  if (bound === 'at-least') return `${number.min}${sign} or more`;
  if (bound === 'at-most' || number.min === 0) return `up to ${number.max}${sign}`;
  return number.min === number.max ? `${number.min}${sign}` : `${number.min}${sign} to ${number.max}${sign}`;
}
