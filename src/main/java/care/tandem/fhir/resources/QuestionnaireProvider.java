package care.tandem.fhir.resources;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import care.tandem.measures.Instrument;
import care.tandem.measures.Instruments;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * {@code Questionnaire}: every instrument this deployment asks, exactly as shipped (or as the
 * deployer's licensed pack has it), with the instrument's id as the resource id. Not part of
 * anyone's record, so any registered client may read them. Search by {@code url}, {@code name},
 * {@code _id}, or nothing for all.
 */
@Component
class QuestionnaireProvider implements IResourceProvider {

  private final Instruments instruments;
  private final FhirContext fhir;
  private final Map<String, Questionnaire> parsed = new ConcurrentHashMap<>();

  QuestionnaireProvider(Instruments instruments, FhirContext fhir) {
    this.instruments = instruments;
    this.fhir = fhir;
  }

  @Override
  public Class<Questionnaire> getResourceType() {
    return Questionnaire.class;
  }

  @Read
  public Questionnaire read(@IdParam IdType id) {
    return instruments
        .find(id.getIdPart())
        .map(this::resourceOf)
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  @Search
  public List<Questionnaire> search(
      @OptionalParam(name = Questionnaire.SP_URL) @Nullable UriParam url,
      @OptionalParam(name = Questionnaire.SP_NAME) @Nullable StringParam name,
      @OptionalParam(name = "_id") @Nullable TokenParam id) {
    return instruments.all().stream()
        .map(this::resourceOf)
        .filter(q -> url == null || url.getValue() == null || url.getValue().equals(q.getUrl()))
        .filter(q -> name == null || matches(name, q.getName()))
        .filter(q -> id == null || q.getIdElement().getIdPart().equals(id.getValue()))
        .toList();
  }

  /**
   * The shipped resource. Parsed once per instrument; each caller gets its own copy, so nobody can
   * change the kept one.
   */
  Questionnaire resourceOf(Instrument instrument) {
    return parsed.computeIfAbsent(instrument.id(), id -> parse(instrument)).copy();
  }

  private Questionnaire parse(Instrument instrument) {
    Questionnaire questionnaire =
        fhir.newJsonParser().parseResource(Questionnaire.class, instrument.questionnaire());
    questionnaire.setId(instrument.id());
    if (!questionnaire.hasText()) {
      questionnaire.setText(
          Narratives.of(
              List.of(
                  instrument.title(),
                  instrument.stem(),
                  instrument.questions().size() + " questions",
                  instrument.attribution())));
    }
    return questionnaire;
  }

  /** FHIR string search: starts with, ignoring case, unless {@code :exact}. */
  private static boolean matches(StringParam param, @Nullable String value) {
    if (param.getValue() == null || value == null) {
      return param.getValue() == null;
    }
    if (param.isExact()) {
      return value.equals(param.getValue());
    }
    String wanted = param.getValue().toLowerCase(Locale.ROOT);
    String have = value.toLowerCase(Locale.ROOT);
    return param.isContains() ? have.contains(wanted) : have.startsWith(wanted);
  }
}
