/**
 * Fills the build-time page template (src/ide/dist/index.html) with the
 * per-server settings, escaping each value for where it lands.
 */
import type { IdePageConfig } from './pageConfig.ts';

/** What the page template needs at request time. */
export interface PageValues extends IdePageConfig {
  /** Path prefix the hashed JS/CSS files are served under. */
  readonly assetBase: string;
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * JSON that is safe inside `<script type="application/json">`: escaping `<`
 * means no value can close the element (`</script>`) or open a comment.
 */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Renders the IDE page from the template written by scripts/build-ide.mjs. */
export function renderPage(template: string, values: PageValues): string {
  const config: IdePageConfig = { endpoint: values.endpoint, title: values.title };
  // Replacer functions, not strings, so a `$` in a value is never a pattern.
  return template
    .replaceAll('%%IDE_TITLE%%', () => escapeHtml(values.title))
    .replaceAll('%%IDE_ASSET_BASE%%', () => escapeHtml(values.assetBase))
    .replaceAll('%%IDE_CONFIG%%', () => scriptSafeJson(config));
}
