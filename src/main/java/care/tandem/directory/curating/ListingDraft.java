package care.tandem.directory.curating;

import care.tandem.directory.Position;
import care.tandem.directory.Postcode;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A listing as checked and ready to save: every value already valid for the ORUK tables, so a saved
 * listing always exports as a valid ORUK service.
 *
 * @param costAmount null when the service is free
 * @param place null for a service with nowhere to go (online or by phone only)
 */
record ListingDraft(
    Organisation organisation,
    String name,
    String description,
    ListingStatus status,
    @Nullable String website,
    @Nullable String email,
    @Nullable String phone,
    @Nullable Integer minimumAge,
    @Nullable Integer maximumAge,
    @Nullable BigDecimal costAmount,
    @Nullable String costFor,
    List<UUID> needs,
    List<UUID> delivery,
    boolean selfReferral,
    @Nullable Place place,
    List<Opening> openings,
    List<String> languages,
    @Nullable String alert,
    @Nullable UUID owner,
    boolean checkedToday) {

  /** An existing organisation (by id), or a new one with its name and description. */
  record Organisation(
      @Nullable UUID existing, @Nullable String name, @Nullable String description) {

    static Organisation existing(UUID id) {
      return new Organisation(id, null, null);
    }

    static Organisation named(String name, String description) {
      return new Organisation(null, name, description);
    }
  }

  /** Where people go: an address, its postcode's position, and the building's access features. */
  record Place(
      String addressLine1,
      @Nullable String addressLine2,
      String town,
      String county,
      Postcode postcode,
      Position position,
      List<UUID> accessibility) {}

  /** Open on this day from one time to a later one. */
  record Opening(Weekday day, LocalTime opens, LocalTime closes) {}
}
