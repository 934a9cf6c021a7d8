package care.tandem.care.timeline;

import care.tandem.care.web.RecordHeader;
import care.tandem.system.components.Choice;
import care.tandem.system.components.Pagination;
import care.tandem.system.form.FormView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The timeline page.
 *
 * @param since the last visit the page compares with, carried by the filter form and page links
 * @param newSummary "3 new entries since your last visit on …", or null on a first visit
 * @param newEntries entries on this page that others added since the last visit
 * @param earlierEntries the rest of this page's entries
 */
public record TimelineView(
    RecordHeader header,
    String path,
    String personName,
    String recordHref,
    FormView filters,
    List<Choice> filterChoices,
    @Nullable String since,
    @Nullable String newSummary,
    List<EntryView> newEntries,
    List<EntryView> earlierEntries,
    String summary,
    Pagination.@Nullable Step previous,
    Pagination.@Nullable Step next) {}
