package care.tandem.plan.demo;

import care.tandem.care.web.CareDates;
import care.tandem.plan.ActionDraft;
import care.tandem.plan.CarePlans;
import care.tandem.plan.GoalDraft;
import care.tandem.plan.GoalStatus;
import care.tandem.plan.PlanSection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Writes one demo person's plan change by change, as the team and the person would have, each
 * change by a named member some days ago, through {@link CarePlans} (so every change has its
 * version, its snapshot and its event). Members are named by their demo e-mail's local part.
 */
final class DemoPlanWriter {

  private final CarePlans plans;
  private final UUID person;
  private final LocalDate today;
  private final Map<UUID, GoalDraft> goals = new HashMap<>();
  private final Map<UUID, ActionDraft> actions = new HashMap<>();
  private int version;
  private int step;

  DemoPlanWriter(CarePlans plans, UUID person, LocalDate today) {
    this.plans = plans;
    this.person = person;
    this.today = today;
  }

  UUID goal(
      int daysAgo,
      String who,
      PlanSection section,
      String title,
      String target,
      @Nullable String owner,
      GoalStatus status,
      int reviewInDays) {
    GoalDraft draft =
        new GoalDraft(section, title, target, account(owner), status, today.plusDays(reviewInDays));
    UUID id = at(daysAgo).addGoal(person, draft, key("goal", title), as(who)).id();
    goals.put(id, draft);
    version++;
    return id;
  }

  void changeGoal(int daysAgo, String who, UUID goal, UnaryOperator<GoalDraft> change) {
    GoalDraft changed = change.apply(goals.get(goal));
    version = at(daysAgo).changeGoal(person, goal, version, changed, as(who));
    goals.put(goal, changed);
  }

  void goalStatus(int daysAgo, String who, UUID goal, GoalStatus status) {
    changeGoal(
        daysAgo,
        who,
        goal,
        g -> new GoalDraft(g.section(), g.title(), g.target(), g.owner(), status, g.reviewDate()));
  }

  UUID action(
      int daysAgo,
      String who,
      PlanSection section,
      String what,
      @Nullable String assignee,
      int dueInDays) {
    ActionDraft draft =
        new ActionDraft(section, what, account(assignee), today.plusDays(dueInDays), false);
    UUID id = at(daysAgo).addAction(person, draft, key("action", what), as(who)).id();
    actions.put(id, draft);
    version++;
    return id;
  }

  void done(int daysAgo, String who, UUID action) {
    version = at(daysAgo).markDone(person, action, version, as(who));
  }

  /** Plans whose changes are stamped {@code daysAgo} days ago, a little after the one before. */
  private CarePlans at(int daysAgo) {
    step++;
    Instant when =
        today
            .minusDays(daysAgo)
            .atTime(LocalTime.of(9, 0))
            .atZone(CareDates.UK_TIME)
            .toInstant()
            .plusSeconds(step * 23L * 60);
    return plans.at(Clock.fixed(when, ZoneOffset.UTC));
  }

  private UUID key(String kind, String text) {
    return UUID.nameUUIDFromBytes(
        ("tandem-demo:plan:" + person + ":" + kind + ":" + text).getBytes(StandardCharsets.UTF_8));
  }

  private static @Nullable UUID account(@Nullable String who) {
    return who == null ? null : DemoPlans.account(who);
  }

  /** As the demo account signs in: its role and, for a practitioner, its discipline. */
  private static Authentication as(String who) {
    List<String> authorities =
        switch (who) {
          case "patient" -> List.of("ROLE_PATIENT");
          case "physio" -> List.of("ROLE_PRACTITIONER", "DISCIPLINE_PHYSIOTHERAPIST");
          case "mentalhealth" ->
              List.of("ROLE_PRACTITIONER", "DISCIPLINE_MENTAL_HEALTH_PRACTITIONER");
          case "gp" -> List.of("ROLE_PRACTITIONER", "DISCIPLINE_GP");
          case "pain" -> List.of("ROLE_PRACTITIONER", "DISCIPLINE_PAIN_SPECIALIST");
          default -> List.of("ROLE_PRACTITIONER", "DISCIPLINE_VOLUNTEER");
        };
    return UsernamePasswordAuthenticationToken.authenticated(
        DemoPlans.account(who).toString(), null, AuthorityUtils.createAuthorityList(authorities));
  }
}
