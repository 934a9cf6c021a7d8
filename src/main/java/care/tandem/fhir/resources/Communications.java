package care.tandem.fhir.resources;

import care.tandem.care.Person;
import care.tandem.conversation.MessageSummary;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationStatus;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The messages on a person's record as FHIR {@code Communication}s: sent by their author to the
 * care team (and to the member asked to reply, if any). A reply points to the requests it answers
 * with {@code inResponseTo}: a member's next message in a thread answers every request made of them
 * there before it, as the conversation itself counts replies. Hidden messages are left out.
 */
@Component
class Communications {

  static final String MAIN_CONVERSATION = "Conversation";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm").withZone(FhirTypes.UK);

  private final Parties parties;

  Communications(Parties parties) {
    this.parties = parties;
  }

  /** The record's messages, oldest first as posted; hidden ones are not among them. */
  List<Communication> from(Person person, List<MessageSummary> messages) {
    Parties.Names names =
        parties.names(
            person,
            messages.stream().flatMap(m -> Stream.of(m.author(), m.replyRequestedFrom())).toList());
    Map<UUID, Map<UUID, List<UUID>>> waitingByThread = new HashMap<>();
    List<Communication> served = new ArrayList<>();
    for (MessageSummary message : messages) {
      Map<UUID, List<UUID>> waiting =
          waitingByThread.computeIfAbsent(message.thread(), thread -> new HashMap<>());
      List<UUID> answers =
          message.author() == null ? List.of() : waiting.getOrDefault(message.author(), List.of());
      if (message.author() != null) {
        waiting.remove(message.author());
      }
      if (message.replyRequestedFrom() != null) {
        waiting
            .computeIfAbsent(message.replyRequestedFrom(), who -> new ArrayList<>())
            .add(message.id());
      }
      if (!message.hidden()) {
        served.add(communication(person, message, answers, names));
      }
    }
    return served;
  }

  private static Communication communication(
      Person person, MessageSummary message, List<UUID> answers, Parties.Names names) {
    Communication resource = new Communication();
    resource.setId(message.id().toString());
    resource.setStatus(CommunicationStatus.COMPLETED);
    resource.setSubject(FhirTypes.patient(person.id(), person.fullName()));
    String topic = message.threadTitle() == null ? MAIN_CONVERSATION : message.threadTitle();
    resource.setTopic(new CodeableConcept().setText(topic));
    Reference sender = sender(person, message, names);
    resource.setSender(sender);
    resource.addRecipient(
        new Reference("CareTeam/" + person.id()).setDisplay("Care team for " + person.fullName()));
    if (message.replyRequestedFrom() != null) {
      resource.addRecipient(names.of(message.replyRequestedFrom()));
    }
    resource.setSentElement(FhirTypes.dateTime(message.postedAt()));
    resource.addPayload().setContent(new org.hl7.fhir.r4.model.StringType(text(message)));
    answers.forEach(request -> resource.addInResponseTo(new Reference("Communication/" + request)));
    List<String> summary =
        new ArrayList<>(
            List.of(
                topic + ": from " + sender.getDisplay() + ", " + WHEN.format(message.postedAt()),
                text(message)));
    if (message.edited()) {
      resource.addNote().setText("Edited by its author. Tandem keeps the earlier text.");
      summary.add("Edited by its author.");
    }
    if (message.replyRequestedFrom() != null) {
      summary.add("Asks " + names.nameOf(message.replyRequestedFrom()) + " to reply.");
    }
    resource.setText(Narratives.of(summary));
    return resource;
  }

  private static Reference sender(Person person, MessageSummary message, Parties.Names names) {
    @Nullable UUID author = message.author();
    if (message.byThePerson() || author == null) {
      return FhirTypes.patient(person.id(), person.fullName());
    }
    return names.of(author);
  }

  private static String text(MessageSummary message) {
    String text = message.text();
    return text == null ? "" : text;
  }
}
