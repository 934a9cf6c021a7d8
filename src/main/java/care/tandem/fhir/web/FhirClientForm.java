package care.tandem.fhir.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Registering a connected system. {@code idempotencyKey} is hidden. */
public record FhirClientForm(
    @NotBlank(message = "Enter a name for the system")
        @Size(max = 100, message = "Name must be 100 characters or fewer")
        @Pattern(
            regexp = "[^\\p{Cntrl}]*",
            message = "Name must only include letters, numbers, spaces and punctuation")
        @Nullable String name,
    @NotBlank(message = "Select the organisation the system works for")
        @Nullable String organisation,
    @Nullable String idempotencyKey) {}
