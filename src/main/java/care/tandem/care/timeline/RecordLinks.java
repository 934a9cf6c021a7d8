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

  static String plan(UUID person) {
    return record(person) + "/plan";
  }

  static String conversation(UUID person) {
    return record(person) + "/conversation";
  }

  /** The plan as a change left it, with what changed. */
  static String planVersion(UUID person, int version) {
    return plan(person) + "/versions/" + version;
  }

  /** A message in its thread (the main conversation is a thread too). */
  static String message(UUID person, UUID thread, UUID message) {
    return conversation(person) + "/threads/" + thread + "#message-" + message;
  }
}
