package care.tandem.care;

import java.util.UUID;

/**
 * Proof that {@link CareAccess} let an account into a person's record, and on what basis. Services
 * that read the record take one of these, so nothing can be read without the check and its audit
 * row.
 *
 * @param account the account let in; for a {@link ConnectedSystem}, the system's id
 * @param role the account's role as a code ({@code PATIENT}, {@code PRACTITIONER}...), as audited
 */
public record RecordAccess(UUID person, UUID account, String role, Basis basis) {

  /** Why the account may see the record. */
  public enum Basis {
    /** The person themself, through their own account. */
    THE_PERSON,
    /** A current member of the person's care team (the legitimate relationship). */
    TEAM_MEMBER,
    /** Someone off the team, with an unexpired break-glass grant. */
    BREAK_GLASS,
    /**
     * A {@link ConnectedSystem} acting for an organisation that has someone on the team (read only;
     * see {@link ConnectedSystems}).
     */
    CONNECTED_SYSTEM,
    /**
     * Someone the person asked to help them (a carer), with the person's current consent, for the
     * actions it allows (see {@link HelperPermission}).
     */
    CARER
  }

  public boolean isThePerson() {
    return basis == Basis.THE_PERSON;
  }

  /** Someone helping the person, with their consent (never the team, never the person). */
  public boolean isHelper() {
    return basis == Basis.CARER;
  }

  public boolean isTeamMember() {
    return basis == Basis.TEAM_MEMBER;
  }
}
