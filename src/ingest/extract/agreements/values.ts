/** Values of signed documents: US dollars only, as the text gives them. */

/** US dollars in "worth $X billion" or "a $X billion deal". */
export function valueIn(text: string): number | undefined {
  // Other dollars are no US dollars: "A$600m", "NZ$40 million", "HK$2bn"; "US$1.2 billion" and a bare "$" are.
  const m = /(?:(?<=\bUS)|(?<![A-Za-z]))\$\s?(\d+(?:[.,]\d+)?)\s*(trillion|billion|bn|million|mn|m)?\b/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', '.'));
  const unit = (m[2] ?? '').toLowerCase();
  const factor = unit === 'trillion' ? 1e12 : unit === 'billion' || unit === 'bn' ? 1e9 : unit === 'million' || unit === 'mn' || unit === 'm' ? 1e6 : 1;
  return Math.round(n * factor);
}
