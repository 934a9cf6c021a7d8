package care.tandem.directory.oruk;

/** An id the ORUK API does not know; answered 404. */
class OrukNotFound extends RuntimeException {

  OrukNotFound(String message) {
    super(message);
  }
}
