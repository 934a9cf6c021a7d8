package care.tandem.directory.search;

import care.tandem.directory.Position;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in the directory, whichever front end asks: which rows to list, only services
 * listed for the public or every status, words, taxonomy terms, a place and how far from it, cost,
 * ages, opening, language, the order and the page. Needs, delivery, self-referral, access needs and
 * the ORUK {@code taxonomy_term_id} all become {@link Terms}.
 *
 * @param ageFrom with {@code ageTo}, the ages of the people the service must take (either end
 *     open): a service takes them when its own age range overlaps
 */
public record DirectoryQuery(
    Listing listing,
    boolean listedOnly,
    @Nullable Words words,
    List<Terms> terms,
    @Nullable UUID taxonomyId,
    @Nullable Near near,
    boolean freeOnly,
    @Nullable Integer ageFrom,
    @Nullable Integer ageTo,
    @Nullable Opening opening,
    @Nullable String language,
    Ordering ordering,
    int offset,
    int limit) {

  public DirectoryQuery {
    terms = List.copyOf(terms);
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("Page out of range: " + offset + ", " + limit);
    }
  }

  /** The rows listed: services, or each service at each of its locations. */
  public enum Listing {
    SERVICES,
    SERVICES_AT_LOCATIONS
  }

  /** The order of the rows. */
  public enum Ordering {
    /** Nearest first, then best match for the words, then by name: the search page. */
    NEAREST_BEST_NAME,
    /** Nearest first (ties by id) near a place, else by name: the ORUK API. */
    NEAREST_OR_NAME
  }

  /**
   * Words, matched with PostgreSQL full-text search on the name and description and, when {@code
   * termNames}, on the names of the taxonomy terms a service carries.
   */
  public record Words(String text, boolean termNames) {}

  /** Where a term must be linked for a service to carry it. */
  public enum Link {
    /** An attribute of the service itself. */
    SERVICE,
    /** Any attribute whose link is the service's id, whatever entity it names. */
    SERVICE_ID,
    /** The service or one of its locations (step-free access, for instance). */
    SERVICE_OR_LOCATIONS
  }

  /** The service carries at least one of these terms. */
  public record Terms(List<UUID> anyOf, Link link) {

    public Terms {
      anyOf = List.copyOf(anyOf);
      if (anyOf.isEmpty()) {
        throw new IllegalArgumentException("No terms to carry");
      }
    }
  }

  /**
   * Near a place: distances are measured from {@code origin}; with {@code withinMetres} only places
   * that close are kept. Services are as near as their nearest place.
   */
  public record Near(Position origin, @Nullable Double withinMetres) {}

  /**
   * An opening on {@code day} covering {@code startTime} and {@code endTime} (each optional); with
   * {@code weeklyOnly} only weekly schedules count; with {@code activeOnly} a service closed for
   * now is not open, whatever its schedule says.
   */
  public record Opening(
      @Nullable DayOfWeek day,
      @Nullable LocalTime startTime,
      @Nullable LocalTime endTime,
      boolean weeklyOnly,
      boolean activeOnly) {}
}
