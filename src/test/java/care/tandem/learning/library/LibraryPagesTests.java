package care.tandem.learning.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import care.tandem.FullApplicationTest;
import care.tandem.identity.TestAccounts;
import care.tandem.identity.account.Account;
import care.tandem.identity.account.Accounts;
import care.tandem.identity.account.Role;
import care.tandem.identity.signin.SignedInAs;
import care.tandem.learning.media.MediaItem;
import care.tandem.learning.media.MediaStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The library's pages and editing over MockMvc in the shared application: reading for everyone,
 * versions, stale edits, double submits, bad input, videos with captions, and my library.
 */
@FullApplicationTest
class LibraryPagesTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired MediaStore media;

  TestAccounts testAccounts;
  Account lead;
  Account person;

  @BeforeEach
  void setUp() {
    testAccounts = new TestAccounts(accounts, jdbc);
    lead = testAccounts.create(Role.SERVICE_LEAD, null);
    person = testAccounts.create(Role.PATIENT, null);
  }

  @Test
  void showsTheShippedLibraryToVisitorsAndFindsByTopic() throws Exception {
    Document library = page(null, "/learn");
    Document byTopic = page(null, "/learn?topic=pain-and-mood&words=mood");
    Document piece = page(null, "/learn/pain-and-mood");

    assertThat(library.select("h1").text()).isEqualTo("Learn about pain and mood");
    assertThat(library.select("a[href=/learn/pain-and-mood]").text())
        .isEqualTo("How pain and mood affect each other");
    assertThat(byTopic.select("a[href=/learn/pain-and-mood]")).hasSize(1);
    assertThat(piece.select("h1").text()).isEqualTo("How pain and mood affect each other");
    assertThat(piece.text()).contains("Samaritans free on 116 123", "Version 1", "Next review due");
    assertThat(piece.select("form[action=/learn/saved]")).isEmpty();
    assertThat(status(null, "/learn/no-such-piece")).isEqualTo(404);
  }

  @Test
  void savesEachNewVersionAndKeepsTheHistory() throws Exception {
    String slug = slug();
    Map<String, Object> form = article(slug);

    MvcResult created = post(lead, "/learn/pieces/new", form);
    MvcResult again = post(lead, "/learn/pieces/new", form);
    Map<String, Object> change = new HashMap<>(form);
    change.put("title", "Resting well, second go");
    change.put("version", "1");
    change.put("idempotencyKey", UUID.randomUUID().toString());
    MvcResult changed = post(lead, "/learn/pieces/" + slug + "/edit", change);

    assertThat(created.getResponse().getRedirectedUrl())
        .isEqualTo("/learn/pieces/" + slug + "/edit");
    assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/learn/pieces/" + slug + "/edit");
    assertThat(changed.getResponse().getRedirectedUrl())
        .isEqualTo("/learn/pieces/" + slug + "/edit");
    assertThat(versions(slug)).isEqualTo(2);
    assertThat(page(null, "/learn/" + slug).select("h1").text())
        .isEqualTo("Resting well, second go");
    assertThat(page(lead, "/learn/pieces/" + slug + "/history").select("li").eachText())
        .anyMatch(line -> line.startsWith("Version 2") && line.contains("Resting well, second go"))
        .anyMatch(line -> line.startsWith("Version 1") && line.contains("Resting well"));
    assertThat(testAccounts.auditCount("learning.piece-created", "piece", slug)).isEqualTo(1);
    assertThat(testAccounts.auditCount("learning.piece-changed", "piece", slug)).isEqualTo(1);
  }

  @Test
  void refusesAStaleEditAndSavesNothing() throws Exception {
    String slug = slug();
    post(lead, "/learn/pieces/new", article(slug));
    Map<String, Object> first = new HashMap<>(article(slug));
    first.put("version", "1");
    first.put("title", "Changed first");
    first.put("idempotencyKey", UUID.randomUUID().toString());
    post(lead, "/learn/pieces/" + slug + "/edit", first);
    Map<String, Object> stale = new HashMap<>(first);
    stale.put("title", "Changed from the old version");
    stale.put("idempotencyKey", UUID.randomUUID().toString());

    MvcResult result = post(lead, "/learn/pieces/" + slug + "/edit", stale);

    assertThat(result.getResponse().getStatus()).isEqualTo(409);
    Document page = html(result);
    assertThat(page.text())
        .contains("Someone else changed this piece", "Title: Changed from the old version");
    assertThat(page.select("input[name=title]").val()).isEqualTo("Changed first");
    assertThat(versions(slug)).isEqualTo(2);
  }

  @Test
  void showsEveryProblemWithAPieceAndSavesNothing() throws Exception {
    Map<String, Object> form = new HashMap<>(article(""));
    form.put("title", "");
    form.put("topics", List.of("pacing", "not-a-topic"));
    form.put("minutes", "lots");
    form.put("reviewByDay", "31");
    form.put("reviewByMonth", "2");

    MvcResult result = post(lead, "/learn/pieces/new", form);
    MvcResult shippedSlug = post(lead, "/learn/pieces/new", article("pain-and-mood"));

    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    Document page = html(result);
    assertThat(page.title()).startsWith("Error: ");
    assertThat(page.select(".nhsuk-error-summary a").eachText())
        .containsExactly(
            "Enter a web address for the piece",
            "Enter a title",
            "Select topics from the list",
            "Enter how many minutes it takes, as a number like 4",
            "The date it should next be checked must be a real date");
    assertThat(html(shippedSlug).select(".nhsuk-error-summary a").eachText())
        .containsExactly("Another piece already uses this web address. Choose another");
    assertThat(testAccounts.auditCountBy("learning.piece-created", lead.id())).isZero();
  }

  @Test
  void neverChangesAShippedPieceInPlaceButCopiesIt() throws Exception {
    Document copy = page(lead, "/learn/pieces/new?copy=pain-and-mood");

    assertThat(status(lead, "/learn/pieces/pain-and-mood/edit")).isEqualTo(404);
    assertThat(status(lead, "/learn/pieces/not-a-piece/history")).isEqualTo(404);
    assertThat(copy.select("input[name=slug]").val()).isEqualTo("pain-and-mood-local");
    assertThat(copy.select("input[name=title]").val())
        .isEqualTo("How pain and mood affect each other");
    assertThat(status(person, "/learn/pieces/new")).isEqualTo(403);
  }

  @Test
  void publishesAVideoOnlyWithCaptionsAndNeverPlaysItByItself() throws Exception {
    MediaItem video = stored("video/", "clip.mp4", MP4);
    MediaItem captions = stored("text/vtt", "clip.vtt", VTT);
    String slug = slug();
    Map<String, Object> form = new HashMap<>(article(slug));
    form.put("kind", "video");
    form.put("media", video.hash());

    MvcResult withoutCaptions = post(lead, "/learn/pieces/new", form);
    form.put("captions", "forged" + video.hash());
    MvcResult forgedCaptions = post(lead, "/learn/pieces/new", form);
    form.put("captions", captions.hash());
    post(lead, "/learn/pieces/new", form);
    Document piece = page(null, "/learn/" + slug);
    Document textView = page(null, "/learn/" + slug + "?view=text");

    assertThat(html(withoutCaptions).select(".nhsuk-error-summary a").eachText())
        .containsExactly("Choose the captions file: a video cannot be published without captions");
    assertThat(html(forgedCaptions).select(".nhsuk-error-summary a").eachText())
        .containsExactly("Choose a WebVTT captions file from the list");
    var player = piece.selectFirst("video");
    assertThat(player).isNotNull();
    assertThat(player.attr("preload")).isEqualTo("none");
    assertThat(player.hasAttr("autoplay")).isFalse();
    assertThat(player.select("source").attr("src")).isEqualTo("/learn/media/" + video.hash());
    assertThat(player.select("track[kind=captions][default]").attr("src"))
        .isEqualTo("/learn/media/" + captions.hash());
    assertThat(piece.text()).contains("Video, 2 minutes, ", "Transcript");
    assertThat(piece.select("a[href=/learn/" + slug + "?view=text]")).hasSize(1);
    assertThat(textView.select("video")).isEmpty();
    assertThat(textView.text()).contains("Rest before you are tired");
  }

  @Test
  void unpublishingTakesAPieceOutOfTheLibrary() throws Exception {
    String slug = slug();
    post(lead, "/learn/pieces/new", article(slug));
    Map<String, Object> change = new HashMap<>(article(slug));
    change.remove("published");
    change.put("version", "1");
    change.put("idempotencyKey", UUID.randomUUID().toString());

    post(lead, "/learn/pieces/" + slug + "/edit", change);

    assertThat(status(null, "/learn/" + slug)).isEqualTo(404);
    assertThat(page(lead, "/learn").select("a[href=/learn/pieces/" + slug + "/edit]")).hasSize(1);
    assertThat(page(null, "/learn").select("a[href=/learn/" + slug + "]")).isEmpty();
  }

  @Test
  void savesAPieceToMyLibraryOnceAndRemovesIt() throws Exception {
    Map<String, Object> save = Map.of("slug", "pain-and-mood");

    post(person, "/learn/saved", save);
    post(person, "/learn/saved", save);
    Document saved = page(person, "/learn/saved");
    MvcResult forged = post(person, "/learn/saved", Map.of("slug", "../../admin"));
    post(person, "/learn/saved", Map.of("slug", "pain-and-mood", "remove", "yes"));

    assertThat(saved.select("a[href=/learn/pain-and-mood]")).hasSize(1);
    assertThat(forged.getResponse().getStatus()).isEqualTo(404);
    assertThat(testAccounts.auditCountBy("learning.piece-saved", person.id())).isEqualTo(1);
    assertThat(testAccounts.auditCountBy("learning.piece-unsaved", person.id())).isEqualTo(1);
    assertThat(page(person, "/learn/saved").select("a[href=/learn/pain-and-mood]")).isEmpty();
  }

  private static Map<String, Object> article(String slug) {
    Map<String, Object> form = new HashMap<>();
    form.put("slug", slug);
    form.put("title", "Resting well");
    form.put("summary", "Short rests help you do more.");
    form.put("kind", "article");
    form.put("audience", "people");
    form.put("topics", List.of("pacing"));
    form.put("minutes", "2");
    form.put("source", "Written by the Tandem team for the tests.");
    form.put("reviewByDay", "1");
    form.put("reviewByMonth", "6");
    form.put("reviewByYear", "2099");
    form.put("body", "Rest before you are tired. Then carry on.");
    form.put("published", "yes");
    form.put("version", "0");
    form.put(
        "idempotencyKey", UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8)).toString());
    return form;
  }

  private int versions(String slug) {
    return jdbc.sql("select count(*) from learning_piece_version where slug = ?")
        .param(slug)
        .query(Integer.class)
        .single();
  }

  private static String slug() {
    return "test-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * A stored file of this type: one already in the store (such as a shipped video), or else this
   * small one stored now.
   */
  private MediaItem stored(String type, String fileName, byte[] bytes) {
    return media.all().stream()
        .filter(item -> item.contentType().startsWith(type))
        .findFirst()
        .orElseGet(() -> media.store(new ByteArrayInputStream(bytes), fileName));
  }

  /** The start of an MP4 file (its ftyp box), enough for a store that sniffs the type. */
  private static final byte[] MP4 = {
    0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p',
    '4', '1', 0, 0, 0, 8, 'f', 'r', 'e', 'e'
  };

  private static final byte[] VTT =
      "WEBVTT\n\n00:00.000 --> 00:01.000\nRest before you are tired.\n"
          .getBytes(StandardCharsets.UTF_8);

  private int status(@Nullable Account account, String path) throws Exception {
    return get(account, path).getResponse().getStatus();
  }

  private Document page(@Nullable Account account, String path) throws Exception {
    MvcResult result = get(account, path);
    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
    return html(result);
  }

  private MvcResult get(@Nullable Account account, String path) throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
    if (account != null) {
      request.with(SignedInAs.account(account));
    }
    return mvc.perform(request).andReturn();
  }

  private MvcResult post(@Nullable Account account, String path, Map<String, ?> fields)
      throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
    if (account != null) {
      request.with(SignedInAs.account(account));
    }
    fields.forEach(
        (name, value) -> {
          if (value instanceof List<?> many) {
            many.forEach(item -> request.param(name, String.valueOf(item)));
          } else if (value != null) {
            request.param(name, String.valueOf(value));
          }
        });
    return mvc.perform(request).andReturn();
  }

  private static Document html(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
  }
}
