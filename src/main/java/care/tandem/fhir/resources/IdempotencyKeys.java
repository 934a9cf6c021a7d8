package care.tandem.fhir.resources;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * The key that makes a create safe to repeat: the response's own identifier when the sender gives
 * one, else a hash of what it says (questionnaire, subject, authored time and answers), so a client
 * retrying after a lost reply stores one response.
 */
final class IdempotencyKeys {

  private IdempotencyKeys() {}

  static String of(QuestionnaireResponse sent, UUID person, Map<String, Integer> answers) {
    Identifier identifier = sent.getIdentifier();
    if (identifier != null && identifier.hasValue()) {
      String key = "id:" + identifier.getSystem() + "|" + identifier.getValue();
      return key.length() <= 200 ? key : "id-sha256:" + sha256(key);
    }
    String content =
        sent.getQuestionnaire()
            + "\n"
            + person
            + "\n"
            + sent.getAuthoredElement().getValueAsString()
            + "\n"
            + new TreeMap<>(answers);
    return "content-sha256:" + sha256(content);
  }

  /**
   * The key of a refused response kept for its safety answers: never the key of a stored one, so
   * the corrected response can be sent with the same identifier; the same refused response sent
   * again raises no second alert.
   */
  static String refused(QuestionnaireResponse sent, FhirContext fhir) {
    Identifier identifier = sent.getIdentifier();
    String said =
        identifier != null && identifier.hasValue()
            ? "id:" + identifier.getSystem() + "|" + identifier.getValue()
            : fhir.newJsonParser().encodeResourceToString(sent);
    return "refused-sha256:" + sha256(said);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
