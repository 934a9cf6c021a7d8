/**
 * Learning: information early but never overwhelming. A library of short pieces for people and
 * staff (articles, videos with captions and transcripts, audio, printable leaflets, activities),
 * media stored by content hash, paced pathways a person moves through at their own speed, check-ins
 * and engagement the team can see (issue 14, docs/learning.md).
 *
 * <p>The public API is this package: {@link care.tandem.learning.Piece} and {@link
 * care.tandem.learning.Library} (the pieces, shipped and written in the app), and {@link
 * care.tandem.learning.media.MediaStore} (media by content hash).
 */
@NullMarked
package care.tandem.learning;

import org.jspecify.annotations.NullMarked;
