package care.tandem.directory;

/**
 * A point on the earth in WGS84 degrees, as the ONS Postcode Directory and HSDS locations give it.
 */
public record Position(double latitude, double longitude) {

  /** The mean radius of the earth (IUGG), for the haversine formula here and in SQL. */
  public static final double EARTH_RADIUS_METRES = 6_371_008.8;

  private static final double METRES_PER_DEGREE_OF_LATITUDE = 111_194.9;

  /** Latitudes and longitudes, in degrees, that bound an area (they may run past the poles). */
  public record Box(double south, double north, double west, double east) {}

  /**
   * The box that holds every point within {@code metres} of here (with 1% to spare), so a query can
   * keep places inside it with the location index before working out any distance.
   */
  public Box boxAround(double metres) {
    double latitudeSpan = metres / METRES_PER_DEGREE_OF_LATITUDE * 1.01;
    double cosine = Math.max(0.01, Math.cos(Math.toRadians(latitude)));
    double longitudeSpan = Math.min(180, latitudeSpan / cosine);
    return new Box(
        latitude - latitudeSpan,
        latitude + latitudeSpan,
        longitude - longitudeSpan,
        longitude + longitudeSpan);
  }

  public Position {
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("Not a position: " + latitude + ", " + longitude);
    }
  }

  /** Great-circle distance (haversine), good to a few metres at the distances we search. */
  public double metresTo(Position other) {
    double lat1 = Math.toRadians(latitude);
    double lat2 = Math.toRadians(other.latitude);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude - longitude);
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
