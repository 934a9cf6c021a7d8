package care.tandem.system;

import static care.tandem.system.Capability.Holder.ADMIN;
import static care.tandem.system.Capability.Holder.GP;
import static care.tandem.system.Capability.Holder.MENTAL_HEALTH_PRACTITIONER;
import static care.tandem.system.Capability.Holder.PAIN_SPECIALIST;
import static care.tandem.system.Capability.Holder.PHYSIOTHERAPIST;
import static care.tandem.system.Capability.Holder.SERVICE_LEAD;
import static care.tandem.system.Capability.Holder.THE_PERSON;
import static care.tandem.system.Capability.Holder.VOLUNTEER;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What each role and discipline may do: the one capability table, read by the route table, the care
 * record's checks ({@code care.Capabilities}), the pages' buttons and docs/capabilities.md.
 *
 * <p>A capability {@link #onARecord() on a record} also needs a relationship to the person (their
 * own record, or a place on their care team), which {@code CareAccess} decides: without one, a
 * record is not found (404); with one but without the capability, the answer is "You cannot do
 * this" (403).
 */
public enum Capability {
  CHANGE_IDENTITY_DETAILS(
      "Change identity details",
      "change a person's name, date of birth, NHS number and contact details",
      true,
      THE_PERSON,
      PHYSIOTHERAPIST,
      MENTAL_HEALTH_PRACTITIONER,
      GP,
      PAIN_SPECIALIST,
      ADMIN),
  WRITE_ABOUT_ME(
      "Write about me",
      "write the \"about me\" part of a record, in the person's words",
      true,
      THE_PERSON),
  CHANGE_CARE_PLAN(
      "Change the care plan",
      "add and change goals and actions in the care plan, and mark actions done",
      true,
      THE_PERSON,
      PHYSIOTHERAPIST,
      MENTAL_HEALTH_PRACTITIONER,
      GP,
      PAIN_SPECIALIST,
      VOLUNTEER,
      SERVICE_LEAD),
  POST_IN_CONVERSATION(
      "Post in the conversation",
      "write in the person's conversation, start a topic and change their own messages",
      true,
      THE_PERSON,
      PHYSIOTHERAPIST,
      MENTAL_HEALTH_PRACTITIONER,
      GP,
      PAIN_SPECIALIST,
      VOLUNTEER,
      SERVICE_LEAD),
  ASK_FOR_QUESTIONNAIRE(
      "Ask for a clinical questionnaire",
      "ask the person to fill in a clinical questionnaire (such as the PHQ-9), stop asking, or set"
          + " the appointment it is for",
      true,
      PHYSIOTHERAPIST,
      MENTAL_HEALTH_PRACTITIONER,
      GP,
      PAIN_SPECIALIST),
  ANSWER_QUESTIONNAIRE(
      "Fill in a questionnaire",
      "start filling in a questionnaire: the person, or a clinician with them (in an appointment)",
      true,
      THE_PERSON,
      PHYSIOTHERAPIST,
      MENTAL_HEALTH_PRACTITIONER,
      GP,
      PAIN_SPECIALIST),
  SEE_RESULTS(
      "See results",
      "see questionnaire scores and how they have changed",
      true,
      THE_PERSON,
      PHYSIOTHERAPIST,
      MENTAL_HEALTH_PRACTITIONER,
      GP,
      PAIN_SPECIALIST,
      VOLUNTEER,
      SERVICE_LEAD),
  HANDLE_SAFETY_ALERTS(
      "Act on safety alerts",
      "acknowledge and close a safety alert raised by a worrying answer",
      true,
      PHYSIOTHERAPIST,
      MENTAL_HEALTH_PRACTITIONER,
      GP,
      PAIN_SPECIALIST),
  SIGNPOST(
      "Signpost",
      "signpost the person to a local service and record what came of it",
      true,
      THE_PERSON,
      PHYSIOTHERAPIST,
      MENTAL_HEALTH_PRACTITIONER,
      GP,
      PAIN_SPECIALIST,
      VOLUNTEER,
      SERVICE_LEAD),
  MANAGE_TEAM(
      "Manage the care team",
      "bring colleagues onto the care team, invite a practitioner or ask for someone to be removed",
      true,
      THE_PERSON,
      PHYSIOTHERAPIST,
      MENTAL_HEALTH_PRACTITIONER,
      GP,
      PAIN_SPECIALIST,
      SERVICE_LEAD),
  SEE_ACCESS_LOG(
      "See who has looked at the record",
      "see the list of everyone who has opened the record",
      true,
      THE_PERSON),
  START_A_RECORD(
      "Start a record",
      "add someone new to Tandem and start their record, joining their care team",
      false,
      PHYSIOTHERAPIST,
      MENTAL_HEALTH_PRACTITIONER,
      GP,
      PAIN_SPECIALIST,
      VOLUNTEER,
      SERVICE_LEAD),
  BREAK_GLASS(
      "Use emergency access",
      "open the record of someone whose care team they are not on, in an emergency, with a reason",
      false,
      PHYSIOTHERAPIST,
      MENTAL_HEALTH_PRACTITIONER,
      GP,
      PAIN_SPECIALIST,
      SERVICE_LEAD),
  REVIEW_BREAK_GLASS(
      "Review emergency access",
      "review each use of emergency access and mark it reviewed",
      false,
      ADMIN),
  EDIT_DIRECTORY(
      "Keep the directory true",
      "add and change services in the signposting directory, work its review queue and import"
          + " listings",
      false,
      SERVICE_LEAD),
  EDIT_LIBRARY(
      "Keep the library",
      "write, change, publish and copy pieces in the learning library, and add media files",
      false,
      SERVICE_LEAD),
  HIDE_MESSAGES(
      "Hide a reported message",
      "hide a message in a conversation that someone reported",
      false,
      ADMIN),
  OFFER_PATHWAY(
      "Offer a pathway",
      "offer the person a paced pathway from the library and follow how it is going",
      true,
      PHYSIOTHERAPIST,
      MENTAL_HEALTH_PRACTITIONER,
      GP,
      PAIN_SPECIALIST,
      VOLUNTEER,
      SERVICE_LEAD),
  BUILD_PATHWAYS(
      "Build pathways",
      "build and change paced pathways from the library, and see what gets in people's way",
      false,
      SERVICE_LEAD),
  ADMINISTER_ACCOUNTS(
      "Administer accounts",
      "manage organisations, services, accounts and connected systems, and read the audit log",
      false,
      ADMIN);

