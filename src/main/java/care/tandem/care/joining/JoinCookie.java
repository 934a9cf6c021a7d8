package care.tandem.care.joining;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the invitation someone opened while they make an account or sign in, since a visitor who
 * has not signed in has no session: the invitation id and an expiry, signed with HMAC-SHA256 under
 * a key kept in the database. HttpOnly, SameSite=Lax (it survives the return from NHS login), only
 * sent to {@code /join}, and gone after {@value #MINUTES} minutes. It holds no code.
 */
@Component
class JoinCookie {

  static final String NAME = "tandem-join";
  static final long MINUTES = 60;
  private static final Pattern VALUE =
      Pattern.compile("[0-9a-f-]{36}\\.[0-9]{1,12}\\.[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private volatile byte @Nullable [] key;

  JoinCookie(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void set(UUID invitation, HttpServletRequest request, HttpServletResponse response) {
    long expires = Instant.now().plus(Duration.ofMinutes(MINUTES)).getEpochSecond();
    String signed = invitation + "." + expires;
    write(response, request, signed + "." + mac(signed), Duration.ofMinutes(MINUTES));
  }

  void clear(HttpServletRequest request, HttpServletResponse response) {
    write(response, request, "", Duration.ZERO);
  }

  /**
   * The invitation the request's cookie names, if its signature is right and it has not expired.
   */
  Optional<UUID> read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      String value = cookie.getValue();
      if (!NAME.equals(cookie.getName()) || value == null || !VALUE.matcher(value).matches()) {
        continue;
      }
      int lastDot = value.lastIndexOf('.');
      String signed = value.substring(0, lastDot);
      if (!MessageDigest.isEqual(
          mac(signed).getBytes(StandardCharsets.US_ASCII),
          value.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII))) {
        continue;
      }
      String[] parts = signed.split("\\.");
      if (Long.parseLong(parts[1]) < Instant.now().getEpochSecond()) {
        continue;
      }
      return Optional.of(UUID.fromString(parts[0]));
    }
    return Optional.empty();
  }

  private static void write(
      HttpServletResponse response, HttpServletRequest request, String value, Duration age) {
    ResponseCookie cookie =
        ResponseCookie.from(NAME, value)
            .path("/join")
            .maxAge(age)
            .httpOnly(true)
            .secure(request.isSecure())
            .sameSite("Lax")
            .build();
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
  }

  private String mac(String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java", e);
    }
  }

  private byte[] key() {
    byte[] made = key;
    if (made == null) {
      byte[] fresh = new byte[32];
      RANDOM.nextBytes(fresh);
      jdbc.sql(
              """
              insert into care_joining_key (id, secret, created_at) values (1, ?, now())
              on conflict (id) do nothing
              """)
          .param(fresh)
          .update();
      made =
          jdbc.sql("select secret from care_joining_key where id = 1").query(byte[].class).single();
      key = made;
    }
    return made;
  }
}
