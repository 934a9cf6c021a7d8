/**
 * Content written as Markdown files with YAML front matter (the guide, the principles): parsing,
 * safe rendering, and validation problems that name the file and field.
 */
@NullMarked
@NamedInterface("content")
package care.tandem.system.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
