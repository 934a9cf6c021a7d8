package care.tandem.directory.curating;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What is wrong with a listing. Nothing about who is reporting: anyone may, without signing in. */
record ProblemReportForm(
    @NotBlank(message = "Enter what is wrong with this listing")
        @Size(max = 2000, message = "What is wrong must be 2,000 characters or fewer")
        @Nullable String description,
    @Nullable String idempotencyKey) {}
