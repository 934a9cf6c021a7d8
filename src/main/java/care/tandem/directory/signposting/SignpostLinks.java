package care.tandem.directory.signposting;

import java.util.UUID;

/** Addresses of the signposting pages, in one place. */
final class SignpostLinks {

  private SignpostLinks() {}

  static String signposts(UUID person) {
    return "/people/" + person + "/signposts";
  }

  static String outcome(UUID person, UUID signpost) {
    return signposts(person) + "/" + signpost + "/outcome";
  }

  static String service(UUID service) {
    return "/directory/services/" + service;
  }

  static String signpostForm(UUID service) {
    return service(service) + "/signpost";
  }
}
