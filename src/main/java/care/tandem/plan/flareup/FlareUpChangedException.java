package care.tandem.plan.flareup;

/** Someone saved the flare-up plan after this edit started: show both, overwrite nothing. */
class FlareUpChangedException extends RuntimeException {

  private final transient FlareUpPlan now;

  FlareUpChangedException(FlareUpPlan now) {
    super("The flare-up plan changed since the edit started", null, false, false);
    this.now = now;
  }

  FlareUpPlan now() {
    return now;
  }
}
