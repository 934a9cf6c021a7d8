package care.tandem.learning.library;

import org.springframework.stereotype.Component;

/**
 * A stand-in media store bean for the full tests until the media helper's store is merged. The lead
 * deletes it at merge; nothing else names it.
 */
@Component
public class LibraryTestMediaStore extends LibraryMediaInMemory {}
