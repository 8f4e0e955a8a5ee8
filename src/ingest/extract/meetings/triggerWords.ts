/**
 * The words that may state a meeting: verbs of meeting, visiting, hosting and
 * calling, and the nouns of talks, summits and calls.
 */

/** Words that state a meeting. Plural nouns ("visits", "meetings", "conversations") are generic and left out. */
export const TRIGGER =
  /\b(?:met|meet|meets|meeting|separate meetings|talks|summit|visit|visited|visiting|received|receives|receive|hosted|hosts|hosting|host|welcomed|welcome|greeted|(?:paid|pay|pays|paying) (?:a )?(?:courtesy )?call on|call(?:s|ed|ing)? on|sat down with|t[êe]te-[àa]-t[êe]te with|shook hands|(?:dinner|lunch|luncheon|breakfast|banquet|iftar) with|(?:dinner|lunch|luncheon|breakfast|banquet) (?:offered|hosted|given) by|(?:tele)?phone (?:call|conversation)|(?:spoke|spoken|speak|speaks|talked|talk) (?:(?:separately|again|also|briefly|twice|once) )?(?:by|on|on the|over the) (?:tele)?phone|(?:spoke|spoken|speak|speaks|talked) (?:with|to)|discussed|co-chair(?:s|ed|ing)?|(?<=\b(?:session|meeting|commission|council|cabinet)\b[^.;]{0,60}?)(?<!\b(?:will|would|shall|is|are) be )(?:chaired by|co-chairmanship of)|phoned|telephoned|video ?(?:call|conference|link)|videoconference)\b/gi;
/** TRIGGER without the global flag: a stateless `test` (a global regex keeps `lastIndex` between calls). */
export const TRIGGER_IN = new RegExp(TRIGGER.source, 'i');
