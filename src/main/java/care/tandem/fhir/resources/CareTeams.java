package care.tandem.fhir.resources;

import care.tandem.care.CareTeamMember;
import care.tandem.care.Person;
import care.tandem.identity.OrganisationSummary;
import care.tandem.identity.ServiceSummary;
import care.tandem.identity.StaffDirectory;
import care.tandem.identity.StaffMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamParticipantComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A person's care team as one FHIR CareTeam, with the same id as their Patient: the person
 * themself, then each current member with their role on the team, the organisation they represent
 * and when they joined (UK Core CareTeam's must-support status, subject, participant.role and
 * participant.member). Practitioners and organisations are named, not served as resources.
 */
@Component
class CareTeams {

  private final StaffDirectory staff;

  CareTeams(StaffDirectory staff) {
    this.staff = staff;
  }

  CareTeam from(Person person, List<CareTeamMember> members) {
    CareTeam team = new CareTeam();
    team.setId(person.id().toString());
    team.setStatus(
        members.isEmpty() ? CareTeam.CareTeamStatus.INACTIVE : CareTeam.CareTeamStatus.ACTIVE);
    team.setName("Care team for " + person.fullName());
    team.setSubject(FhirTypes.patient(person.id(), person.fullName()));
    members.stream()
        .map(CareTeamMember::joinedAt)
        .min(Comparator.naturalOrder())
        .ifPresent(
            start -> team.setPeriod(new Period().setStartElement(FhirTypes.dateTime(start))));
    members.stream()
        .map(CareTeamMember::joinedAt)
        .max(Comparator.naturalOrder())
        .map(Date::from)
        .ifPresent(team.getMeta()::setLastUpdated);
    team.addParticipant()
        .setRole(List.of(new CodeableConcept().setText("Patient")))
        .setMember(FhirTypes.patient(person.id(), person.fullName()));
    Map<UUID, StaffMember> names =
        staff.findAll(members.stream().map(CareTeamMember::accountId).toList());
    List<String> summary = new ArrayList<>(List.of(team.getName()));
    for (CareTeamMember member : members) {
      CareTeamParticipantComponent participant = participant(member, names.get(member.accountId()));
      team.addParticipant(participant);
      summary.add(
          participant.getMember().getDisplay()
              + ", "
              + member.teamRole()
              + (participant.hasOnBehalfOf()
                  ? ", " + participant.getOnBehalfOf().getDisplay()
                  : ""));
    }
    team.setText(Narratives.of(summary));
    return team;
  }

  private CareTeamParticipantComponent participant(
      CareTeamMember member, @Nullable StaffMember who) {
    String name = who == null ? "Unknown" : who.displayName();
    CareTeamParticipantComponent participant =
        new CareTeamParticipantComponent()
            .setRole(List.of(new CodeableConcept().setText(member.teamRole())))
            .setMember(FhirTypes.logical("Practitioner", member.accountId(), name))
            .setPeriod(new Period().setStartElement(FhirTypes.dateTime(member.joinedAt())));
    organisationName(member, who)
        .ifPresent(
            organisation ->
                participant.setOnBehalfOf(
                    FhirTypes.logical("Organization", member.organisationId(), organisation)));
    return participant;
  }

  private Optional<String> organisationName(CareTeamMember member, @Nullable StaffMember who) {
    if (member.organisationId() == null) {
      return Optional.empty();
    }
    if (member.serviceId() != null) {
      Optional<String> byService =
          staff.service(member.serviceId()).map(ServiceSummary::organisationName);
      if (byService.isPresent()) {
        return byService;
      }
    }
    return who == null
        ? Optional.empty()
        : who.organisations().stream()
            .filter(o -> o.id().equals(member.organisationId()))
            .map(OrganisationSummary::name)
            .findFirst();
  }
}
