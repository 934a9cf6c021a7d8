/**
 * What every care record page shares: the header naming the person, the record's sections, UK dates
 * and times, and reading our own hidden form fields. Other modules' record pages (questionnaires,
 * results) use them too, so every record page looks and reads the same.
 */
@NullMarked
@NamedInterface("web")
package care.tandem.care.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
