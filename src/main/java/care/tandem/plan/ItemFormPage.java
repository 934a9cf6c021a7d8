package care.tandem.plan;

import care.tandem.system.components.Choice;
import java.util.List;

/**
 * What a goal or action form page shows around its fields.
 *
 * @param people the person and their team now, to choose an owner or who will do an action
 */
public record ItemFormPage(
    String personName,
    String heading,
    String formAction,
    String planHref,
    boolean isNew,
    List<Choice> sections,
    List<Choice> people,
    List<Choice> statuses) {}
