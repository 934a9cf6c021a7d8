/**
 * Finding support in the directory: search by need, words, postcode and filters, the service page,
 * saved searches, the printable sheet to hand over, and the ONS postcode import behind postcode
 * search. The search criteria and results carry no web types, so the ORUK API can reuse them.
 */
@NullMarked
package care.tandem.directory.finding;

import org.jspecify.annotations.NullMarked;
