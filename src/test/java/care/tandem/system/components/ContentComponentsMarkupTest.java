package care.tandem.system.components;

import care.tandem.system.components.DesignSystemFixtures.Fixture;
import care.tandem.system.form.FormView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Our content and navigation components, given each design-system example's options, produce that
 * example's HTML. Content the example passed as a block is taken from the example itself.
 */
class ContentComponentsMarkupTest {

  @TestFactory
  Stream<DynamicTest> buttonMatchesTheDesignSystem() {
    Set<String> options =
        Set.of("text", "variant", "small:bool", "href", "preventDoubleClick:bool");
    return Examples.of("button", options, this::button, "button", 25);
  }

  @TestFactory
  Stream<DynamicTest> backLinkMatchesTheDesignSystem() {
    return Examples.of(
        "back-link",
        Set.of("text", "href", "variant"),
        fixture ->
            fixture.has("/href")
                ? Params.with("text", fixture.text("/text"))
                    .and("href", fixture.text("/href"))
                    .and("reverse", "reverse".equals(fixture.text("/variant")))
                    .map()
                : null, // Without a link the design system draws a button; Tandem always links
        // back.
        "backLink",
        2);
  }

  @TestFactory
  Stream<DynamicTest> breadcrumbMatchesTheDesignSystem() {
    return Examples.of(
        "breadcrumb",
        Set.of("items[].href", "items[].text", "variant"),
        fixture ->
            Params.with("items", links(fixture.context().get("items")))
                .and("reverse", "reverse".equals(fixture.text("/variant")))
                .map(),
        "breadcrumb",
        2);
  }

  @TestFactory
  Stream<DynamicTest> tagMatchesTheDesignSystem() {
    return Examples.of(
        "tag",
        Set.of("text", "colour", "border:bool"),
        fixture ->
            textOnly(fixture)
                .and("colour", fixture.text("/colour"))
                .and("border", !fixture.has("/border") || fixture.flag("/border"))
                .map(),
        "tag",
        20);
  }

  @TestFactory
  Stream<DynamicTest> insetTextMatchesTheDesignSystem() {
    return Examples.of(
        "inset-text",
        Set.of("text", "html"),
        fixture ->
            fixture.has("/text")
                ? Params.with("text", fixture.text("/text")).map()
                : content(fixture, ".nhsuk-inset-text", "> .nhsuk-u-visually-hidden").map(),
        "insetText",
        3);
  }

  @TestFactory
  Stream<DynamicTest> detailsMatchesTheDesignSystem() {
    return Examples.of(
        "details",
        Set.of("summary", "summary.text", "text", "html", "open:bool", "classes"),
        fixture -> {
          String classes = fixture.text("/classes");
          if (classes != null && !classes.equals("nhsuk-expander")) {
            return null;
          }
          Params params =
              fixture.has("/text")
                  ? Params.with("text", fixture.text("/text"))
                  : content(fixture, ".nhsuk-details__text", "none");
          return params
              .and("summary", textOf(fixture.context().get("summary")))
              .and("expander", classes != null)
              .and("open", fixture.flag("/open"))
              .map();
        },
        "details",
        10);
  }

  @TestFactory
  Stream<DynamicTest> warningCalloutMatchesTheDesignSystem() {
    return Examples.of(
        "warning-callout",
        Set.of("heading", "heading.text", "text", "html"),
        fixture -> {
          Params params =
              fixture.has("/text")
                  ? Params.with("text", fixture.text("/text"))
                  : content(fixture, ".nhsuk-card__content", "> .nhsuk-card__heading");
          JsonNode heading = fixture.context().get("heading");
          return params.and("heading", heading == null ? null : textOf(heading)).map();
        },
        "warningCallout",
        5);
  }

  @TestFactory
  Stream<DynamicTest> actionLinkMatchesTheDesignSystem() {
    return Examples.of(
        "action-link",
        Set.of("text", "href"),
        fixture -> textOnly(fixture).and("href", fixture.text("/href")).map(),
        "actionLink",
        1);
  }

  @TestFactory
  Stream<DynamicTest> panelMatchesTheDesignSystem() {
    return Examples.of(
        "panel",
        Set.of("heading", "heading.text", "heading.level", "text"),
        fixture ->
            textOnly(fixture)
                .and("heading", textOf(fixture.context().get("heading")))
                .and(
                    "headingLevel",
                    fixture.has("/heading/level")
                        ? fixture.context().at("/heading/level").asInt()
                        : null)
                .map(),
        "panel",
        4);
  }

