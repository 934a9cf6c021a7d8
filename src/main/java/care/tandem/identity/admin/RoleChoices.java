package care.tandem.identity.admin;

import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.system.components.Choice;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Role and discipline as one choice ("Practitioner: GP"), so the form needs no rule linking two
 * questions. Values look like {@code PRACTITIONER:GP} or {@code ADMIN}.
 */
final class RoleChoices {

  static final String PATTERN =
      "PATIENT|PRACTITIONER:(PHYSIOTHERAPIST|MENTAL_HEALTH_PRACTITIONER|GP|PAIN_SPECIALIST"
          + "|VOLUNTEER)|SERVICE_LEAD|ADMIN";

  private RoleChoices() {}

  static List<Choice> all() {
    List<Choice> choices = new ArrayList<>();
    choices.add(Choice.of(Role.PATIENT.name(), Role.PATIENT.label()));
    for (Discipline discipline : Discipline.values()) {
      choices.add(
          Choice.of(valueOf(Role.PRACTITIONER, discipline), label(Role.PRACTITIONER, discipline)));
    }
    choices.add(Choice.of(Role.SERVICE_LEAD.name(), Role.SERVICE_LEAD.label()));
    choices.add(Choice.of(Role.ADMIN.name(), Role.ADMIN.label()));
    return choices;
  }

  static String valueOf(Role role, @Nullable Discipline discipline) {
    return discipline == null ? role.name() : role.name() + ":" + discipline.name();
  }

  static String label(Role role, @Nullable Discipline discipline) {
    return discipline == null ? role.label() : role.label() + ": " + discipline.label();
  }

  static Role role(String value) {
    return Role.valueOf(value.split(":", 2)[0]);
  }

  static @Nullable Discipline discipline(String value) {
    String[] parts = value.split(":", 2);
    return parts.length == 2 ? Discipline.valueOf(parts[1]) : null;
  }
}
