package care.tandem.directory.curating;

/** Days of the week as the form names them and as iCal's BYDAY codes store them. */
enum Weekday {
  MONDAY("MO", "Monday"),
  TUESDAY("TU", "Tuesday"),
  WEDNESDAY("WE", "Wednesday"),
  THURSDAY("TH", "Thursday"),
  FRIDAY("FR", "Friday"),
  SATURDAY("SA", "Saturday"),
  SUNDAY("SU", "Sunday");

  private final String byday;
  private final String label;

  Weekday(String byday, String label) {
    this.byday = byday;
    this.label = label;
  }

  String byday() {
    return byday;
  }

  String label() {
    return label;
  }

  /** The form's field name prefix: "monday". */
  String field() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
