package care.tandem.guide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.tandem.guide.GuideWithFixtures;
import care.tandem.principles.Principles;
import care.tandem.system.content.InvalidContentException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@GuideWithFixtures
class GuideContentLoaderTest {

  @Autowired GuideContentLoader loader;
  @Autowired ResourcePatternResolver resources;
  @Autowired Principles principles;
  @Autowired GuideContentStore store;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;

  @TempDir Path folder;

  @Test
  void loadsTheContentAtStart() {
    assertThat(counts()).containsExactly(2, 2, 3, 2, 2, 9);
  }

  @Test
  void loadingAgainReplacesTheContentRatherThanAddingToIt() {
    loader.afterSingletonsInstantiated();
    loader.afterSingletonsInstantiated();
    assertThat(counts()).containsExactly(2, 2, 3, 2, 2, 9);
  }

  @Test
  void badContentFailsLoudlyNamingTheFileAndLeavesTheStoredGuideAlone() {
    String broken = ContentFixtures.brokenSet("unknown-solution", folder) + "guide/";
    GuideContentLoader brokenLoader =
        new GuideContentLoader(
            resources, broken, principles, store, transaction, jdbc, event -> {});
    assertThatThrownBy(brokenLoader::afterSingletonsInstantiated)
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("guide/problems/pain-put-down-to-anxiety.md: solutions:");
    assertThat(counts()).containsExactly(2, 2, 3, 2, 2, 9);
  }

  private List<Integer> counts() {
    return List.of(
            "guide_area",
            "guide_problem",
            "guide_solution",
            "guide_barrier",
            "guide_example",
            "guide_search_entry")
        .stream()
        .map(table -> jdbc.sql("select count(*) from " + table).query(Integer.class).single())
        .toList();
  }
}
