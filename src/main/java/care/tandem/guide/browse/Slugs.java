package care.tandem.guide.browse;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Content ids in URLs: anything that could not be an id is simply not found. */
final class Slugs {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  private Slugs() {}

  static String require(String id) {
    if (!SLUG.matcher(id).matches()) {
      throw notFound();
    }
    return id;
  }

  static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
