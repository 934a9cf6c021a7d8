package care.tandem.measures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the parts of a FHIR R4 Questionnaire resource that Tandem asks: its title, attribution, the
 * stem (the one display item) and the choice questions with their answer options and values. Each
 * option's value is the standard {@code ordinalValue} extension, so the file stays a plain FHIR
 * resource that other systems can read.
 */
final class QuestionnaireReader {

  static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
  static final Pattern LINK_ID = Pattern.compile("[A-Za-z0-9._/-]{1,100}");

  /** What the Questionnaire says, before the scoring file adds to it. */
  record Read(
      String id,
      String title,
      String attribution,
      String stem,
      List<Instrument.Question> questions,
      String json) {}

  private QuestionnaireReader() {}

  static Read read(String expectedId, String file, String json) {
    JsonField root = JsonField.parse(file, json);
    if (!"Questionnaire".equals(root.text("resourceType"))) {
      throw root.field("resourceType").fault("must be Questionnaire");
    }
    String id = root.text("id");
    if (!id.equals(expectedId)) {
      throw root.field("id").fault(id + " does not match the file name, " + expectedId);
    }
    String url = root.text("url");
    if (!CodeChecks.isAbsoluteUri(url)) {
      throw root.field("url").fault(url + " is not an absolute URI");
    }
    root.text("name");
    String title = root.text("title");
    String status = root.text("status");
    if (!status.equals("active")) {
      throw root.field("status").fault(status + " is not active, so it cannot be asked");
    }
    String attribution = root.text("copyright");
    for (JsonField code : root.optionalArray("code")) {
      checkCoding(code.object(), false);
    }

    String stem = null;
    List<Instrument.Question> questions = new ArrayList<>();
    Set<String> linkIds = new HashSet<>();
    List<JsonField> items = root.array("item");
    for (JsonField item : items) {
      item.object();
      String linkId = item.text("linkId");
      if (!LINK_ID.matcher(linkId).matches()) {
        throw item.field("linkId")
            .fault(linkId + " must be 1 to 100 letters, digits, '.', '_', '/' or '-'");
      }
      if (!linkIds.add(linkId)) {
        throw item.field("linkId").fault(linkId + " is used twice");
      }
      String type = item.text("type");
      if (item.has("item")) {
        throw item.field("item").fault("nested items are not supported; list questions in order");
      }
      if (type.equals("display")) {
        if (stem != null) {
          throw item.fault("only one display item (the stem) is supported");
        }
        stem = item.text("text");
      } else if (type.equals("choice")) {
        questions.add(question(item, linkId));
      } else {
        throw item.field("type").fault(type + " is not supported; use choice or display");
      }
    }
    if (stem == null) {
      throw root.field("item").fault("needs a display item holding the stem");
    }
    if (questions.isEmpty()) {
      throw root.field("item").fault("needs at least one choice question");
    }
    return new Read(id, title, attribution, stem, questions, json);
  }

  private static Instrument.Question question(JsonField item, String linkId) {
    String text = item.text("text");
    for (JsonField code : item.optionalArray("code")) {
      checkCoding(code.object(), false);
    }
    List<JsonField> options = item.array("answerOption");
    if (options.size() < 2) {
      throw item.field("answerOption").fault("needs at least two answers");
    }
    List<Instrument.AnswerOption> read = new ArrayList<>();
    Set<Integer> values = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (JsonField option : options) {
      JsonField coding = option.object().field("valueCoding").object();
      checkCoding(coding, true);
      String code = coding.text("code");
      if (!codes.add(code)) {
        throw coding.field("code").fault(code + " is offered twice");
      }
      int value = ordinalValue(option);
      if (!values.add(value)) {
        throw option.field("extension").fault("value " + value + " is offered twice");
      }
      read.add(new Instrument.AnswerOption(value, code, coding.text("display")));
    }
    read.sort(Comparator.comparingInt(Instrument.AnswerOption::value));
    return new Instrument.Question(linkId, text, read, false, false, null);
  }

  private static int ordinalValue(JsonField option) {
    List<JsonField> extensions = option.array("extension");
    for (JsonField extension : extensions) {
      if (ORDINAL_VALUE.equals(extension.object().optionalText("url"))) {
        return extension.integer("valueDecimal");
      }
    }
    throw option.field("extension").fault("needs an " + ORDINAL_VALUE + " with the answer's value");
  }

  private static void checkCoding(JsonField coding, boolean systemOptional) {
    String code = coding.text("code");
    coding.text("display");
    String system = systemOptional ? coding.optionalText("system") : coding.text("system");
    if (system != null) {
      String problem = CodeChecks.problem(system, code);
      if (problem != null) {
        throw coding.field("code").fault(problem);
      }
    }
  }
}
