// Stable identifiers for exported items. Wire formats need a URI that stays
// the same across every version of a story, so receivers can replace an
// earlier copy rather than file a duplicate: the store's id already is that.

const NAMESPACE = 'urn:galley';

/** The article's URI: the NewsML guid, the NITF doc-id and the ninjs uri. */
export const articleUri = (articleId: string): string => `${NAMESPACE}:article:${articleId}`;

/** A speaker's URI: identifies the person a quote is attributed to across stories. */
export const speakerUri = (speakerId: string): string => `${NAMESPACE}:speaker:${speakerId}`;

/** The scheme part of speaker URIs, which NITF names as a person's idsrc. */
export const SPEAKER_SCHEME = `${NAMESPACE}:speaker`;
