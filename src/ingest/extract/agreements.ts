/**
 * Agreements stage: signings ("signed agreements Thursday on …", "signed a
 * strategic partnership treaty", "signed 11 agreements", "a security
 * agreement signed in 2001 and a general agreement signed in 1998", "the
 * agreement that Riyadh and Tehran signed", "signed about 260 cooperation
 * agreements in the last 18 years"), completed by later references ("the 17
 * agreements"). Parties are the countries that sign, never every country
 * named; totals over many years get a span and no date. The stage lives in
 * `agreements/`, one file for each thing it reads.
 */
export { extractAgreements } from './agreements/extract.ts';
