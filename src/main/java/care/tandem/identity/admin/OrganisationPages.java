package care.tandem.identity.admin;

import care.tandem.system.components.SummaryListRow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** View models for the organisation list and an organisation with its services. */
public final class OrganisationPages {

  private OrganisationPages() {}

  public record ListPage(List<Row> organisations, @Nullable String notice) {}

  public record Row(String name, String kind, String href) {}

  public record DetailPage(
      String name,
      List<SummaryListRow> details,
      String addServiceHref,
      List<Row> services,
      @Nullable String notice) {}
}
