package care.tandem.directory.finding;

import care.tandem.directory.Position;
import care.tandem.directory.Postcode;
import care.tandem.directory.PostcodeNotValidException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds a typed postcode in the ONS centroids, and when it is not shaped like a postcode, the one
 * the person most likely meant: only a postcode that exists, and only when one is clearly the
 * closest (never a guess between two). One query for the postcode, one for the candidates.
 */
@Service
public class PostcodeLookup {

  private final JdbcClient jdbc;

  PostcodeLookup(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public PostcodePlace find(String typed) {
    Postcode postcode;
    try {
      postcode = Postcode.parse(typed);
    } catch (PostcodeNotValidException notShaped) {
      return PostcodePlace.notValid(suggestionFor(typed).orElse(null));
    }
    return jdbc.sql(
            "select latitude, longitude, terminated_on is not null"
                + " from directory_postcode where postcode = ?")
        .param(postcode.compact())
        .query(
            (row, n) ->
                PostcodePlace.found(
                    postcode, new Position(row.getDouble(1), row.getDouble(2)), row.getBoolean(3)))
        .optional()
        .orElseGet(() -> PostcodePlace.unknown(postcode));
  }

  /** The one existing postcode closest to what was typed, if exactly one is closest. */
  Optional<Postcode> suggestionFor(String typed) {
    Map<String, Integer> candidates = PostcodeSuggestions.candidates(typed);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Set<String> existing =
        jdbc
            .sql("select postcode from directory_postcode where postcode = any(?)")
            .param(candidates.keySet().toArray(String[]::new))
            .query(String.class)
            .list()
            .stream()
            .collect(Collectors.toSet());
    int cheapest =
        candidates.entrySet().stream()
            .filter(entry -> existing.contains(entry.getKey()))
            .mapToInt(Map.Entry::getValue)
            .min()
            .orElse(-1);
    List<String> best =
        candidates.entrySet().stream()
            .filter(entry -> existing.contains(entry.getKey()) && entry.getValue() == cheapest)
            .map(Map.Entry::getKey)
            .toList();
    return best.size() == 1 ? Optional.of(new Postcode(best.get(0))) : Optional.empty();
  }
}
