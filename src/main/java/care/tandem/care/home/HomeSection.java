package care.tandem.care.home;

import care.tandem.care.RecordAccess;
import gg.jte.Content;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A part of a home page that another module adds, such as questionnaires due or crisis support
 * after a worrying answer. Each module renders its own section; home pages show them above
 * everything else, lowest {@link #order} first.
 */
@NamedInterface("home")
public interface HomeSection {

  /** Crisis support goes first on a page, above anything else a section shows. */
  int CRISIS_ORDER = 0;

  /** Things that need doing soon: questionnaires due, alerts to acknowledge. */
  int TO_DO_ORDER = 100;

  /** Where the section sits: lower first. */
  int order();

  /**
   * The section on the person's own home page, or empty when there is nothing to show.
   *
   * @param access the person's access to their own record (already checked and audited)
   */
  default Optional<Content> forPerson(RecordAccess access) {
    return Optional.empty();
  }

  /**
   * The section on a practitioner's or service lead's home page, or empty.
   *
   * @param account the viewer's account id
   * @param serviceLead whether they are a service lead
   */
  default Optional<Content> forPractitioner(UUID account, boolean serviceLead) {
    return Optional.empty();
  }
}
