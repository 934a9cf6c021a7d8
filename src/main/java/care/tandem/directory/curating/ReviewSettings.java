package care.tandem.directory.curating;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a listing may go unchecked before it joins the review queue ({@code
 * tandem.directory.review-after}, an ISO period such as P6M). Services change; a listing nobody has
 * checked for months may send someone to a door that is closed.
 */
@ConfigurationProperties("tandem.directory")
record ReviewSettings(@DefaultValue("P6M") Period reviewAfter) {}
