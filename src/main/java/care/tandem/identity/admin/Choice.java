package care.tandem.identity.admin;

/** One option of a radio or checkbox list: the value posted and the text shown. */
public record Choice(String value, String text) {}
