package care.tandem.identity.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The list of passwords too predictable to allow (see the header of {@code common-passwords.txt}
 * for where it comes from). Compared without regard to case, and also with trailing digits and
 * symbols removed, so "Sunshine2026!" counts as "sunshine".
 */
final class CommonPasswords {

  private static final String RESOURCE = "/identity/common-passwords.txt";

  private final Set<String> passwords;

  private CommonPasswords(Set<String> passwords) {
    this.passwords = passwords;
  }

  static CommonPasswords load() {
    try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + RESOURCE);
      }
      Set<String> passwords = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          passwords.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
      return new CommonPasswords(Set.copyOf(passwords));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return passwords.size();
  }

  boolean contains(String password) {
    String lower = password.toLowerCase(Locale.ROOT);
    return passwords.contains(lower) || passwords.contains(withoutTrailingDigitsAndSymbols(lower));
  }

  private static String withoutTrailingDigitsAndSymbols(String password) {
    int end = password.length();
    while (end > 0 && !Character.isLetter(password.charAt(end - 1))) {
      end--;
    }
    return password.substring(0, end);
  }
}
