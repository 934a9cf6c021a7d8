package care.tandem;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the modules honest: a module may use another only through its public API or events, and the
 * diagrams in {@code docs/modules/} always show the dependencies as they are in the code.
 */
class ModularityTests {

  private static final ApplicationModules MODULES = ApplicationModules.of(TandemApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicApi() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleDiagramsIntoTheDocs() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeDocumentation();
  }
}
