package care.tandem.identity.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Changing an account's name, role and memberships. {@code version} is hidden. */
public record AccountDetailsForm(
    @NotBlank(message = "Enter their full name")
        @Size(max = 100, message = "Full name must be 100 characters or fewer")
        @Pattern(
            regexp = "[^\\p{Cntrl}]*",
            message = "Full name must only include letters, numbers, spaces and punctuation")
        @Nullable String displayName,
    @NotBlank(message = "Select their role")
        @Pattern(regexp = RoleChoices.PATTERN, message = "Select their role")
        @Nullable String role,
    @Nullable List<String> organisations,
    @Nullable List<String> services,
    @Nullable String version) {}
