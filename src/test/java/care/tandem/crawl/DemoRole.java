package care.tandem.crawl;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The people a test can be: nobody signed in, or one of the demo accounts of the {@code demo}
 * profile.
 */
public enum DemoRole {
  ANONYMOUS(null),
  PATIENT("patient@demo.tandem"),
  PHYSIOTHERAPIST("physio@demo.tandem"),
  MENTAL_HEALTH_PRACTITIONER("mentalhealth@demo.tandem"),
  GP("gp@demo.tandem"),
  PAIN_SPECIALIST("pain@demo.tandem"),
  VOLUNTEER("volunteer@demo.tandem"),
  SERVICE_LEAD("lead@demo.tandem"),
  ADMIN("admin@demo.tandem"),
  /** Sam's partner, helping Sam with Sam's consent (reads the plan, reads and writes messages). */
  CARER("carer@demo.tandem");

  /** The password every demo account shares (demo profile only). */
  public static final String PASSWORD = "tandem-demo-2026";

  private final @Nullable String email;

  DemoRole(@Nullable String email) {
    this.email = email;
  }

  /**
   * The roles the shared crawl and its page gates visit as: one of each kind of viewer whose pages
   * differ (nobody, a person, a clinician, a volunteer, a service lead, an administrator, a carer
   * helping a person). Other clinical disciplines see the same templates as the physiotherapist;
   * RouteAccessTests still checks every role.
   */
  public static List<DemoRole> crawled() {
    return List.of(ANONYMOUS, PATIENT, PHYSIOTHERAPIST, VOLUNTEER, SERVICE_LEAD, ADMIN, CARER);
  }

  /** Every role, for tests that are cheap per role (the route table). */
  public static List<DemoRole> all() {
    return List.of(values());
  }

  public boolean signedIn() {
    return email != null;
  }

  public String email() {
    if (email == null) {
      throw new IllegalStateException("An anonymous visitor has no account");
    }
    return email;
  }

  @Override
  public String toString() {
    return name().toLowerCase().replace('_', ' ');
  }
}
