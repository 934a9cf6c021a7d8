package care.tandem.measures;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What this deployment promises after a worrying answer, set by the deployer to match what their
 * service really does. The words are shown with crisis support, so they must be true.
 *
 * @param whenSeen an honest sentence or two on when the team will see the answer, never implying
 *     that anyone watches answers as they are given
 * @param escalateAfter working time an alert may wait unacknowledged before it goes to the service
 *     lead (working hours: Monday to Friday, 9am to 5pm, UK time)
 */
@ConfigurationProperties("tandem.measures.safety-net")
public record SafetyNetSettings(
    @DefaultValue(
            "Your care team will be told about this answer. Someone will look at it within 1"
                + " working day and contact you. No one watches your answers as you give them, so"
                + " if you need help now, use the numbers above.")
        String whenSeen,
    @DefaultValue("4h") Duration escalateAfter) {}
