package care.tandem.learning.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

  @Test
  void dropsFoldersWhateverTheSlash() {
    assertThat(FileNames.cleaned("../../etc/passwd")).isEqualTo("passwd");
    assertThat(FileNames.cleaned("C:\\Users\\sam\\clip.mp4")).isEqualTo("clip.mp4");
  }

  @Test
  void dropsControlAndDirectionCharacters() {
    assertThat(FileNames.cleaned("pain\u0000and\nmood\r.vtt")).isEqualTo("painandmood.vtt");
    assertThat(FileNames.cleaned("invoice\u202Egnp.exe")).isEqualTo("invoicegnp.exe");
  }

  @Test
  void replacesCharactersThatBreakHeadersOrMarkup() {
    assertThat(FileNames.cleaned("a\"b<c>;d.png")).isEqualTo("a_b_c__d.png");
  }

  @Test
  void namesAFileOfOnlyDotsOrSpacesPlainly() {
    assertThat(FileNames.cleaned("...")).isEqualTo("file");
    assertThat(FileNames.cleaned(" . ")).isEqualTo("file");
    assertThat(FileNames.cleaned("")).isEqualTo("file");
    assertThat(FileNames.cleaned("  .hidden.mp4. ")).isEqualTo("hidden.mp4");
  }

  @Test
  void cutsVeryLongNames() {
    assertThat(FileNames.cleaned("a".repeat(5000) + ".mp4")).hasSize(FileNames.MAXIMUM_LENGTH);
    assertThat(FileNames.cleaned("\uD83D\uDE00".repeat(200)).codePointCount(0, 200))
        .isEqualTo(FileNames.MAXIMUM_LENGTH);
  }
}
