package care.tandem.fhir.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Registering a connected system that signs in with SMART Backend Services: its public keys by
 * address or pasted (exactly one, checked by the controller), and what it may do. {@code
 * idempotencyKey} is hidden.
 */
public record FhirClientForm(
    @NotBlank(message = "Enter a name for the system")
        @Size(max = 100, message = "Name must be 100 characters or fewer")
        @Pattern(
            regexp = "[^\\p{Cntrl}]*",
            message = "Name must only include letters, numbers, spaces and punctuation")
        @Nullable String name,
    @NotBlank(message = "Select the organisation the system works for")
        @Nullable String organisation,
    @Size(max = 2000, message = "JWKS address must be 2,000 characters or fewer")
        @Nullable String jwksUrl,
    @Size(max = 20000, message = "Public key must be 20,000 characters or fewer")
        @Nullable String publicKey,
    @NotEmpty(message = "Select what the system may do") @Nullable List<String> scopes,
    @Nullable String idempotencyKey) {}
