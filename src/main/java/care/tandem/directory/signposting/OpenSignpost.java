package care.tandem.directory.signposting;

/** A service the person was pointed to with no outcome yet, and where to say how it went. */
public record OpenSignpost(String serviceName, String href) {}
