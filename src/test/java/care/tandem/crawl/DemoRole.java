package care.tandem.crawl;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The people a test can be: nobody signed in, or one of the demo accounts of the {@code demo}
 * profile. Adding a role to every crawl, accessibility and route test is one line here.
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
  ADMIN("admin@demo.tandem");

  /** The password every demo account shares (demo profile only). */
  public static final String PASSWORD = "tandem-demo-2026";

  private final @Nullable String email;

  DemoRole(@Nullable String email) {
    this.email = email;
  }

  /** The roles every crawl, accessibility and route test covers: all of them. */
  public static List<DemoRole> crawled() {
    return List.of(values());
  }

  /**
   * One role of each kind, for tests where a discipline makes no difference: practitioners of every
   * discipline are reached through the physiotherapist.
   */
  public static List<DemoRole> oneOfEachKind() {
    List<DemoRole> otherDisciplines =
        List.of(MENTAL_HEALTH_PRACTITIONER, GP, PAIN_SPECIALIST, VOLUNTEER);
    return crawled().stream().filter(role -> !otherDisciplines.contains(role)).toList();
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
