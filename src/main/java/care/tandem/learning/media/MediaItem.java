package care.tandem.learning.media;

/**
 * A stored media file, named by the SHA-256 of its bytes.
 *
 * @param hash lower-case hex SHA-256 of the bytes
 * @param contentType the type found from the bytes themselves, never from the name
 * @param size in bytes
 * @param fileName the name it was given, cleaned, for display and downloads only
 */
public record MediaItem(String hash, String contentType, long size, String fileName) {

  /** Where it is served, with range requests and a long cache lifetime. */
  public String path() {
    return "/learn/media/" + hash;
  }
}
