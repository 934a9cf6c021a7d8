package care.tandem.guide;

import care.tandem.FullApplicationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on embedded PostgreSQL, with the small sample guide and principles from
 * {@code src/test/resources/guide-fixtures/valid} instead of the shipped content, so tests can rely
 * on exact entries. Every test class using it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(FullApplicationTest.TAG)
@SpringBootTest(
    properties = {
      "tandem.guide.content-location=classpath:guide-fixtures/valid/guide/",
      "tandem.principles.content-location=classpath:guide-fixtures/valid/principles/"
    })
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
public @interface GuideWithFixtures {}
