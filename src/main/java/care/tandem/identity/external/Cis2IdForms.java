package care.tandem.identity.external;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one identifier NHS CIS2 needs, as an admin sets it: a member of staff's CIS2 user id, or an
 * organisation's ODS code. Blank clears it.
 */
public final class Cis2IdForms {

  private Cis2IdForms() {}

  /** A CIS2 user id: digits only. */
  public record UserId(
      @Pattern(
              regexp = "^\\s*([0-9]{6,20})?\\s*$",
              message = "Enter the NHS CIS2 user ID as it is shown, using numbers only")
          @Nullable String value) {}

  /** An ODS code: letters and numbers. */
  public record OdsCode(
      @Pattern(
              regexp = "^\\s*([A-Za-z0-9]{3,10})?\\s*$",
              message = "Enter an ODS code of 3 to 10 letters and numbers, like RJE or M85001")
          @Nullable String value) {}
}
