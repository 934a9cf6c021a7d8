package care.tandem.directory.oruk;

/** A request to the ORUK API with a parameter we cannot use; answered 400 with this message. */
class OrukBadRequest extends RuntimeException {

  OrukBadRequest(String message) {
    super(message);
  }
}
