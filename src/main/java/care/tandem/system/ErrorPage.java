package care.tandem.system;

import org.jspecify.annotations.Nullable;

/**
 * What an error page says, chosen by HTTP status alone: never the exception, its message or where
 * in the code it happened. A failure in Tandem also shows the reference it was logged under.
 */
public record ErrorPage(
    int status, Reason reason, @Nullable String reference, @Nullable Capability refused) {

  /** The kinds of error a person can meet, each with its own words in the template. */
  public enum Reason {
    BAD_REQUEST("Sorry, we could not understand your request"),
    FORBIDDEN("You do not have permission to see this page"),
    NOT_FOUND("Page not found"),
    METHOD_NOT_ALLOWED("Sorry, you cannot do that on this page"),
    TOO_LARGE("What you sent was too large"),
    SERVER_ERROR("Sorry, there is a problem with the service");

    private final String title;

    Reason(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  public String title() {
    return refused == null ? reason.title() : "You cannot do this";
  }

  /** Who can do what was refused, in words: "the person, a GP or a pain specialist". */
  public String whoCan() {
    return refused == null ? "" : refused.whoCan();
  }

  /** The 403 page for someone on the record without the capability: it says who can. */
  static ErrorPage refused(Capability capability) {
    return new ErrorPage(403, Reason.FORBIDDEN, null, capability);
  }

  static ErrorPage forStatus(int status) {
    return forStatus(status, null);
  }

  /** With the reference of a failure in Tandem, which the person can quote. */
  static ErrorPage forStatus(int status, @Nullable String reference) {
    Reason reason =
        switch (status) {
          case 401, 403 -> Reason.FORBIDDEN;
          case 404, 410 -> Reason.NOT_FOUND;
          case 405 -> Reason.METHOD_NOT_ALLOWED;
          case 413, 414, 431 -> Reason.TOO_LARGE;
          default -> status >= 400 && status < 500 ? Reason.BAD_REQUEST : Reason.SERVER_ERROR;
        };
    return new ErrorPage(status, reason, reference, null);
  }
}
