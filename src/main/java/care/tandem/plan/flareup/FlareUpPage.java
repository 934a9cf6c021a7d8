package care.tandem.plan.flareup;

import care.tandem.care.web.RecordHeader;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The flare-up plan for display: on its page, on the printable card, and beside an edit that found
 * the plan changed.
 *
 * @param versionLine "Version 2, saved on ..."; null before anyone has written it
 * @param editHref null when the viewer may not change the plan
 */
public record FlareUpPage(
    RecordHeader header,
    String personName,
    boolean forThePerson,
    List<Part> parts,
    boolean empty,
    @Nullable String versionLine,
    String href,
    @Nullable String editHref,
    String cardHref,
    String planHref) {

  /** One part: its heading and its items. */
  public record Part(String id, String heading, List<String> items) {}
}
