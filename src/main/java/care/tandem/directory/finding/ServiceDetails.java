package care.tandem.directory.finding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything a person needs to make contact with a service, as stored: who runs it, what it offers,
 * how to reach it, where and when, what it costs, who it is for and how to use it.
 */
public record ServiceDetails(
    UUID id,
    String name,
    String organisation,
    String description,
    String status,
    @Nullable String alert,
    List<Phone> phones,
    @Nullable String email,
    @Nullable String website,
    List<List<String>> addresses,
    List<String> openingTimes,
    List<String> costs,
    @Nullable String fees,
    @Nullable Integer minimumAge,
    @Nullable Integer maximumAge,
    List<String> languages,
    List<DirectoryTerm> terms,
    LocalDate verifiedOn) {

  /** A phone number with what it is for ("Text only", "Helpline"), if given. */
  public record Phone(String number, @Nullable String description) {}

  public boolean free() {
    return costs.isEmpty();
  }

  public boolean temporarilyClosed() {
    return status.equals("temporarily closed");
  }

  /** Inactive or defunct: no longer running. */
  public boolean closed() {
    return status.equals("inactive") || status.equals("defunct");
  }

  public List<DirectoryTerm> termsOf(DirectoryTerm.Kind kind) {
    return terms.stream().filter(term -> term.kind() == kind).toList();
  }
}
