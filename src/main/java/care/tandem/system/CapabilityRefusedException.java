package care.tandem.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The viewer may see the record but does not hold the {@link Capability} to do this (a volunteer
 * changing an NHS number, say): a 403 "You cannot do this" page that says who can.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class CapabilityRefusedException extends RuntimeException {

  private final Capability capability;

  public CapabilityRefusedException(Capability capability) {
    super("Not allowed: " + capability.name(), null, false, false);
    this.capability = capability;
  }

  public Capability capability() {
    return capability;
  }
}
