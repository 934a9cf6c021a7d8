package care.tandem.identity.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The known-device cookie: for each account that has signed in on this browser (at most {@value
 * #MAX_ACCOUNTS}, newest first), the account id, a random device id, when it was issued and an
 * HMAC-SHA256 of those three with a server key. It holds no email address and signs nobody in: it
 * only lets a right password through while that account or this network address is being slowed.
 */
final class DeviceCookie {

  static final String NAME = "tandem-device";
  static final int MAX_ACCOUNTS = 5;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Pattern ENTRY =
      Pattern.compile("[0-9a-f-]{36}\\.[A-Za-z0-9_-]{22}\\.[0-9]{1,12}\\.[A-Za-z0-9_-]{43}");
  private static final int MAX_LENGTH = 2_000;

  /** One account this browser is known for. */
  record Device(UUID account, String id, Instant issued) {}

  private final byte[] key;
  private final Duration lifetime;

  DeviceCookie(byte[] key, Duration lifetime) {
    this.key = key.clone();
    this.lifetime = lifetime;
  }

  Duration lifetime() {
    return lifetime;
  }

  /** The entries of a cookie value whose signature is right and that have not expired. */
  List<Device> read(@Nullable String value, Instant now) {
    List<Device> devices = new ArrayList<>();
    if (value == null || value.length() > MAX_LENGTH) {
      return devices;
    }
    for (String entry : value.split("~")) {
      if (!ENTRY.matcher(entry).matches() || devices.size() == MAX_ACCOUNTS) {
        continue;
      }
      int lastDot = entry.lastIndexOf('.');
      String signed = entry.substring(0, lastDot);
      byte[] expected = mac(signed).getBytes(StandardCharsets.US_ASCII);
      byte[] given = entry.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
      if (!MessageDigest.isEqual(expected, given)) {
        continue;
      }
      String[] parts = signed.split("\\.");
      Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[2]));
      if (issued.plus(lifetime).isBefore(now) || issued.isAfter(now.plus(Duration.ofDays(1)))) {
        continue;
      }
      try {
        devices.add(new Device(UUID.fromString(parts[0]), parts[1], issued));
      } catch (IllegalArgumentException notAnId) {
        // signed by us, so never happens; skipped rather than trusted
      }
    }
    return devices;
  }

  /**
   * The cookie value after this account signed in now: its entry first (keeping its device id, so
   * its failures still count against it), then the others, at most {@value #MAX_ACCOUNTS}.
   */
  String with(List<Device> known, UUID account, Instant now) {
    String id =
        known.stream()
            .filter(device -> device.account().equals(account))
            .map(Device::id)
            .findFirst()
            .orElseGet(DeviceCookie::newId);
    List<String> entries = new ArrayList<>();
    entries.add(entry(new Device(account, id, now)));
    known.stream()
        .filter(device -> !device.account().equals(account))
        .limit(MAX_ACCOUNTS - 1L)
        .forEach(device -> entries.add(entry(device)));
    return String.join("~", entries);
  }

  private String entry(Device device) {
    String signed = device.account() + "." + device.id() + "." + device.issued().getEpochSecond();
    return signed + "." + mac(signed);
  }

  private String mac(String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return ENCODER.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java", e);
    }
  }

  private static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return ENCODER.encodeToString(bytes);
  }
}
