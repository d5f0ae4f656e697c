import Big from 'big.js';

export type Decimal = Big;

/** Exact decimal from a JSON number or a decimal string (JSON numbers are read through their shortest decimal form). */
export function toDecimal(value: number | string): Decimal {
  return new Big(value);
}

/** Rounds half up (away from zero at .5) to `places` decimals, as the methodology's tables expect. */
export function roundHalfUp(value: Decimal, places: number): Decimal {
  return value.round(places, Big.roundHalfUp);
}

export function meanOf(values: readonly Decimal[]): Decimal {
  const sum = values.reduce((total, value) => total.plus(value), new Big(0));
  return sum.div(values.length);
}

/** A decimal as a JSON number; exact for the two-decimal values the forms carry. */
export function toNumber(value: Decimal): number {
  return Number(value.toString());
}
