package care.tandem.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import care.tandem.directory.Position;
import care.tandem.directory.search.DirectoryQuery.Listing;
import care.tandem.directory.search.DirectoryQuery.Near;
import care.tandem.directory.search.DirectoryQuery.Ordering;
import care.tandem.directory.search.DirectoryQuery.Words;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The SQL of the one directory search: typed values stay parameters, orders match the pages. */
class DirectorySqlTests {

  private static final Position NEWCASTLE = new Position(53.0116, -2.2275);

  @Test
  void keepsTypedWordsOutOfTheSql() {
    DirectorySql sql =
        new DirectorySql(
            query(
                Listing.SERVICES,
                new Words("'); drop table x; --", true),
                null,
                Ordering.NEAREST_BEST_NAME));

    assertThat(sql.pageWithTotal()).doesNotContain("drop table");
    assertThat(sql.count()).doesNotContain("drop table");
    assertThat(sql.parameters()).containsEntry("text", "'); drop table x; --");
  }

  @Test
  void ordersTheSearchPageNearestThenBestMatchThenName() {
    DirectorySql sql =
        new DirectorySql(
            query(
                Listing.SERVICES,
                new Words("walking", true),
                new Near(NEWCASTLE, 5000.0),
                Ordering.NEAREST_BEST_NAME));

    assertThat(sql.page())
        .contains("order by near.metres, ranked.rank desc, s.name, s.id")
        .contains("near.metres <= :metres");
    assertThat(sql.parameters()).containsEntry("metres", 5000.0);
  }

  @Test
  void ordersOrukPlacesNearestThenByIdAndOtherwiseByName() {
    DirectorySql near =
        new DirectorySql(
            query(
                Listing.SERVICES_AT_LOCATIONS,
                null,
                new Near(NEWCASTLE, null),
                Ordering.NEAREST_OR_NAME));
    DirectorySql anywhere =
        new DirectorySql(
            query(Listing.SERVICES_AT_LOCATIONS, null, null, Ordering.NEAREST_OR_NAME));

    assertThat(near.page()).contains("order by near.metres, sal.id").doesNotContain(":metres");
    assertThat(anywhere.page()).contains("order by s.name, sal.id");
  }

  @Test
  void listsEveryStatusOnlyWhenAsked() {
    DirectorySql every =
        new DirectorySql(query(Listing.SERVICES, null, null, Ordering.NEAREST_OR_NAME));

    assertThat(every.count()).doesNotContain("s.status in");
  }

  private static DirectoryQuery query(
      Listing listing, @Nullable Words words, @Nullable Near near, Ordering ordering) {
    return new DirectoryQuery(
        listing,
        ordering == Ordering.NEAREST_BEST_NAME,
        words,
        List.of(),
        null,
        near,
        false,
        null,
        null,
        null,
        null,
        ordering,
        0,
        20);
  }
}
