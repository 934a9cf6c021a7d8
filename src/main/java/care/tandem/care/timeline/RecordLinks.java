package care.tandem.care.timeline;

import java.util.UUID;

/** Where an entry leads: the part of the record it is about. */
final class RecordLinks {

  private RecordLinks() {}

  static String record(UUID person) {
    return "/people/" + person;
  }

  static String timeline(UUID person) {
    return record(person) + "/timeline";
  }

  static String team(UUID person) {
    return record(person) + "/team";
  }

  static String aboutMe(UUID person) {
    return record(person) + "/about-me";
  }
}
