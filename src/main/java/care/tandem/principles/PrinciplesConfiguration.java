package care.tandem.principles;

import care.tandem.system.content.ContentProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Reads and checks the principle files at start; bad content stops the application. */
@Configuration(proxyBeanMethods = false)
class PrinciplesConfiguration {

  @Bean
  PrincipleContent principleContent(
      ResourcePatternResolver resources,
      @Value("${tandem.principles.content-location:classpath:principles/}") String location) {
    ContentProblems problems = new ContentProblems();
    PrincipleContent content = PrincipleContent.read(resources, location, problems);
    problems.throwIfAny();
    return content;
  }
}
