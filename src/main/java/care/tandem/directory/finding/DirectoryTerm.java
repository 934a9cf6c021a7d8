package care.tandem.directory.finding;

import care.tandem.directory.TandemTaxonomy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tandem's taxonomy terms as the search page names them in its addresses ({@code
 * need=peer-support}) and labels them, with the ids the directory migration seeded. The codes are
 * part of the URL contract: the bench, saved searches and other pages build links with them.
 */
public enum DirectoryTerm {
  PAIN_SELF_MANAGEMENT(
      Kind.NEED,
      "pain-self-management",
      "Pain self-management",
      TandemTaxonomy.PAIN_SELF_MANAGEMENT),
  PHYSIOTHERAPY_AND_EXERCISE(
      Kind.NEED,
      "physiotherapy-and-exercise",
      "Physiotherapy and exercise",
      TandemTaxonomy.PHYSIOTHERAPY_AND_EXERCISE),
  TALKING_THERAPIES(
      Kind.NEED, "talking-therapies", "Talking therapies", TandemTaxonomy.TALKING_THERAPIES),
  CRISIS_SUPPORT(Kind.NEED, "crisis-support", "Crisis support", TandemTaxonomy.CRISIS_SUPPORT),
  PEER_SUPPORT(Kind.NEED, "peer-support", "Peer support", TandemTaxonomy.PEER_SUPPORT),
  MONEY_AND_DEBT(Kind.NEED, "money-and-debt", "Money and debt", TandemTaxonomy.MONEY_AND_DEBT),
  WORK_AND_BENEFITS(
      Kind.NEED, "work-and-benefits", "Work and benefits", TandemTaxonomy.WORK_AND_BENEFITS),
  HOUSING(Kind.NEED, "housing", "Housing", TandemTaxonomy.HOUSING),
  CARERS(Kind.NEED, "carers", "Carers", TandemTaxonomy.CARERS),
  SOCIAL_ACTIVITY_AND_GREEN_SPACE(
      Kind.NEED,
      "social-activity-and-green-space",
      "Social activity and green space",
      TandemTaxonomy.SOCIAL_ACTIVITY_AND_GREEN_SPACE),
  SLEEP(Kind.NEED, "sleep", "Sleep", TandemTaxonomy.SLEEP),
  IN_PERSON(Kind.DELIVERY, "in-person", "In person", TandemTaxonomy.IN_PERSON),
  BY_PHONE(Kind.DELIVERY, "by-phone", "By phone", TandemTaxonomy.BY_PHONE),
  ONLINE(Kind.DELIVERY, "online", "Online", TandemTaxonomy.ONLINE),
  SELF_REFERRAL(
      Kind.SELF_REFERRAL, "self-referral", "You can refer yourself", TandemTaxonomy.SELF_REFERRAL),
  STEP_FREE_ACCESS(
      Kind.ACCESS, "step-free-access", "Step-free access", TandemTaxonomy.STEP_FREE_ACCESS),
  HEARING_LOOP(Kind.ACCESS, "hearing-loop", "Hearing loop", TandemTaxonomy.HEARING_LOOP),
  ACCESSIBLE_TOILET(
      Kind.ACCESS, "accessible-toilet", "Accessible toilet", TandemTaxonomy.ACCESSIBLE_TOILET),
  BSL_INTERPRETER(
      Kind.ACCESS, "bsl-interpreter", "British Sign Language", TandemTaxonomy.BSL_INTERPRETER),
  QUIET_SPACE(Kind.ACCESS, "quiet-space", "Quiet space", TandemTaxonomy.QUIET_SPACE);

  /** Which question on the search page a term answers. */
  public enum Kind {
    NEED,
    DELIVERY,
    SELF_REFERRAL,
    ACCESS
  }

  private final Kind kind;
  private final String code;
  private final String label;
  private final UUID id;

  DirectoryTerm(Kind kind, String code, String label, UUID id) {
    this.kind = kind;
    this.code = code;
    this.label = label;
    this.id = id;
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public UUID id() {
    return id;
  }

  public static List<DirectoryTerm> of(Kind kind) {
    return Arrays.stream(values()).filter(term -> term.kind == kind).toList();
  }

  public static Optional<DirectoryTerm> ofCode(Kind kind, String code) {
    return Arrays.stream(values())
        .filter(term -> term.kind == kind && term.code.equals(code))
        .findFirst();
  }

  public static Optional<DirectoryTerm> ofId(UUID id) {
    return Arrays.stream(values()).filter(term -> term.id.equals(id)).findFirst();
  }
}
