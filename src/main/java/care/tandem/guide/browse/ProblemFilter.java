package care.tandem.guide.browse;

import care.tandem.guide.content.GuideTags;
import care.tandem.system.components.Choice;
import care.tandem.system.form.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The roles and settings a person chose to filter problems by. Values the guide does not know (an
 * old link, a typo, a hostile request) are dropped, and the page says so.
 */
public record ProblemFilter(List<String> roles, List<String> settings, boolean ignoredSome) {

  static ProblemFilter of(
      @Nullable Collection<String> roles, @Nullable Collection<String> settings) {
    List<String> knownRoles = known(roles, GuideTags.ROLES);
    List<String> knownSettings = known(settings, GuideTags.SETTINGS);
    return new ProblemFilter(
        knownRoles,
        knownSettings,
        size(roles) > knownRoles.size() || size(settings) > knownSettings.size());
  }

  /** The role checkboxes, ticked for the roles chosen. */
  public Field roleField() {
    return new Field("role", "role", roles, null);
  }

  public Field settingField() {
    return new Field("setting", "setting", settings, null);
  }

  public List<Choice> roleChoices() {
    return choices(GuideTags.ROLES);
  }

  public List<Choice> settingChoices() {
    return choices(GuideTags.SETTINGS);
  }

  private static List<Choice> choices(Map<String, String> tags) {
    return tags.entrySet().stream().map(tag -> Choice.of(tag.getKey(), tag.getValue())).toList();
  }

  public boolean isEmpty() {
    return roles.isEmpty() && settings.isEmpty();
  }

  /** The query string that repeats this filter, for pagination links. */
  public String queryString() {
    StringBuilder query = new StringBuilder();
    roles.forEach(role -> query.append("role=").append(role).append('&'));
    settings.forEach(setting -> query.append("setting=").append(setting).append('&'));
    return query.toString();
  }

  private static List<String> known(@Nullable Collection<String> values, Map<String, String> tags) {
    if (values == null) {
      return List.of();
    }
    // Keep the tag order of the filter form, and each tag once.
    return tags.keySet().stream().filter(values::contains).toList();
  }

  private static int size(@Nullable Collection<String> values) {
    return values == null ? 0 : (int) values.stream().distinct().count();
  }
}
