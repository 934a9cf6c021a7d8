package care.tandem.care;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The record does not exist, or the viewer may not see it. Both give the same 404 page, so a
 * refusal never reveals that a record exists.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

  public RecordNotFoundException() {
    super("No such record", null, false, false);
  }
}
