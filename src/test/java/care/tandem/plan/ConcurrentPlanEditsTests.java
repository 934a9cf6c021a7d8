package care.tandem.plan;

import static care.tandem.care.CareRecords.as;
import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.FullApplicationTest;
import care.tandem.care.CareAccess;
import care.tandem.care.People;
import care.tandem.care.RecordAccess;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many people saving the same plan at once, on real threads against the database (the pattern of
 * HAPI FHIR's concurrent-write tests): the database decides which edit is first, every other edit
 * hears that the plan changed, and nothing is lost or silently overwritten.
 */
@FullApplicationTest
class ConcurrentPlanEditsTests {

  @Autowired CarePlans plans;
  @Autowired CareAccess access;
  @Autowired People people;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  PlanFixture fixture;
  ExecutorService threads;

  @BeforeEach
  void setUp() {
    fixture = new PlanFixture(accounts, people, jdbc);
    threads = Executors.newFixedThreadPool(20);
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    threads.shutdownNow();
    threads.awaitTermination(30, TimeUnit.SECONDS);
  }

  @Test
  void twentyEditsFromTheSameVersionSaveOneAndTellEveryOtherThatItChanged() throws Exception {
    UUID person = fixture.person;
    UUID goal =
        plans
            .addGoal(person, PlanFixture.goal("Walk Bess"), UUID.randomUUID(), as(fixture.physio))
            .id();
    List<Account> editors = List.of(fixture.physio, fixture.mentalHealth, fixture.patient);
    Map<Integer, Integer> savedAs = new ConcurrentHashMap<>();
    Map<Integer, GoalDraft> handedBack = new ConcurrentHashMap<>();

    List<String> failures =
        together(
            20,
            edit -> {
              GoalDraft mine = PlanFixture.goal("Walk Bess, edit " + edit);
              try {
                savedAs.put(
                    edit, plans.changeGoal(person, goal, 1, mine, as(editors.get(edit % 3))));
              } catch (PlanChangedElsewhereException changed) {
                handedBack.put(edit, (GoalDraft) changed.yours());
              }
              return null;
            });

    assertThat(failures).isEmpty();
    assertThat(savedAs).isNotEmpty();
    assertThat(savedAs.size() + handedBack.size()).isEqualTo(20);
    CarePlan plan = plans.plan(read(person));
    assertThat(plan.version()).isEqualTo(1 + savedAs.size());
    // Nothing lost: each saved edit is a version in the history, exactly as it was saved...
    for (var saved : savedAs.entrySet()) {
      CarePlan atItsVersion = plans.version(read(person), saved.getValue()).orElseThrow();
      assertThat(atItsVersion.goal(goal).orElseThrow().title())
          .isEqualTo("Walk Bess, edit " + saved.getKey());
    }
    assertThat(plans.history(read(person))).hasSize(plan.version());
    // ...and each edit that was not saved came back whole, to be merged.
    handedBack.forEach(
        (edit, draft) -> assertThat(draft.title()).isEqualTo("Walk Bess, edit " + edit));
    assertThat(handedBack).hasSize(20 - savedAs.size());
  }

  @Test
  void editsOfDifferentGoalsFromTheSameVersionAllSave() throws Exception {
    UUID person = fixture.person;
    List<UUID> goals = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      goals.add(
          plans
              .addGoal(person, PlanFixture.goal("Goal " + i), UUID.randomUUID(), as(fixture.physio))
              .id());
    }

    List<String> failures =
        together(
            10,
            edit -> {
              plans.changeGoal(
                  person,
                  goals.get(edit),
                  10,
                  PlanFixture.goal("Goal " + edit + ", changed"),
                  as(fixture.mentalHealth));
              return null;
            });

    assertThat(failures).isEmpty();
    CarePlan plan = plans.plan(read(person));
    assertThat(plan.version()).isEqualTo(20);
    assertThat(plan.goals()).allMatch(goal -> goal.title().endsWith(", changed"));
  }

  @Test
  void tenSimultaneousSubmitsOfOneNewGoalStoreOneGoal() throws Exception {
    UUID person = fixture.person;
    UUID key = UUID.randomUUID();
    Map<Integer, UUID> created = new ConcurrentHashMap<>();

    List<String> failures =
        together(
            10,
            submit -> {
              created.put(
                  submit,
                  plans
                      .addGoal(person, PlanFixture.goal("Walk Bess"), key, as(fixture.physio))
                      .id());
              return null;
            });

    assertThat(failures).isEmpty();
    assertThat(created.values()).hasSize(10).containsOnly(created.get(0));
    CarePlan plan = plans.plan(read(person));
    assertThat(plan.goals()).hasSize(1);
    assertThat(plan.version()).isEqualTo(1);
  }

  private RecordAccess read(UUID person) {
    return access.require(person, as(fixture.patient), "care-plan.viewed");
  }

  /** Runs {@code count} tasks released at the same moment; returns any unexpected failures. */
  private List<String> together(int count, Task task) throws Exception {
    CountDownLatch ready = new CountDownLatch(count);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Void>> running = new ArrayList<>();
    for (int i : IntStream.range(0, count).toArray()) {
      Callable<Void> call =
          () -> {
            ready.countDown();
            go.await();
            return task.run(i);
          };
      running.add(threads.submit(call));
    }
    ready.await(30, TimeUnit.SECONDS);
    go.countDown();
    List<String> failures = new ArrayList<>();
    for (Future<Void> each : running) {
      try {
        each.get(60, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        failures.add(String.valueOf(e.getCause()));
      }
    }
    return failures;
  }

  @FunctionalInterface
  private interface Task {
    Void run(int index) throws Exception;
  }
}