  @TestFactory
  Stream<DynamicTest> notificationBannerMatchesTheDesignSystem() {
    return Examples.of(
        "notification-banner",
        Set.of("text", "html", "variant", "title", "title.text", "heading", "heading.text"),
        fixture -> {
          Params params =
              fixture.has("/text") || !fixture.has("/heading")
                  ? Params.with("text", fixture.text("/text"))
                  : content(
                      fixture,
                      ".nhsuk-notification-banner__content",
                      "> .nhsuk-notification-banner__heading");
          JsonNode title = fixture.context().get("title");
          JsonNode heading = fixture.context().get("heading");
          return params
              .and("success", "success".equals(fixture.text("/variant")))
              .and("title", title == null ? null : textOf(title))
              .and("heading", heading == null ? null : textOf(heading))
              .map();
        },
        "notificationBanner",
        8);
  }

  @TestFactory
  Stream<DynamicTest> errorSummaryMatchesTheDesignSystem() {
    return Examples.of(
        "error-summary",
        Set.of(
            "heading",
            "heading.text",
            "description",
            "description.text",
            "errorList[].text",
            "errorList[].href"),
        fixture -> {
          if (!"There is a problem".equals(textOf(fixture.context().get("heading")))) {
            return null; // Tandem's summary always says "There is a problem".
          }
          List<FormView.ErrorLink> errors = new ArrayList<>();
          for (JsonNode error : fixture.context().path("errorList").values()) {
            if (!error.has("href")) {
              return null; // Every error Tandem reports belongs to a field it links to.
            }
            errors.add(
                new FormView.ErrorLink(error.get("text").asString(), error.get("href").asString()));
          }
          if (errors.isEmpty()) {
            return null; // Ours shows nothing without errors, so a form can always include it.
          }
          if (!fixture.has("/description") && fixture.html().contains("<p>")) {
            return null; // A description passed as a block: ours takes it as text.
          }
          return Params.with("errors", errors)
              .and(
                  "description",
                  fixture.has("/description") ? textOf(fixture.context().get("description")) : null)
              .map();
        },
        "errorSummary",
        5);
  }

  @TestFactory
  Stream<DynamicTest> hintAndErrorMessageMatchTheDesignSystem() {
    return Stream.concat(
        Examples.of("hint", Set.of("text"), fixture -> textOnly(fixture).map(), "hint", 1),
        Examples.of(
            "error-message",
            Set.of("text"),
            fixture -> textOnly(fixture).map(),
            "errorMessage",
            2));
  }

  @TestFactory
  Stream<DynamicTest> fieldsetMatchesTheDesignSystem() {
    return Examples.of(
        "fieldset",
        Set.of("legend", "legend.heading", "legend.size", "legend.caption", "html"),
        fixture -> {
          JsonNode legend = fixture.context().get("legend");
          boolean heading = legend.has("heading");
          return content(fixture, "fieldset", "> legend")
              .and(
                  "legend",
                  legend.isString() ? legend.asString() : legend.path("heading").asString())
              .and("legendSize", legend.path("size").asString(null))
              .and("caption", legend.path("caption").asString(null))
              .and("isPageHeading", heading)
              .map();
        },
        "fieldset",
        4);
  }

  @TestFactory
  Stream<DynamicTest> summaryListMatchesTheDesignSystem() {
    Set<String> options =
        Set.of(
            "rows[].key",
            "rows[].key.text",
            "rows[].value",
            "rows[].value.text",
            "rows[].value.html",
            "rows[].actions.items[].href",
            "rows[].actions.items[].text",
            "rows[].actions.items[].visuallyHiddenText",
            "border:bool",
            "lastRowBorder:bool");
    return Examples.of("summary-list", options, this::summaryList, "summaryList", 4);
  }

  @TestFactory
  Stream<DynamicTest> cardMatchesTheDesignSystem() {
    Set<String> options =
        Set.of(
            "heading",
            "heading.text",
            "heading.level",
            "heading.size",
            "href",
            "description",
            "clickable:bool",
            "variant");
    return Examples.of("card", options, this::card, "card", 15);
  }

  @TestFactory
  Stream<DynamicTest> tableMatchesTheDesignSystem() {
    Set<String> options =
        Set.of(
            "caption",
            "caption.text",
            "caption.size",
            "firstCellIsHeader:bool",
            "lastRowBorder:bool",
            "head[]",
            "head[].text",
            "rows[][]",
            "rows[][].text");
    return Examples.of("tables", options, this::table, "table", 3);
  }

  @TestFactory
  Stream<DynamicTest> paginationMatchesTheDesignSystem() {
    Set<String> options =
        Set.of(
            "previous.href",
            "previous.label",
            "next.href",
            "next.label",
            "items[].number",
            "items[].href",
            "items[].current:bool",
            "items[].ellipsis:bool");
    return Examples.of("pagination", options, this::pagination, "pagination", 6);
  }

