import Big from 'big.js';

/**
 * A number in the official style: fixed decimals rounded half up (exactly, on the decimal value), decimal comma,
 * and from 10 000 up a no-break space between thousands: 4.5 → «4,50», 97.125 → «97,13», 12500 → «12 500».
 */
export function formatDecimal(value: string | number, decimals: number): string {
  const fixed = new Big(value).round(decimals, Big.roundHalfUp).toFixed(decimals);
  const negative = fixed.startsWith('-');
  const [whole = '', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+$)/g, '\u00a0') : whole;
  const sign = negative && /[1-9]/.test(fixed) ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}
