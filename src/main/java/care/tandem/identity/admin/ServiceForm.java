package care.tandem.identity.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Adding or changing a service within an organisation. {@code version}, {@code idempotencyKey}
 * hidden.
 */
public record ServiceForm(
    @NotBlank(message = "Enter the name of the service")
        @Size(max = 200, message = "Name must be 200 characters or fewer")
        @Pattern(
            regexp = "[^\\p{Cntrl}]*",
            message = "Name must only include letters, numbers, spaces and punctuation")
        @Nullable String name,
    @NotBlank(message = "Select what the service does")
        @Pattern(
            regexp =
                "MSK_PHYSIOTHERAPY|PAIN_SERVICE|TALKING_THERAPIES|COMMUNITY_MENTAL_HEALTH"
                    + "|PRIMARY_CARE|VOLUNTARY_SECTOR|OTHER",
            message = "Select what the service does")
        @Nullable String kind,
    @Nullable String version,
    @Nullable String idempotencyKey) {}
