package care.tandem.plan;

import care.tandem.care.AboutMeService;
import care.tandem.care.RecordAccess;
import care.tandem.care.RecordNotFoundException;
import java.util.List;
import org.springframework.stereotype.Component;

/** Gathers what a plan page shows: the plan, who is who, and what matters to the person. */
@Component
class PlanPages {

  private final CarePlans plans;
  private final PlanPeople people;
  private final PlanPresenter presenter;
  private final AboutMeService aboutMe;

  PlanPages(CarePlans plans, PlanPeople people, PlanPresenter presenter, AboutMeService aboutMe) {
    this.plans = plans;
    this.people = people;
    this.presenter = presenter;
    this.aboutMe = aboutMe;
  }

  PlanPage now(RecordAccess access) {
    CarePlan plan = plans.plan(access);
    return presenter.page(plan, people.who(access, plan), whatMatters(access), canChange(access));
  }

  PlanPage earlier(RecordAccess access, CarePlan plan) {
    return presenter.page(plan, people.who(access, plan), whatMatters(access), false);
  }

  PlanHistoryPage history(RecordAccess access, List<PlanChange> changes) {
    PlanPeople.Who who =
        people.who(access, changes.stream().map(PlanChange::changedBy).distinct().toList());
    String base = "/people/" + access.person() + "/plan";
    int newest = changes.isEmpty() ? 0 : changes.get(0).version();
    return new PlanHistoryPage(
        access.person().toString(),
        who.personName(),
        changes.stream()
            .map(
                change ->
                    new PlanHistoryPage.Row(
                        change.version(),
                        PlanDates.dateAndTime(change.changedAt()),
                        who.account(change.changedBy()),
                        change.whatInWords(),
                        change.title(),
                        base + "/versions/" + change.version(),
                        change.version() == newest))
            .toList());
  }

  /** The change that made {@code version}, in words, for the earlier-version page. */
  PlanHistoryPage.Row change(RecordAccess access, List<PlanChange> changes, int version) {
    return history(access, changes).rows().stream()
        .filter(row -> row.version() == version)
        .findFirst()
        .orElseThrow(RecordNotFoundException::new);
  }

  static boolean canChange(RecordAccess access) {
    // Break-glass is for reading; someone helping the person may only read the plan (issue 13).
    return access.basis() != RecordAccess.Basis.BREAK_GLASS && !access.isHelper();
  }

  /** What matters to the person, from their "about me", line by line. */
  private List<String> whatMatters(RecordAccess access) {
    return aboutMe
        .aboutMe(access)
        .whatMatters()
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
  }
}
