package care.tandem.fhir.web;

import care.tandem.system.components.Choice;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** View models for the connected systems pages. */
public final class FhirClientPages {

  private FhirClientPages() {}

  public record ListPage(List<Row> clients, @Nullable String notice) {}

  /** One system; {@code revokeHref} is null once it is revoked. */
  public record Row(
      String name,
      String organisation,
      String registered,
      boolean active,
      @Nullable String revokedOn,
      @Nullable String revokeHref) {}

  public record FormPage(FormView form, List<Choice> organisations) {}

  /** Shown once, straight after registering: the only time anyone sees the token. */
  public record TokenPage(String name, String organisation, String token, String endpoint) {}

  public record RevokePage(String name, String organisation, String action) {}
}
