package care.tandem.directory.signposting;

import care.tandem.care.RecordAccess;
import care.tandem.care.web.CareDates;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Shapes signposts for the pages: names instead of ids, dates in words, links. */
@Component
class SignpostViews {

  private final Signposts signposts;
  private final StaffDirectory staff;

  SignpostViews(Signposts signposts, StaffDirectory staff) {
    this.signposts = signposts;
    this.staff = staff;
  }

  static boolean canRecord(RecordAccess access) {
    return access.isThePerson() || access.isTeamMember();
  }

  List<SignpostsPage.Line> lines(RecordAccess access, List<Signpost> list) {
    Map<UUID, List<RecordedOutcome>> history = signposts.history(list);
    Set<UUID> accounts = new HashSet<>();
    list.forEach(signpost -> accounts.add(signpost.signpostedBy()));
    history.values().forEach(outcomes -> outcomes.forEach(o -> accounts.add(o.recordedBy())));
    Map<UUID, StaffMember> names = staff.findAll(accounts);
    return list.stream()
        .map(
            signpost ->
                new SignpostsPage.Line(
                    signpost.id().toString(),
                    signpost.serviceName(),
                    SignpostLinks.service(signpost.service()),
                    signpost.reason(),
                    who(access, names, signpost.signpostedBy())
                        + " on "
                        + CareDates.date(signpost.signpostedAt()),
                    signpost.outcome() == null ? null : signpost.outcome().label(),
                    history.getOrDefault(signpost.id(), List.of()).stream()
                        .map(
                            outcome ->
                                new SignpostsPage.Earlier(
                                    outcome.outcome().label(),
                                    outcome.note(),
                                    who(access, names, outcome.recordedBy())
                                        + " on "
                                        + CareDates.date(outcome.recordedAt())))
                        .toList(),
                    canRecord(access)
                        ? SignpostLinks.outcome(access.person(), signpost.id())
                        : null))
        .toList();
  }

  /** "You" for the viewer, otherwise the account's name. */
  static String who(RecordAccess access, Map<UUID, StaffMember> names, UUID account) {
    if (account.equals(access.account())) {
      return "You";
    }
    StaffMember member = names.get(account);
    return member == null ? "Unknown" : member.displayName();
  }
}
