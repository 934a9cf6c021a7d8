package care.tandem.identity;

import java.util.UUID;

/** Who is making a change, as the audit log records them: the account id and its role. */
public record Actor(UUID accountId, String role) {}
