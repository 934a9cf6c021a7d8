package care.tandem.identity.organisation;

/** Another organisation, or another service in the same organisation, already has this name. */
public class NameTakenException extends RuntimeException {

  public NameTakenException(String name) {
    super("Name already in use");
  }
}
