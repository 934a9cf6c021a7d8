package care.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FullApplicationTest
class StaffDirectoryTests {

  @Autowired StaffDirectory directory;

  @Test
  void describesAPractitionerWithTheirServiceAndOrganisation() {
    StaffMember priya = directory.find(demo("physio@demo.tandem")).orElseThrow();

    assertThat(priya.displayName()).isEqualTo("Priya Shah");
    assertThat(priya.role()).isEqualTo("PRACTITIONER");
    assertThat(priya.jobTitle()).isEqualTo("Physiotherapist");
    assertThat(priya.services())
        .extracting(ServiceSummary::nameWithOrganisation)
        .containsExactly("Riverside MSK Service, Northfield NHS Foundation Trust");
    assertThat(priya.organisations())
        .extracting(OrganisationSummary::name)
        .containsExactly("Northfield NHS Foundation Trust");
  }

  @Test
  void listsTheActivePractitionersOfAServiceOnly() {
    ServiceSummary talkingTherapies =
        directory.services().stream()
            .filter(service -> service.name().equals("Northfield Talking Therapies"))
            .findFirst()
            .orElseThrow();

    assertThat(directory.practitionersIn(talkingTherapies.id()))
        .extracting(StaffMember::displayName)
        .containsExactly("Jordan Ellis");
  }

  @Test
  void namesAnUnknownAccountUnknown() {
    assertThat(directory.displayName(UUID.randomUUID())).isEqualTo("Unknown");
    assertThat(directory.find(UUID.randomUUID())).isEmpty();
  }

  private UUID demo(String email) {
    return UUID.nameUUIDFromBytes(("tandem-demo:account:" + email).getBytes());
  }
}
