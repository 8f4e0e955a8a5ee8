/**
 * The contract between the IDE page the server renders and the browser bundle:
 * the server writes this object as JSON into a non-executable
 * `<script type="application/json">` element, so the strict CSP (no inline
 * scripts) still lets the bundle read runtime settings such as the endpoint.
 */

/** Runtime settings the browser bundle reads from the page. */
export interface IdePageConfig {
  /** Path (or URL on the same origin) that GraphQL requests are POSTed to. */
  readonly endpoint: string;
  /** Shown in the IDE header and the document title. */
  readonly title: string;
}

/** Id of the `<script type="application/json">` element holding the config. */
export const CONFIG_ELEMENT_ID = 'ide-config';
