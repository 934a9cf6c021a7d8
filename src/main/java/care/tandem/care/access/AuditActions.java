package care.tandem.care.access;

import java.util.Map;

/** What audit action codes mean to the person whose record it is. */
final class AuditActions {

  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("record.created", "Started your record"),
          Map.entry("record.viewed", "Looked at your record"),
          Map.entry("about-me.viewed", "Read your about me"),
          Map.entry("about-me.changed", "Changed your about me"),
          Map.entry("person-details.viewed", "Opened your details to change them"),
          Map.entry("person-details.changed", "Changed your details"),
          Map.entry("team.viewed", "Looked at your care team"),
          Map.entry("team.member-joined", "Added someone to your care team"),
          Map.entry("team.member-left", "Took someone off your care team"),
          Map.entry("team-request.made", "Asked for a change to your care team"),
          Map.entry("team-request.viewed", "Read a request about your care team"),
          Map.entry("team-request.accepted", "Accepted a request about your care team"),
          Map.entry("team-request.declined", "Declined a request about your care team"),
          Map.entry("team-request.withdrawn", "Withdrew a request about your care team"),
          Map.entry("break-glass.started", "Used emergency access to open your record"),
          Map.entry("break-glass.reviewed", "Reviewed someone's emergency access to your record"),
          Map.entry("access-log.viewed", "Looked at who has looked at your record"),
          // Joining one's own record (issue 13, part 1).
          Map.entry("invitations.viewed", "Looked at invitations to see your record"),
          Map.entry("invitation.created", "Invited you to see your record"),
          Map.entry("invitation.issued", "Made a code for your invitation"),
          Map.entry("invitation.resent", "Sent you a new invitation"),
          Map.entry("invitation.withdrawn", "Withdrew an invitation to see your record"),
          Map.entry("invitation.letter-viewed", "Opened your invitation letter to print it"),
          Map.entry("invitation.opened", "Opened an invitation to see your record"),
          Map.entry("invitation.code-refused", "Tried an invitation code that no longer works"),
          Map.entry("invitation.birth-date-wrong", "Gave a date of birth that did not match"),
          Map.entry("invitation.locked", "Locked an invitation after wrong dates of birth"),
          Map.entry("invitation.confirm-refused", "Tried to join your record and was refused"),
          Map.entry("record.joined", "Joined your record"),
          Map.entry("record.account-linked", "Linked a sign-in to your record"),
          Map.entry("record.account-unlinked", "Unlinked a sign-in from your record"),
          // carers and others helping the person (care.carers)
          Map.entry("helpers.viewed", "Looked at the people who help you"),
          Map.entry("carer.invited", "Invited someone to help you"),
          Map.entry("carer.consent-given", "Accepted your invitation to help you"),
          Map.entry("carer.consent-withdrawn", "Stopped someone helping you"),
          Map.entry("carer.invitation-withdrawn", "Withdrew an invitation to help you"),
          Map.entry("carer.invitation-refused", "Tried an invitation link that does not work"));

  private AuditActions() {}

  /** The action in words; codes added later ("care-plan.changed") read as "Care plan changed". */
  static String describe(String action) {
    String known = WORDS.get(action);
    if (known != null) {
      return known;
    }
    String words = action.replace('.', ' ').replace('-', ' ').replace('_', ' ').strip();
    return words.isEmpty() ? action : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
