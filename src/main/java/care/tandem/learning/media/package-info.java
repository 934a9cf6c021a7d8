/**
 * The media store: files kept once by the SHA-256 of their bytes in a folder under the data
 * directory, their type found from the bytes, served with range requests and long cache lifetimes,
 * and the library editors' page to add them (issue 14, docs/learning.md, "Media").
 */
@NullMarked
package care.tandem.learning.media;

import org.jspecify.annotations.NullMarked;
