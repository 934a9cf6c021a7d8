package care.tandem.care.carers;

import care.tandem.care.HelperPermission;
import care.tandem.care.carers.CarerInvitations.Invitation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How a carer invitation is read from and written to its table: rows, hashes and times. */
final class CarerInvitationRows {

  private CarerInvitationRows() {}

  static Invitation invitation(ResultSet rs, int row) throws SQLException {
    Set<HelperPermission> permissions = EnumSet.noneOf(HelperPermission.class);
    if (rs.getBoolean("may_read_plan")) {
      permissions.add(HelperPermission.READ_PLAN);
    }
    if (rs.getBoolean("may_converse")) {
      permissions.add(HelperPermission.CONVERSATION);
    }
    if (rs.getBoolean("may_see_results")) {
      permissions.add(HelperPermission.SEE_RESULTS);
    }
    if (rs.getBoolean("may_help_answer")) {
      permissions.add(HelperPermission.HELP_ANSWER);
    }
    return new Invitation(
        rs.getObject("id", UUID.class),
        rs.getObject("person_id", UUID.class),
        rs.getString("name"),
        rs.getString("relationship"),
        rs.getString("email"),
        permissions,
        rs.getObject("invited_by", UUID.class),
        rs.getObject("expires_at", OffsetDateTime.class).toInstant());
  }

  static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }

  static String codes(Set<HelperPermission> permissions) {
    return String.join(",", permissions.stream().map(Enum::name).sorted().toList());
  }

  static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
