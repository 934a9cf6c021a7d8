package care.tandem.identity.sessions;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where the account is signed in, newest use first, this device first of all. */
public record SessionsPage(List<Row> sessions, boolean othersExist, @Nullable String notice) {

  /**
   * One session: what kind of device, the network address shortened, when it started and was used.
   */
  public record Row(
      String device, String address, String started, String lastUsed, boolean thisDevice) {}
}
