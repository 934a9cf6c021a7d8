package care.tandem.fhir.web;

import care.tandem.system.components.Choice;
import care.tandem.system.components.SummaryListRow;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** View models for the connected systems pages. */
public final class FhirClientPages {

  private FhirClientPages() {}

  /** {@code oldStyleWarning} names the day old-style tokens end, when any active system has one. */
  public record ListPage(
      List<Row> clients, @Nullable String notice, @Nullable String oldStyleWarning) {}

  /**
   * One system; {@code revokeHref} is null once it is revoked; {@code oldStyle} warns that it still
   * uses an old-style token, and until when.
   */
  public record Row(
      String name,
      String href,
      String organisation,
      String registered,
      boolean active,
      @Nullable String revokedOn,
      @Nullable String revokeHref,
      @Nullable String oldStyle) {}

  public record FormPage(FormView form, List<Choice> organisations, List<Choice> scopes) {}

  /** One system's settings: what its developers need to connect it. */
  public record ClientPage(
      String name,
      List<SummaryListRow> details,
      @Nullable String notice,
      @Nullable String oldStyle,
      @Nullable String revokeHref) {}

  public record RevokePage(String name, String organisation, String action) {}
}
