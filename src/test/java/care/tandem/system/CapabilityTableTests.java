package care.tandem.system;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import care.tandem.system.Capability.Holder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The capability table in {@code docs/capabilities.md} is written from {@link Capability}, so the
 * documentation and the code cannot drift: when they differ this test rewrites the file and fails,
 * until the rewritten file is committed.
 */
class CapabilityTableTests {

  static final Path TABLE = Path.of("docs", "capabilities.md");

  @Test
  void theCommittedTableIsTheOneInTheCode() throws IOException {
    String written = table();
    String committed =
        Files.exists(TABLE) ? Files.readString(TABLE, StandardCharsets.UTF_8) : "(missing)";
    if (!committed.equals(written)) {
      Files.writeString(TABLE, written, StandardCharsets.UTF_8);
    }
    assertThat(committed)
        .as("docs/capabilities.md differed from Capability and has been rewritten: commit it")
        .isEqualTo(written);
  }

  @Test
  void everyHolderIsARoleOrDisciplineOfTheIdentityModule() {
    List<String> authorities = new ArrayList<>();
    Arrays.stream(Role.values()).map(Role::authority).forEach(authorities::add);
    Arrays.stream(Discipline.values()).map(Discipline::authority).forEach(authorities::add);

    assertThat(Arrays.stream(Holder.values()).map(Holder::authority))
        .allMatch(authorities::contains);
    assertThat(Arrays.stream(Discipline.values()).map(Discipline::name))
        .as("each discipline has its own column")
        .allMatch(name -> Arrays.stream(Holder.values()).anyMatch(h -> h.name().equals(name)));
  }

  @Test
  void volunteersNeitherChangeIdentityDetailsNorAskForClinicalQuestionnaires() {
    assertThat(Capability.CHANGE_IDENTITY_DETAILS.holders().contains(Holder.VOLUNTEER)).isFalse();
    assertThat(Capability.ASK_FOR_QUESTIONNAIRE.holders().contains(Holder.VOLUNTEER)).isFalse();
    assertThat(Capability.HANDLE_SAFETY_ALERTS.holders().contains(Holder.VOLUNTEER)).isFalse();
    assertThat(Capability.SIGNPOST.holders().contains(Holder.VOLUNTEER)).isTrue();
    assertThat(Capability.CHANGE_IDENTITY_DETAILS.whoCan())
        .isEqualTo(
            "the person whose record it is, a physiotherapist, a mental health practitioner, a GP,"
                + " a pain specialist or an administrator");
  }

  @Test
  void routesNamedAfterACapabilityLetInItsHoldersOnly() {
    assertThat(Capability.EDIT_DIRECTORY.authorities()).containsExactly("ROLE_SERVICE_LEAD");
    assertThat(Capability.ADMINISTER_ACCOUNTS.authorities()).containsExactly("ROLE_ADMIN");
    assertThat(Capability.BREAK_GLASS.authorities()).doesNotContain("DISCIPLINE_VOLUNTEER");
  }

  static String table() {
    List<String> lines = new ArrayList<>();
    lines.add("# Who may do what: the capability table");
    lines.add("");
    lines.add(
        "Written by `CapabilityTableTests` from `care.tandem.system.Capability`: change the code,"
            + " run the test, commit the file. Never edit it by hand.");
    lines.add("");
    lines.add(
        "A capability marked *on a record* also needs a relationship to the person: their own"
            + " record, or a place on their care team (`CareAccess`). Without one, the record is"
            + " not found (404). With one but without the capability, the answer is \"You cannot"
            + " do this\" (403), audited as refused, and nothing changes. Admins are on no care"
            + " team, so they never reach a record. The others are decided by the route table"
            + " (`SecurityConfiguration`) and checked again in the service. How it works:"
            + " [security.md](security.md#permissions-by-role-within-a-team).");
    lines.add("");
    lines.add(
        "| Capability | "
            + Arrays.stream(Holder.values()).map(Holder::label).collect(Collectors.joining(" | "))
            + " |");
    lines.add("|---|" + "---|".repeat(Holder.values().length));
    for (Capability capability : Capability.values()) {
      lines.add(
          "| "
              + capability.label()
              + " | "
              + Arrays.stream(Holder.values())
                  .map(holder -> capability.holders().contains(holder) ? "✓" : "–")
                  .collect(Collectors.joining(" | "))
              + " |");
    }
    lines.add("");
    lines.add("## What each capability lets someone do");
    lines.add("");
    for (Capability capability : Capability.values()) {
      lines.add(
          "- **"
              + capability.label()
              + "** (`"
              + capability.name()
              + "`"
              + (capability.onARecord() ? ", on a record" : "")
              + "): "
              + capability.description()
              + ". Who: "
              + capability.whoCan()
              + ".");
    }
    return String.join("\n", lines) + "\n";
  }
}
