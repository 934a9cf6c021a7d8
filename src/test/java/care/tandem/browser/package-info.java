/**
 * Browser tests in headless Chromium: every page each role can reach is checked with axe-core, one
 * journey is made with the keyboard alone, and the site is used with JavaScript switched off.
 */
@NullMarked
package care.tandem.browser;

import org.jspecify.annotations.NullMarked;
