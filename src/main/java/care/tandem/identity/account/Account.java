package care.tandem.identity.account;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An account as the admin pages and the sign-in need it. The password hash never leaves here. */
public record Account(
    UUID id,
    String email,
    String displayName,
    Role role,
    @Nullable Discipline discipline,
    boolean active,
    boolean passwordMustChange,
    int version,
    Set<UUID> organisationIds,
    Set<UUID> serviceIds) {}
