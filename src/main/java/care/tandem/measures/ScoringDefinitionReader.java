package care.tandem.measures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a scoring definition ({@code <id>.scoring.json}) against the Questionnaire beside it and
 * builds the {@link Instrument}. Checks everything that would make a score wrong: linkIds the
 * Questionnaire does not have, a range the items cannot add up to, bands with gaps or overlaps,
 * thresholds outside the range, malformed codes.
 */
final class ScoringDefinitionReader {

  private ScoringDefinitionReader() {}

  static Instrument read(QuestionnaireReader.Read questionnaire, String file, String json) {
    JsonField root = JsonField.parse(file, json);
    String id = root.text("instrument");
    if (!id.equals(questionnaire.id())) {
      throw root.field("instrument")
          .fault(id + " does not match the file name, " + questionnaire.id());
    }
    Map<String, Instrument.Question> byLinkId = new HashMap<>();
    questionnaire.questions().forEach(q -> byLinkId.put(q.linkId(), q));

    Set<String> scored = linkIds(root, "scoredItems", byLinkId);
    if (scored.isEmpty()) {
      throw root.field("scoredItems").fault("needs at least one question");
    }
    Set<String> reverse = linkIds(root, "reverseScoredItems", byLinkId);
    for (String linkId : reverse) {
      if (!scored.contains(linkId)) {
        throw root.field("reverseScoredItems").fault(linkId + " is not in scoredItems");
      }
    }
    Map<String, Integer> safetyAt = safetyItems(root, byLinkId);

    List<Instrument.Question> questions = new ArrayList<>();
    for (Instrument.Question q : questionnaire.questions()) {
      questions.add(
          new Instrument.Question(
              q.linkId(),
              q.text(),
              q.options(),
              scored.contains(q.linkId()),
              reverse.contains(q.linkId()),
              safetyAt.get(q.linkId())));
    }

    int min = 0;
    int max = 0;
    for (Instrument.Question q : questions) {
      if (q.scored()) {
        min += lowest(q);
        max += highest(q);
      }
    }
    JsonField total = root.field("total").object();
    int totalMin = total.integer("min");
    int totalMax = total.integer("max");
    if (totalMin != min) {
      throw total.field("min").fault(totalMin + " but the scored items add up to at least " + min);
    }
    if (totalMax != max) {
      throw total.field("max").fault(totalMax + " but the scored items add up to at most " + max);
    }

    List<Instrument.Band> bands = BandChecks.read(root, min, max);
    List<Instrument.Subscale> subscales = subscales(root, byLinkId, scored);
    Integer casenessAt = threshold(root, "casenessAt", min, max);
    Integer reliableChange = root.optionalInteger("reliableChange");
    if (reliableChange != null && (reliableChange < 1 || reliableChange > max - min)) {
      throw root.field("reliableChange")
          .fault(reliableChange + " must be between 1 and " + (max - min));
    }
    return new Instrument(
        id,
        questionnaire.title(),
        root.text("shortTitle"),
        questionnaire.stem(),
        questionnaire.attribution(),
        root.bool("validated"),
        questions,
        min,
        max,
        bands,
        subscales,
        casenessAt,
        reliableChange,
        root.bool("higherIsBetter"),
        totalCodes(root),
        questionnaire.json(),
        root.text("source"));
  }

  /** A question's value as it counts in the total: reversed ones count max - value. */
  static int counted(Instrument.Question q, int value) {
    return q.reverse() ? highestOffered(q) - value : value;
  }

  private static int lowest(Instrument.Question q) {
    return Math.min(counted(q, lowestOffered(q)), counted(q, highestOffered(q)));
  }

  private static int highest(Instrument.Question q) {
    return Math.max(counted(q, lowestOffered(q)), counted(q, highestOffered(q)));
  }

  private static int lowestOffered(Instrument.Question q) {
    return q.options().get(0).value();
  }

  private static int highestOffered(Instrument.Question q) {
    return q.options().get(q.options().size() - 1).value();
  }

  private static Set<String> linkIds(
      JsonField root, String name, Map<String, Instrument.Question> byLinkId) {
    Set<String> linkIds = new LinkedHashSet<>();
    List<String> listed = root.texts(name);
    for (int i = 0; i < listed.size(); i++) {
      String linkId = listed.get(i);
      String where = name + "[" + i + "]";
      if (!byLinkId.containsKey(linkId)) {
        throw root.field(where).fault(linkId + " is not a question in the Questionnaire");
      }
      if (!linkIds.add(linkId)) {
        throw root.field(where).fault(linkId + " is listed twice");
      }
    }
    return linkIds;
  }

  private static Map<String, Integer> safetyItems(
      JsonField root, Map<String, Instrument.Question> byLinkId) {
    Map<String, Integer> safetyAt = new HashMap<>();
    for (JsonField item : root.array("safetyItems")) {
      String linkId = item.object().text("linkId");
      Instrument.Question q = byLinkId.get(linkId);
      if (q == null) {
        throw item.field("linkId").fault(linkId + " is not a question in the Questionnaire");
      }
      int at = item.integer("at");
      if (q.option(at).isEmpty()) {
        throw item.field("at")
            .fault(at + " is not one of the answers question " + linkId + " offers");
      }
      if (safetyAt.put(linkId, at) != null) {
        throw item.field("linkId").fault(linkId + " is listed twice");
      }
    }
    return safetyAt;
  }

  private static List<Instrument.Subscale> subscales(
      JsonField root, Map<String, Instrument.Question> byLinkId, Set<String> scored) {
    List<Instrument.Subscale> subscales = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonField subscale : root.array("subscales")) {
      String id = subscale.object().text("id");
      if (!ids.add(id)) {
        throw subscale.field("id").fault(id + " is used twice");
      }
      Set<String> items = linkIds(subscale, "items", byLinkId);
      int min = 0;
      int max = 0;
      for (String linkId : items) {
        if (!scored.contains(linkId)) {
          throw subscale.field("items").fault(linkId + " is not in scoredItems");
        }
        min += lowest(byLinkId.get(linkId));
        max += highest(byLinkId.get(linkId));
      }
      if (items.isEmpty()) {
        throw subscale.field("items").fault("needs at least one question");
      }
      Integer positiveAt = threshold(subscale, "positiveAt", min, max);
      subscales.add(
          new Instrument.Subscale(id, subscale.text("title"), List.copyOf(items), positiveAt));
    }
    return subscales;
  }

  private static @Nullable Integer threshold(JsonField parent, String name, int min, int max) {
    Integer value = parent.optionalInteger(name);
    if (value != null && (value <= min || value > max)) {
      throw parent.field(name).fault(value + " must be above " + min + " and at most " + max);
    }
    return value;
  }

  private static List<Instrument.Code> totalCodes(JsonField root) {
    List<Instrument.Code> codes = new ArrayList<>();
    boolean loincSeen = false;
    for (JsonField code : root.array("totalCodes")) {
      String system = code.object().text("system");
      String value = code.text("code");
      String problem = CodeChecks.problem(system, value);
      if (problem != null) {
        throw code.field("code").fault(problem);
      }
      if (system.equals(CodeChecks.SNOMED) && loincSeen) {
        throw code.field("system").fault("SNOMED CT codes must come before LOINC codes");
      }
      loincSeen |= system.equals(CodeChecks.LOINC);
      codes.add(new Instrument.Code(system, value, code.text("display")));
    }
    return codes;
  }
}