  private final String label;
  private final String description;
  private final boolean onARecord;
  private final Set<Holder> holders;

  Capability(String label, String description, boolean onARecord, Holder... holders) {
    this.label = label;
    this.description = description;
    this.onARecord = onARecord;
    this.holders = Collections.unmodifiableSet(EnumSet.of(holders[0], holders));
  }

  /** A short name, as in the table: "Change identity details". */
  public String label() {
    return label;
  }

  /** What it lets someone do, to follow "can": "change a person's name, …". */
  public String description() {
    return description;
  }

  /** Whether it is done to a person's record, so needs a relationship to the person too. */
  public boolean onARecord() {
    return onARecord;
  }

  public Set<Holder> holders() {
    return holders;
  }

  /**
   * Who holds it, in words for a page: "the person whose record it is, a GP or an administrator".
   */
  public String whoCan() {
    List<String> names = holders.stream().map(Holder::inASentence).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }

  /** The Spring authorities of the holders other than the person: for the route table. */
  public String[] authorities() {
    return holders.stream()
        .filter(holder -> holder != THE_PERSON)
        .map(Holder::authority)
        .distinct()
        .toArray(String[]::new);
  }

  /**
   * Who can hold a capability: the person themself (by their relationship to their own record,
   * whatever their role), each practitioner discipline, service leads and admins.
   */
  public enum Holder {
    THE_PERSON("The person", "the person whose record it is", "ROLE_PATIENT"),
    PHYSIOTHERAPIST("Physiotherapist", "a physiotherapist", "DISCIPLINE_PHYSIOTHERAPIST"),
    MENTAL_HEALTH_PRACTITIONER(
        "Mental health practitioner",
        "a mental health practitioner",
        "DISCIPLINE_MENTAL_HEALTH_PRACTITIONER"),
    GP("GP", "a GP", "DISCIPLINE_GP"),
    PAIN_SPECIALIST("Pain specialist", "a pain specialist", "DISCIPLINE_PAIN_SPECIALIST"),
    VOLUNTEER(
        "Volunteer or peer supporter", "a volunteer or peer supporter", "DISCIPLINE_VOLUNTEER"),
    SERVICE_LEAD("Service lead", "a service lead", "ROLE_SERVICE_LEAD"),
    ADMIN("Administrator", "an administrator", "ROLE_ADMIN");

    private final String label;
    private final String inASentence;
    private final String authority;

    Holder(String label, String inASentence, String authority) {
      this.label = label;
      this.inASentence = inASentence;
      this.authority = authority;
    }

    public String label() {
      return label;
    }

    /** As words in a sentence: "a GP". */
    public String inASentence() {
      return inASentence;
    }

    /** The Spring authority that makes an account this holder (a role or a discipline). */
    public String authority() {
      return authority;
    }

    /**
     * The holder an account's authorities make it, apart from being the person: its discipline for
     * a practitioner, else its role. A person receiving care is {@link #THE_PERSON} only on their
     * own record, which the caller knows, not their authorities.
     */
    public static Optional<Holder> staffOf(Collection<String> authorities) {
      for (Holder holder : values()) {
        if (holder != THE_PERSON && authorities.contains(holder.authority)) {
          return Optional.of(holder);
        }
      }
      return Optional.empty();
    }
  }
}
