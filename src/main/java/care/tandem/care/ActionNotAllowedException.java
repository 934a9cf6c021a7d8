package care.tandem.care;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The viewer may see the record, but not do this to it (say, remove someone else from the team).
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ActionNotAllowedException extends RuntimeException {

  public ActionNotAllowedException(String why) {
    super(why, null, false, false);
  }
}
