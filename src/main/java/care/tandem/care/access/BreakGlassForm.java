package care.tandem.care.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Asking for break-glass access: whose record, and why. */
record BreakGlassForm(
    @NotBlank(message = "Enter the NHS number of the person whose record you need")
        @Size(max = 20, message = "NHS number must be 10 numbers")
        @Nullable String nhsNumber,
    @NotBlank(message = "Enter why you need emergency access to this record")
        @Size(min = 10, message = "Reason must be 10 characters or more")
        @Size(max = 1000, message = "Reason must be 1000 characters or fewer")
        @Nullable String reason) {}
