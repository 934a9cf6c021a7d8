package care.tandem.identity.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Adding or changing an organisation. {@code version} and {@code idempotencyKey} are hidden. */
public record OrganisationForm(
    @NotBlank(message = "Enter the name of the organisation")
        @Size(max = 200, message = "Name must be 200 characters or fewer")
        @Pattern(
            regexp = "[^\\p{Cntrl}]*",
            message = "Name must only include letters, numbers, spaces and punctuation")
        @Nullable String name,
    @NotBlank(message = "Select the kind of organisation")
        @Pattern(
            regexp = "NHS_TRUST|GP_PRACTICE|CHARITY|OTHER",
            message = "Select the kind of organisation")
        @Nullable String kind,
    @Nullable String version,
    @Nullable String idempotencyKey) {}
