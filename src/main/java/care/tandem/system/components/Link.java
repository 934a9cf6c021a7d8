package care.tandem.system.components;

/** A link with its text, for breadcrumbs and other lists of links. */
public record Link(String text, String href) {}
