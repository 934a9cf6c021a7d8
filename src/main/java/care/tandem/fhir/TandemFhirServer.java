package care.tandem.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.HardcodedServerAddressStrategy;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.io.Serial;
import java.util.List;

/**
 * Tandem's FHIR R4 server: read and search, plus creating a QuestionnaireResponse; JSON unless the
 * client asks for XML.
 */
class TandemFhirServer extends RestfulServer {

  @Serial private static final long serialVersionUID = 1L;

  TandemFhirServer(
      FhirContext fhir,
      List<IResourceProvider> resources,
      List<Object> interceptors,
      String publicBase) {
    super(fhir);
    setResourceProviders(resources);
    interceptors.forEach(this::registerInterceptor);
    setDefaultResponseEncoding(EncodingEnum.JSON);
    setServerName("Tandem");
    setImplementationDescription(
        "Tandem shared care record: FHIR R4, read only except questionnaire responses");
    // Links and the Location of a created resource use Tandem's configured public address, never
    // the request's Host header (which anyone can set).
    setServerAddressStrategy(new HardcodedServerAddressStrategy(publicBase));
  }
}
