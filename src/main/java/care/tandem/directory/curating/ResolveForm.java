package care.tandem.directory.curating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the editor did about a reported problem. */
record ResolveForm(
    @NotBlank(message = "Enter what you did about the problem")
        @Size(max = 2000, message = "What you did must be 2,000 characters or fewer")
        @Nullable String note) {}
