package care.tandem.measures.answering;

import java.util.UUID;

/** The response was submitted already, so its answers cannot change. Nothing was stored. */
public class ResponseAlreadySubmittedException extends RuntimeException {

  private final UUID response;

  public ResponseAlreadySubmittedException(UUID response) {
    super("Response " + response + " was submitted already", null, false, false);
    this.response = response;
  }

  public UUID response() {
    return response;
  }
}
