package care.tandem.measures;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Each fault in a pack stops start-up with one message naming the file and the field. */
class BrokenPackTests {

  private static final String ID = "made-up-garden";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path pack;

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          questionnaire | /status | "draft" | questionnaire.json: status: draft is not active
          questionnaire | /resourceType | "Patient" | questionnaire.json: resourceType: must be Questionnaire
          questionnaire | /id | "garden" | questionnaire.json: id: garden does not match the file name, made-up-garden
          questionnaire | /url | "not a uri" | questionnaire.json: url: not a uri is not an absolute URI
          questionnaire | /copyright | | questionnaire.json: copyright: is missing
          questionnaire | /item/1/text | | questionnaire.json: item[1].text: is missing
          questionnaire | /item/2/linkId | "g1" | questionnaire.json: item[2].linkId: g1 is used twice
          questionnaire | /item/2/type | "string" | questionnaire.json: item[2].type: string is not supported
          questionnaire | /item/1/answerOption/1/extension/0/valueDecimal | 1.5 | questionnaire.json: item[1].answerOption[1].extension[0].valueDecimal: 1.5 is not a whole number
          questionnaire | /item/1/answerOption/1/extension/0/valueDecimal | "one" | questionnaire.json: item[1].answerOption[1].extension[0].valueDecimal: must be a whole number
          questionnaire | /item/1/answerOption/1/extension/0/valueDecimal | 0 | questionnaire.json: item[1].answerOption[1].extension: value 0 is offered twice
          questionnaire | /item/1/answerOption/1/valueCoding/code | "a0" | questionnaire.json: item[1].answerOption[1].valueCoding.code: a0 is offered twice
          scoring | /instrument | "garden" | scoring.json: instrument: garden does not match
          scoring | /shortTitle | | scoring.json: shortTitle: is missing
          scoring | /validated | "yes" | scoring.json: validated: must be true or false
          scoring | /scoredItems/1 | "g9" | scoring.json: scoredItems[1]: g9 is not a question in the Questionnaire
          scoring | /reverseScoredItems/0 | "g4" | scoring.json: reverseScoredItems: g4 is not in scoredItems
          scoring | /total/max | 15 | scoring.json: total.max: 15 but the scored items add up to at most 12
          scoring | /total/min | 1 | scoring.json: total.min: 1 but the scored items add up to at least 0
          scoring | /bands/0/from | 1 | scoring.json: bands[0].from: 1 leaves 0 in no band
          scoring | /bands/2/from | 10 | scoring.json: bands[2].from: 10 leaves 9 in no band
          scoring | /bands/2/from | 11 | scoring.json: bands[2].from: 11 leaves 9 to 10 in no band
          scoring | /bands/1/from | 4 | scoring.json: bands[1].from: 4 overlaps bands[0], which ends at 4
          scoring | /bands/2/to | 11 | scoring.json: bands[2].to: 11 leaves 12 in no band
          scoring | /bands/2/to | 13 | scoring.json: bands[2].to: 13 is above the highest possible total, 12
          scoring | /bands/1/code | "low" | scoring.json: bands[1].code: low is used twice
          scoring | /subscales/0/items/1 | "g4" | scoring.json: subscales[0].items: g4 is not in scoredItems
          scoring | /subscales/0/positiveAt | 9 | scoring.json: subscales[0].positiveAt: 9 must be above 0 and at most 8
          scoring | /casenessAt | 13 | scoring.json: casenessAt: 13 must be above 0 and at most 12
          scoring | /reliableChange | 0 | scoring.json: reliableChange: 0 must be between 1 and 12
          scoring | /safetyItems | [{"linkId": "g1", "at": 7}] | scoring.json: safetyItems[0].at: 7 is not one of the answers question g1 offers
          scoring | /totalCodes/0 | {"system": "http://loinc.org", "code": "44261-5", "display": "x"} | scoring.json: totalCodes[0].code: 44261-5 is not a valid LOINC code
          scoring | /totalCodes/0 | {"system": "http://snomed.info/sct", "code": "720433001", "display": "x"} | scoring.json: totalCodes[0].code: 720433001 is not a valid SNOMED CT identifier
          scoring | /totalCodes | [{"system": "http://loinc.org", "code": "44261-6", "display": "x"}, {"system": "http://snomed.info/sct", "code": "720433000", "display": "x"}] | scoring.json: totalCodes[1].system: SNOMED CT codes must come before LOINC codes
          """)
  void namesTheFileAndFieldOfEachFault(String file, String pointer, String value, String message)
      throws IOException {
    copyTestPack();
    edit(file, pointer, value);
    assertThatThrownBy(() -> new InstrumentLibrary(pack))
        .isInstanceOf(InstrumentFileException.class)
        .hasMessageStartingWith(ID + "." + message);
  }

  @Test
  void namesAFileThatIsNotWellFormedJson() throws IOException {
    copyTestPack();
    Files.writeString(pack.resolve(ID + ".scoring.json"), "{ \"instrument\": ");
    assertThatThrownBy(() -> new InstrumentLibrary(pack))
        .hasMessageStartingWith(ID + ".scoring.json: not well-formed JSON");
  }

  @Test
  void namesAQuestionnaireWithoutItsScoringFile() throws IOException {
    copyTestPack();
    Files.delete(pack.resolve(ID + ".scoring.json"));
    assertThatThrownBy(() -> new InstrumentLibrary(pack))
        .hasMessage(ID + ".questionnaire.json: has no " + ID + ".scoring.json");
  }

  @Test
  void refusesAPackInstrumentWithTheIdOfAShippedOne() throws IOException {
    copyTestPack();
    edit("questionnaire", "/id", "\"phq-9\"");
    edit("scoring", "/instrument", "\"phq-9\"");
    Files.move(pack.resolve(ID + ".questionnaire.json"), pack.resolve("phq-9.questionnaire.json"));
    Files.move(pack.resolve(ID + ".scoring.json"), pack.resolve("phq-9.scoring.json"));
    assertThatThrownBy(() -> new InstrumentLibrary(pack))
        .hasMessageStartingWith("phq-9.questionnaire.json: id: phq-9 is already used");
  }

  @Test
  void refusesAPackFolderThatIsNotThere() {
    assertThatThrownBy(() -> new InstrumentLibrary(pack.resolve("nowhere")))
        .hasMessageStartingWith("tandem.measures.pack-dir: ");
  }

  private void copyTestPack() throws IOException {
    for (String kind : new String[] {"questionnaire", "scoring"}) {
      String name = ID + "." + kind + ".json";
      Files.copy(LicensedPackTests.testPack().resolve(name), pack.resolve(name));
    }
  }

  /** Sets (or, with no value, removes) the field at the pointer in one of the pack's files. */
  private void edit(String kind, String pointer, String value) throws IOException {
    Path file = pack.resolve(ID + "." + kind + ".json");
    JsonNode root = JSON.readTree(Files.readString(file));
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    String last = at.last().getMatchingProperty();
    if (parent instanceof ArrayNode array) {
      array.set(at.last().getMatchingIndex(), JSON.readTree(value));
    } else if (value == null || value.isBlank()) {
      ((ObjectNode) parent).remove(last);
    } else {
      ((ObjectNode) parent).set(last, JSON.readTree(value));
    }
    Files.writeString(file, JSON.writeValueAsString(root));
  }
}
