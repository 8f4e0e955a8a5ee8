/**
 * Uncounted documents told by their fields: "signed memoranda of understanding on energy and agriculture" are one document per field.
 */

/** The fields after an uncounted plural: " of understanding in the fields of health and higher education". */
const FIELDS_AFTER = /^(?:\s+of\s+understanding)?\s+(?:on|in\s+the\s+(?:fields?|areas?|sectors?|domains?)\s+of)\s+([a-z][a-z\s,-]*?)\s*(?=[.;:]|,\s+(?:which|who|as|while|according|but|and\s+(?:the|a|an)\b)|\s+(?:during|in the presence of|after|before|following|witnessed)\b|$)/;

/** One field: one to three lower-case words, no determiner ("higher education", "agriculture"). */
const FIELD = /^(?!(?:the|a|an|their|its|other)\b)[a-z-]+(?:\s[a-z-]+){0,2}$/;

/**
 * The fields of an uncounted plural of documents, when the text after the
 * noun lists two to four of them ("on energy and agriculture", "in the fields
 * of health, culture and higher education"); undefined when it lists none or
 * anything else ("on the maintenance of peace along the border").
 */
export function fieldsListed(after: string): string[] | undefined {
  const m = FIELDS_AFTER.exec(after);
  if (!m) return undefined;
  const items = m[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim()).filter(Boolean);
  if (items.length < 2 || items.length > 4 || !items.every((x) => FIELD.test(x))) return undefined;
  return items;
}

/** The singular title of one document of a plural noun and its field: "memoranda" and "health" → "memorandum on health". */
export function fieldTitle(label: string, field: string): string {
  const one = label.replace(/treaties$/, 'treaty').replace(/memorand(?:a|ums)$/, 'memorandum').replace(/(?<!s)s$/, '');
  return `${one} on ${field}`;
}
