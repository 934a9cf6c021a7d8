package care.tandem.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What kind of device a session was signed in on, in a few words from its user agent ("Chrome on
 * Android"), and its network address with the last part hidden, kept in the session for the "your
 * sessions" page. Nothing more of the user agent or address is kept.
 */
public final class SessionDevice {

  /** The session attribute holding the description. */
  public static final String DESCRIPTION = "tandem.session.device";

  /** The session attribute holding the shortened network address. */
  public static final String ADDRESS = "tandem.session.address";

  private SessionDevice() {}

  static void note(HttpServletRequest request) {
    var session = request.getSession();
    session.setAttribute(DESCRIPTION, describe(request.getHeader("User-Agent")));
    session.setAttribute(ADDRESS, shortened(request.getRemoteAddr()));
  }

  /** "Firefox on Windows", "Safari on iPhone", or "Unknown browser" when the agent says nothing. */
  public static String describe(@Nullable String userAgent) {
    String agent = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
    String browser =
        agent.contains("edg/")
            ? "Edge"
            : agent.contains("firefox/")
                ? "Firefox"
                : agent.contains("chrome/") || agent.contains("chromium/")
                    ? "Chrome"
                    : agent.contains("safari/") ? "Safari" : "Unknown browser";
    String system =
        agent.contains("iphone")
            ? "iPhone"
            : agent.contains("ipad")
                ? "iPad"
                : agent.contains("android")
                    ? "Android"
                    : agent.contains("windows")
                        ? "Windows"
                        : agent.contains("mac os")
                            ? "Mac"
                            : agent.contains("linux") ? "Linux" : null;
    return system == null ? browser : browser + " on " + system;
  }

  /** An IPv4 address with its last number hidden (192.0.2.x); IPv6 cut to its first 3 groups. */
  public static String shortened(@Nullable String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    if (address.contains(":")) {
      String[] groups = address.split(":");
      return groups.length < 3 ? "unknown" : groups[0] + ":" + groups[1] + ":" + groups[2] + ":…";
    }
    int last = address.lastIndexOf('.');
    return last < 0 ? "unknown" : address.substring(0, last) + ".x";
  }
}
