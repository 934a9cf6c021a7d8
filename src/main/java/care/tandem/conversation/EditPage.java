package care.tandem.conversation;

/** The page for changing your own message. */
public record EditPage(
    String personId,
    String personName,
    String href,
    String threadHref,
    String threadName,
    String postedAt,
    String text,
    int version) {}
