package care.tandem.plan;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.tandem.FullApplicationTest;
import care.tandem.care.BreakGlass;
import care.tandem.care.CareAccess;
import care.tandem.care.CareRecords;
import care.tandem.care.People;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Discipline;
import care.tandem.identity.account.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@FullApplicationTest
@RecordApplicationEvents
class CarePlansTests {

  @Autowired CarePlans plans;
  @Autowired CareAccess access;
  @Autowired People people;
  @Autowired BreakGlass breakGlass;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  PlanFixture fixture;
  UUID person;

  @BeforeEach
  void setUp() {
    fixture = new PlanFixture(accounts, people, jdbc);
    person = fixture.person;
  }

  RecordAccess read() {
    return access.require(person, as(fixture.patient), "care-plan.viewed");
  }

  @Test
  void startsEmptyAtVersionZero() {
    CarePlan plan = plans.plan(read());

    assertThat(plan.version()).isZero();
    assertThat(plan.isEmpty()).isTrue();
    assertThat(plans.history(read())).isEmpty();
  }

  @Test
  void eachChangeMakesTheNextVersionAndRemembersWhoMadeIt() {
    UUID goal =
        plans
            .addGoal(person, PlanFixture.goal("Walk Bess"), UUID.randomUUID(), as(fixture.physio))
            .id();
    plans.addAction(
        person,
        PlanFixture.action("Book a sleep review", fixture.mentalHealth.id(), LocalDate.now()),
        UUID.randomUUID(),
        as(fixture.patient));
    GoalDraft inProgress =
        new GoalDraft(
            PlanSection.PAIN_AND_PHYSICAL_FUNCTION,
            "Walk Bess to the park",
            "Twenty minutes without stopping",
            null,
            GoalStatus.IN_PROGRESS,
            LocalDate.now().plusMonths(3));
    int version = plans.changeGoal(person, goal, 2, inProgress, as(fixture.mentalHealth));

    CarePlan plan = plans.plan(read());
    assertThat(version).isEqualTo(3);
    assertThat(plan.version()).isEqualTo(3);
    assertThat(plan.updatedBy()).isEqualTo(fixture.mentalHealth.id());
    assertThat(plan.goal(goal).orElseThrow().draft()).isEqualTo(inProgress);
    assertThat(plan.goalsIn(PlanSection.PAIN_AND_PHYSICAL_FUNCTION)).hasSize(1);
    assertThat(plan.actions())
        .singleElement()
        .extracting(PlanAction::assignee)
        .isEqualTo(fixture.mentalHealth.id());
    assertThat(plans.history(read()))
        .extracting(PlanChange::version, PlanChange::what, PlanChange::changedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "section-changed", fixture.mentalHealth.id()),
            org.assertj.core.groups.Tuple.tuple(2, "action-added", fixture.patient.id()),
            org.assertj.core.groups.Tuple.tuple(1, "goal-added", fixture.physio.id()));
  }

  @Test
  void showsAnyEarlierVersionAsItWas() {
    UUID goal =
        plans
            .addGoal(person, PlanFixture.goal("Walk Bess"), UUID.randomUUID(), as(fixture.physio))
            .id();
    GoalDraft met =
        new GoalDraft(
            PlanSection.SHARED,
            "Walk Bess",
            "Walking for 20 minutes without stopping",
            null,
            GoalStatus.MET,
            PlanFixture.goal("x").reviewDate());
    plans.changeGoal(person, goal, 1, met, as(fixture.physio));

    CarePlan first = plans.version(read(), 1).orElseThrow();
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.goal(goal).orElseThrow().status()).isEqualTo(GoalStatus.NOT_STARTED);
    assertThat(plans.plan(read()).goal(goal).orElseThrow().status()).isEqualTo(GoalStatus.MET);
    assertThat(plans.history(read()).get(0).what()).isEqualTo("goal-met");
    assertThat(plans.version(read(), 3)).isEmpty();
  }

  @Test
  void refusesAnEditOfAGoalSomeoneElseChangedSinceItStarted() {
    UUID goal =
        plans
            .addGoal(person, PlanFixture.goal("Walk Bess"), UUID.randomUUID(), as(fixture.physio))
            .id();
    plans.changeGoal(person, goal, 1, PlanFixture.goal("Walk Bess daily"), as(fixture.physio));

    assertThatThrownBy(
            () ->
                plans.changeGoal(
                    person, goal, 1, PlanFixture.goal("Walk Bess twice"), as(fixture.patient)))
        .isInstanceOf(PlanChangedElsewhereException.class)
        .extracting(e -> ((PlanChangedElsewhereException) e).yours())
        .isEqualTo(PlanFixture.goal("Walk Bess twice"));
    CarePlan plan = plans.plan(read());
    assertThat(plan.version()).isEqualTo(2);
    assertThat(plan.goal(goal).orElseThrow().title()).isEqualTo("Walk Bess daily");
  }

  @Test
  void savesAnEditStartedBeforeSomeoneChangedADifferentGoal() {
    UUID walking =
        plans
            .addGoal(person, PlanFixture.goal("Walk Bess"), UUID.randomUUID(), as(fixture.physio))
            .id();
    UUID sleep =
        plans
            .addGoal(
                person, PlanFixture.goal("Sleep better"), UUID.randomUUID(), as(fixture.physio))
            .id();
    plans.changeGoal(person, walking, 2, PlanFixture.goal("Walk Bess daily"), as(fixture.physio));

    int version =
        plans.changeGoal(
            person, sleep, 2, PlanFixture.goal("Sleep six hours"), as(fixture.mentalHealth));

    assertThat(version).isEqualTo(4);
    assertThat(plans.plan(read()).goals())
        .extracting(Goal::title)
        .containsExactlyInAnyOrder("Walk Bess daily", "Sleep six hours");
  }

  @Test
  void treatsTheSameEditSubmittedTwiceAsOneChange() {
    UUID goal =
        plans
            .addGoal(person, PlanFixture.goal("Walk Bess"), UUID.randomUUID(), as(fixture.physio))
            .id();
    plans.changeGoal(person, goal, 1, PlanFixture.goal("Walk Bess daily"), as(fixture.physio));

    int again =
        plans.changeGoal(person, goal, 1, PlanFixture.goal("Walk Bess daily"), as(fixture.physio));

    assertThat(again).isEqualTo(2);
    assertThat(plans.history(read())).hasSize(2);
  }

  @Test
  void addsOneGoalForTwoSubmitsOfTheSameForm() {
    UUID key = UUID.randomUUID();

    var first = plans.addGoal(person, PlanFixture.goal("Walk Bess"), key, as(fixture.physio));
    var second = plans.addGoal(person, PlanFixture.goal("Walk Bess"), key, as(fixture.physio));

    assertThat(first.isNew()).isTrue();
    assertThat(second.isNew()).isFalse();
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(plans.plan(read()).goals()).hasSize(1);
    assertThat(plans.plan(read()).version()).isEqualTo(1);
  }

  @Test
  void refusesAGoalFromAnotherPersonsPlanAndChangesNothing() {
    PlanFixture other = fixture.other(accounts, people);
    UUID theirs =
        plans
            .addGoal(
                other.person, PlanFixture.goal("Their goal"), UUID.randomUUID(), as(other.physio))
            .id();
    plans.addGoal(person, PlanFixture.goal("Walk Bess"), UUID.randomUUID(), as(fixture.physio));

    assertThatThrownBy(
            () ->
                plans.changeGoal(
                    person, theirs, 1, PlanFixture.goal("Hijacked"), as(fixture.physio)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(
            plans
                .plan(access.require(other.person, as(other.physio), "care-plan.viewed"))
                .goal(theirs)
                .orElseThrow()
                .title())
        .isEqualTo("Their goal");
    assertThat(plans.plan(read()).version()).isEqualTo(1);
  }

  @Test
  void refusesAnOwnerWhoIsNotOnTheTeam() {
    Account stranger = fixture.account(Role.PRACTITIONER, Discipline.GP);

    assertThatThrownBy(
            () ->
                plans.addGoal(
                    person,
                    PlanFixture.goal("Walk Bess", stranger.id()),
                    UUID.randomUUID(),
                    as(fixture.physio)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(plans.plan(read()).isEmpty()).isTrue();
  }

  @Test
  void refusesAndAuditsChangesByPractitionersOffTheTeamAndOtherPatients() {
    Account stranger = fixture.account(Role.PRACTITIONER, Discipline.PAIN_SPECIALIST);
    PlanFixture other = fixture.other(accounts, people);

    for (Account outsider : List.of(stranger, other.patient)) {
      assertThatThrownBy(
              () ->
                  plans.addGoal(person, PlanFixture.goal("Walk"), UUID.randomUUID(), as(outsider)))
          .isInstanceOf(RecordNotFoundException.class);
    }

    assertThat(fixture.audited(CarePlans.CHANGED, "denied")).isEqualTo(2);
    assertThat(plans.plan(read()).isEmpty()).isTrue();
  }

  @Test
  void letsBreakGlassReadButNotChangeThePlan() {
    var number = CareRecords.newNhsNumber();
    UUID withNumber =
        people
            .startCare(CareRecords.details(number), "Lead", UUID.randomUUID(), as(fixture.physio))
            .id();
    Account gp = fixture.account(Role.PRACTITIONER, Discipline.GP);
    breakGlass.start(number, "Out of hours, urgent question about medicines", as(gp));

    assertThat(plans.plan(access.require(withNumber, as(gp), "care-plan.viewed")).version())
        .isZero();
    assertThatThrownBy(
            () -> plans.addGoal(withNumber, PlanFixture.goal("Walk"), UUID.randomUUID(), as(gp)))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void publishesEachChangeForTheTimeline(ApplicationEvents events) {
    UUID goal =
        plans
            .addGoal(person, PlanFixture.goal("Walk Bess"), UUID.randomUUID(), as(fixture.physio))
            .id();
    plans.changeGoal(
        person,
        goal,
        1,
        new GoalDraft(
            PlanSection.SHARED,
            "Walk Bess",
            "Walking for 20 minutes without stopping",
            null,
            GoalStatus.MET,
            PlanFixture.goal("x").reviewDate()),
        as(fixture.patient));

    assertThat(events.stream(CarePlanChanged.class).filter(e -> e.person().equals(person)))
        .extracting(
            CarePlanChanged::version,
            CarePlanChanged::what,
            CarePlanChanged::title,
            CarePlanChanged::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "goal-added", "Walk Bess", fixture.physio.id()),
            org.assertj.core.groups.Tuple.tuple(2, "goal-met", "Walk Bess", fixture.patient.id()));
  }

  @Test
  void auditsChangesWithCodesAndIdsButNeverTheGoalsWords() {
    plans.addGoal(
        person, PlanFixture.goal("Secret words about mood"), UUID.randomUUID(), as(fixture.physio));

    assertThat(fixture.audited(CarePlans.CHANGED, "success")).isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from audit_event where person = ? and details::text like ?")
                .params(person, "%Secret words%")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void givesThePlanAtAGlanceAndTheActionsDue() {
    LocalDate today = LocalDate.now(CarePlans.LONDON);
    plans.addGoal(person, PlanFixture.goal("Walk Bess"), UUID.randomUUID(), as(fixture.physio));
    plans.addAction(
        person,
        PlanFixture.action("Try the pacing diary", null, today.plusDays(3)),
        UUID.randomUUID(),
        as(fixture.physio));
    plans.addAction(
        person,
        PlanFixture.action(
            "Refer to talking therapies", fixture.mentalHealth.id(), today.plusDays(5)),
        UUID.randomUUID(),
        as(fixture.physio));
    plans.addAction(
        person,
        PlanFixture.action("Review in a month", fixture.mentalHealth.id(), today.plusDays(40)),
        UUID.randomUUID(),
        as(fixture.physio));

    PlanGlance glance = plans.glance(read());
    assertThat(glance.goals()).isEqualTo(1);
    assertThat(glance.goalsByStatus()).containsEntry(GoalStatus.NOT_STARTED, 1);
    assertThat(glance.nextReview()).isEqualTo(PlanFixture.goal("x").reviewDate());
    assertThat(glance.actionsToDo()).isEqualTo(3);
    assertThat(plans.actionsDue(read(), today.plusDays(7)))
        .extracting(ActionDue::what)
        .containsExactly("Try the pacing diary", "Refer to talking therapies");
    assertThat(plans.actionsDueFor(fixture.mentalHealth.id(), List.of(person), today.plusDays(7)))
        .extracting(ActionDue::what)
        .containsExactly("Refer to talking therapies");
    assertThat(plans.actionsDueFor(fixture.physio.id(), List.of(person), today.plusDays(7)))
        .isEmpty();
  }

  @Test
  void marksAnActionDoneAndRecordsItAsDone() {
    var action =
        plans.addAction(
            person,
            PlanFixture.action("Try the pacing diary", null, LocalDate.now().plusDays(3)),
            UUID.randomUUID(),
            as(fixture.physio));

    plans.markDone(person, action.id(), 1, as(fixture.patient));

    assertThat(plans.plan(read()).action(action.id()).orElseThrow().done()).isTrue();
    assertThat(plans.history(read()).get(0).what()).isEqualTo("action-done");
  }
}
