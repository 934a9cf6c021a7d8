package care.tandem.care.web;

import org.jspecify.annotations.Nullable;

/**
 * A care team member as pages show them: "Priya Shah", "Physiotherapist", "Riverside MSK Service,
 * Northfield NHS Foundation Trust", with when they joined and (if they have) left.
 */
public record MemberLine(
    String memberId,
    String accountId,
    String name,
    String teamRole,
    String represents,
    boolean lead,
    String joined,
    @Nullable String left) {}
