package care.tandem.identity.signin;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and sets the known-device cookie ({@link DeviceCookie}). Its key is made once, at random,
 * and kept in the database ({@code sign_in_device_key}), so every node shares it and it survives a
 * restart; deleting the row forgets every device. The cookie is long-lived, {@code HttpOnly},
 * {@code SameSite=Lax}, and {@code Secure} when the request came over HTTPS.
 */
@Component
class KnownDevices {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Duration lifetime;
  private final Clock clock = Clock.systemUTC();
  private volatile @Nullable DeviceCookie cookie;

  KnownDevices(
      JdbcClient jdbc, @Value("${tandem.sign-in.device.lifetime:365d}") Duration lifetime) {
    this.jdbc = jdbc;
    this.lifetime = lifetime;
  }

  /** The value of the device cookie a request carried, if any. */
  static @Nullable String cookieValue(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie each : cookies) {
      if (DeviceCookie.NAME.equals(each.getName())) {
        return each.getValue();
      }
    }
    return null;
  }

  /** The device this cookie value proves for this account, if it names it and is sound. */
  Optional<DeviceCookie.Device> deviceFor(@Nullable String value, UUID account) {
    if (value == null) {
      return Optional.empty();
    }
    return cookie().read(value, clock.instant()).stream()
        .filter(device -> device.account().equals(account))
        .findFirst();
  }

  /** Marks this browser as known for the account, keeping the other accounts it knew. */
  void remember(UUID account, HttpServletRequest request, HttpServletResponse response) {
    DeviceCookie signer = cookie();
    List<DeviceCookie.Device> known = signer.read(cookieValue(request), clock.instant());
    ResponseCookie set =
        ResponseCookie.from(DeviceCookie.NAME, signer.with(known, account, clock.instant()))
            .path("/")
            .maxAge(lifetime)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, set.toString());
  }

  private DeviceCookie cookie() {
    DeviceCookie made = cookie;
    if (made == null) {
      made = new DeviceCookie(key(), lifetime);
      cookie = made;
    }
    return made;
  }

  private byte[] key() {
    byte[] fresh = new byte[32];
    RANDOM.nextBytes(fresh);
    jdbc.sql(
            """
            insert into sign_in_device_key (id, secret, created_at) values (1, ?, now())
            on conflict (id) do nothing
            """)
        .param(fresh)
        .update();
    return jdbc.sql("select secret from sign_in_device_key where id = 1")
        .query(byte[].class)
        .single();
  }
}
