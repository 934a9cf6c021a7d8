/**
 * The library's leaflets on paper: each leaflet piece as a print-ready A4 PDF, in normal and large
 * print, made on the server from the piece's Markdown through an HTML template.
 */
@NullMarked
package care.tandem.learning.leaflets;

import org.jspecify.annotations.NullMarked;
