package care.tandem.system.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentFileTest {

  private final ContentProblems problems = new ContentProblems();

  @Test
  void readsFrontMatterAndBody() {
    ContentFile file =
        ContentFile.parse("guide/areas/a.md", "---\nid: a\ntitle: A\n---\nBody.\n", problems);
    assertThat(file.id()).isEqualTo("a");
    assertThat(file.text("title")).isEqualTo("A");
    assertThat(file.body()).isEqualTo("Body.\n");
    assertThat(problems.all()).isEmpty();
  }

  @Test
  void refusesYamlThatWouldBuildJavaObjects() {
    ContentFile.parse(
        "guide/areas/a.md", "---\nid: !!java.io.File [\"/etc/passwd\"]\n---\nBody.", problems);
    assertThat(problems.all())
        .singleElement()
        .asString()
        .contains("front matter: is not valid YAML");
  }

  @Test
  void namesAnIdThatDoesNotMatchTheFileName() {
    ContentFile.parse("guide/areas/a.md", "---\nid: b\n---\nBody.", problems).id();
    assertThat(problems.all())
        .containsExactly("guide/areas/a.md: id: 'b' must match the file name (b.md)");
  }

  @Test
  void namesNestedFieldsWithTheirParent() {
    ContentFile file = ContentFile.parse("x/e.md", "---\nsource:\n  title: T\n---\nB", problems);
    file.nested("source").text("url");
    assertThat(problems.all()).containsExactly("x/e.md: source.url: is missing or empty");
  }

  @Test
  void readsWindowsLineEndings() {
    ContentFile file = ContentFile.parse("x/a.md", "---\r\nid: a\r\n---\r\nBody.", problems);
    assertThat(file.text("id")).isEqualTo("a");
    assertThat(problems.all()).isEmpty();
  }
}
