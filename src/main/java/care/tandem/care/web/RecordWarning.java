package care.tandem.care.web;

import care.tandem.care.RecordAccess;
import gg.jte.Content;
import java.util.Optional;

/**
 * Something the viewer must see at the top of every page of a person's record, such as an open
 * safety alert. Another module renders its own warning; {@link RecordHeaders} puts each one above
 * the record's sections, so no record page can leave it out.
 */
public interface RecordWarning {

  /**
   * The warning for this viewer of the record, or empty.
   *
   * @param access the viewer's access to the record (already checked and audited)
   */
  Optional<Content> forRecord(RecordAccess access);
}
