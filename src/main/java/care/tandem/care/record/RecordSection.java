package care.tandem.care.record;

import care.tandem.care.RecordAccess;
import gg.jte.Content;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * A part of the record that another module keeps, such as the care plan or the conversation. The
 * record overview shows each module's section in its place, and the person's home page shows each
 * one in brief, lowest {@link #order} first. Each module renders its own section.
 */
@NamedInterface("record")
public interface RecordSection {

  /** What the care is (the plan): after "about me", before the person's details. */
  int CARE_ORDER = 100;

  /** Sections from here on come after the care team, such as the conversation. */
  int AFTER_TEAM_ORDER = 200;

  /** Where the section sits: lower first. */
  int order();

  /**
   * The section on the record overview, or empty.
   *
   * @param access the viewer's access to the record (already checked and audited)
   */
  Optional<Content> forRecord(RecordAccess access);

  /**
   * The section in brief on the person's own home page, or empty.
   *
   * @param access the person's access to their own record (already checked and audited)
   */
  default Optional<Content> forPersonHome(RecordAccess access) {
    return Optional.empty();
  }
}