  private @Nullable Map<String, ?> button(Fixture fixture) {
    if (fixture.has("/preventDoubleClick") && !fixture.flag("/preventDoubleClick")) {
      return null; // Not preventing double clicks is our default; we never write it out as "false".
    }
    return Params.with("text", fixture.text("/text"))
        .and("variant", fixture.text("/variant"))
        .and("small", fixture.flag("/small"))
        .and("href", fixture.text("/href"))
        .and("preventDoubleClick", fixture.flag("/preventDoubleClick"))
        .map();
  }

  private Map<String, ?> summaryList(Fixture fixture) {
    List<SummaryListRow> rows = new ArrayList<>();
    for (JsonNode row : fixture.context().get("rows")) {
      JsonNode value = row.get("value");
      List<String> lines;
      if (value.has("html")) {
        String html = value.get("html").asString();
        if (html.contains("<p>")) {
          return null; // Values are lines of text: Tandem never passes HTML into a summary list.
        }
        lines = List.of(html.split("<br>\\s*"));
      } else {
        lines = List.of(textOf(value));
      }
      SummaryListRow summaryRow = SummaryListRow.of(textOf(row.get("key")), lines);
      for (JsonNode action : row.at("/actions/items").values()) {
        summaryRow =
            summaryRow.withAction(
                action.get("text").asString(),
                action.get("href").asString(),
                action.get("visuallyHiddenText").asString());
      }
      rows.add(summaryRow);
    }
    return Params.with("rows", rows)
        .and("border", !fixture.has("/border") || fixture.flag("/border"))
        .and("lastRowBorder", !fixture.has("/lastRowBorder") || fixture.flag("/lastRowBorder"))
        .map();
  }

  private Map<String, ?> card(Fixture fixture) {
    JsonNode heading = fixture.context().get("heading");
    Params params =
        fixture.has("/description")
            ? Params.with("description", fixture.text("/description"))
            : content(fixture, ".nhsuk-card__content", "> .nhsuk-card__heading, > svg");
    return params
        .and("heading", heading == null ? null : textOf(heading))
        .and(
            "headingLevel",
            fixture.has("/heading/level") ? fixture.context().at("/heading/level").asInt() : null)
        .and("headingSize", fixture.text("/heading/size"))
        .and("href", fixture.text("/href"))
        .and("clickable", fixture.flag("/clickable"))
        .and("variant", fixture.text("/variant"))
        .map();
  }

  private Map<String, ?> table(Fixture fixture) {
    List<String> head = new ArrayList<>();
    fixture.context().path("head").values().forEach(cell -> head.add(textOf(cell)));
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row : fixture.context().path("rows").values()) {
      List<String> cells = new ArrayList<>();
      row.values().forEach(cell -> cells.add(textOf(cell)));
      rows.add(cells);
    }
    JsonNode caption = fixture.context().get("caption");
    return Params.with("head", head)
        .and("rows", rows)
        .and("caption", caption == null ? null : textOf(caption))
        .and("captionSize", fixture.text("/caption/size"))
        .and("firstCellIsHeader", fixture.flag("/firstCellIsHeader"))
        .and("lastRowBorder", !fixture.has("/lastRowBorder") || fixture.flag("/lastRowBorder"))
        .map();
  }

  private Map<String, ?> pagination(Fixture fixture) {
    List<Pagination.Page> pages = new ArrayList<>();
    for (JsonNode item : fixture.context().path("items").values()) {
      pages.add(
          item.path("ellipsis").asBoolean(false)
              ? Pagination.Page.ellipsis()
              : Pagination.Page.of(
                  item.get("number").asInt(),
                  item.get("href").asString(),
                  item.path("current").asBoolean(false)));
    }
    return Params.with("pages", pages)
        .and("previous", step(fixture, "previous"))
        .and("next", step(fixture, "next"))
        .map();
  }

  private static Pagination.@Nullable Step step(Fixture fixture, String which) {
    return fixture.has("/" + which)
        ? new Pagination.Step(
            fixture.text("/" + which + "/href"), fixture.text("/" + which + "/label"))
        : null;
  }

  private static List<Link> links(JsonNode items) {
    List<Link> links = new ArrayList<>();
    items
        .values()
        .forEach(
            item -> links.add(new Link(item.get("text").asString(), item.get("href").asString())));
    return links;
  }

  /**
   * Components that take their words as text: an example whose words came as a block of HTML has no
   * counterpart, so it is left out (the markup check is about structure, not HTML in text).
   */
  private static Params textOnly(Fixture fixture) {
    return Params.requiring("text", fixture.text("/text"));
  }

  /** The block of HTML the example passed in, taken from the example's own output. */
  private static Params content(Fixture fixture, String container, String without) {
    String html = fixture.innerHtml(container, without);
    return Params.with("content", html.isBlank() ? null : Render.html(html));
  }

  /** An option given as a string, or as an object with a text property. */
  private static String textOf(JsonNode node) {
    return node.isString() ? node.asString() : node.path("text").asString();
  }
}
