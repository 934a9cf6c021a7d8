package care.tandem.directory.finding;

import care.tandem.system.components.Link;
import care.tandem.system.components.SummaryListRow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service page (and one entry of the sheet to hand over), shaped for display: words, safe links
 * (only tel:, mailto: and http(s) addresses) and summary rows. Signposting figures are only set for
 * practitioners and service leads.
 */
public record ServiceView(
    String id,
    String name,
    String organisation,
    List<String> description,
    @Nullable String alert,
    @Nullable String statusNotice,
    List<Link> phones,
    @Nullable Link email,
    @Nullable Link website,
    List<List<String>> addresses,
    List<String> openingTimes,
    List<String> cost,
    String ages,
    List<String> languages,
    List<String> delivery,
    String referral,
    List<String> accessibility,
    String lastChecked,
    String reportHref,
    @Nullable String signpostHref,
    @Nullable String signpostedText,
    List<SummaryListRow> outcomes,
    @Nullable String addToMyPlanHref) {

  public boolean hasContact() {
    return !phones.isEmpty() || email != null || website != null;
  }
}
