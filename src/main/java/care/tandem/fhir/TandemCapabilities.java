package care.tandem.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import care.tandem.fhir.smart.TokenEndpoint;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestSecurityComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/**
 * Makes the capability statement Tandem's rather than the library's: software "Tandem" at the
 * build's version, published by the organisation running it, and the SMART Backend Services
 * security service with the token endpoint (SMART's {@code oauth-uris} extension).
 */
@Component
@Interceptor
class TandemCapabilities {

  static final String SMART_EXTENSIONS = "http://fhir-registry.smarthealthit.org";
  static final String OAUTH_URIS = SMART_EXTENSIONS + "/StructureDefinition/oauth-uris";

  private final String version;
  private final String publisher;
  private final String tokenAddress;

  TandemCapabilities(
      ObjectProvider<BuildProperties> build,
      @Value("${tandem.fhir.publisher:${tandem.deployer.name:Tandem}}") String publisher,
      @Value("${tandem.public-address:http://localhost:8080}") String publicAddress) {
    BuildProperties properties = build.getIfAvailable();
    this.version = properties == null ? "development" : properties.getVersion();
    this.publisher = publisher;
    this.tokenAddress = TokenEndpoint.address(publicAddress);
  }

  @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
  void name(IBaseConformance generated) {
    if (!(generated instanceof CapabilityStatement statement)) {
      return;
    }
    statement.setName("Tandem");
    statement.setTitle("Tandem FHIR R4 interface");
    statement.setPublisher(publisher);
    statement.getSoftware().setName("Tandem").setVersion(version);
    statement
        .getImplementation()
        .setDescription(
            "Tandem shared care record: FHIR R4, read only except questionnaire responses");
    CapabilityStatementRestSecurityComponent security = statement.getRestFirstRep().getSecurity();
    security.setCors(false);
    security.getService().clear();
    security.addService(
        new CodeableConcept()
            .addCoding(
                new org.hl7.fhir.r4.model.Coding(
                    "http://terminology.hl7.org/CodeSystem/restful-security-service",
                    "SMART-on-FHIR",
                    "SMART-on-FHIR"))
            .setText("SMART Backend Services (OAuth 2.0 client credentials, private_key_jwt)"));
    security.setDescription(
        "Ask the token endpoint for an access token with a client assertion signed by your key"
            + " (see .well-known/smart-configuration)");
    // Learning, check-ins (issue 14): say what the Observations are, and which codes they carry.
    statement.getRestFirstRep().getResource().stream()
        .filter(resource -> "Observation".equals(resource.getType()))
        .forEach(
            resource ->
                resource.setDocumentation(
                    "Questionnaire total scores (same id as the QuestionnaireResponse), and"
                        + " check-ins: pain and mood from 0 to 10, coded"
                        + " https://tandem.care/fhir/CodeSystem/check-in|pain and |mood (id: the"
                        + " check-in's id and -pain or -mood). Read, and search by patient"));
    security.getExtension().removeIf(extension -> OAUTH_URIS.equals(extension.getUrl()));
    Extension uris = security.addExtension().setUrl(OAUTH_URIS);
    uris.addExtension().setUrl("token").setValue(new UriType(tokenAddress));
  }
}
