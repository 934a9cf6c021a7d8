package care.tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import care.tandem.FullApplicationTest;
import care.tandem.care.ConnectedSystems;
import care.tandem.care.demo.DemoPeople;
import care.tandem.identity.OrganisationSummary;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Accounts;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person's paced pathway is part of their shared plan over FHIR: each step is an activity of the
 * CarePlan, in order, with how far they have got (issue 14). Demo Sam is on "Before your first
 * appointment" and has opened its first step.
 */
@FullApplicationTest
class FhirPathwayStepsTests {

  @Autowired FhirContext fhir;
  @Autowired FhirClients clients;
  @Autowired ConnectedSystems systems;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void eachStepOfSamsPathwayIsAnActivityOfHisCarePlan() {
    UUID sam = DemoPeople.SAM_TAYLOR;
    UUID organisation =
        clients.organisations().stream()
            .map(OrganisationSummary::id)
            .filter(id -> systems.peopleInReachOf(id).contains(sam))
            .findFirst()
            .orElseThrow();
    String token =
        FhirTestClients.register(clients, new TestAccounts(accounts, jdbc), organisation);

    CarePlan plan = new FhirHttp(fhir, port).read("/CarePlan/" + sam, token, CarePlan.class);

    List<CarePlanActivityDetailComponent> steps =
        plan.getActivity().stream()
            .map(CarePlan.CarePlanActivityComponent::getDetail)
            .filter(detail -> "Paced pathway step".equals(detail.getCode().getText()))
            .filter(detail -> detail.getDescription().startsWith("Before your first appointment"))
            .toList();
    assertThat(steps).hasSizeGreaterThan(2);
    assertThat(steps.get(0).getDescription()).startsWith("Before your first appointment, step 1: ");
    assertThat(steps.get(0).getStatus())
        .isIn(CarePlanActivityStatus.INPROGRESS, CarePlanActivityStatus.COMPLETED);
    assertThat(steps.get(0).getPerformerFirstRep().getReference()).isEqualTo("Patient/" + sam);
    assertThat(plan.getText().getDiv().getValueAsString()).contains("Pathway step (");
  }
}
