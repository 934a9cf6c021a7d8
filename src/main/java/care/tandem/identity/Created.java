package care.tandem.identity;

import java.util.UUID;

/**
 * The result of an idempotent create: the id of the thing, and whether this request made it or an
 * earlier submit of the same form already had.
 */
public record Created(UUID id, boolean isNew) {}
