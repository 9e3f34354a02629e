package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.figure.ReportedAmount;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.Slug;
import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One project signed at a fair, when the report itemises it.
 *
 * @param title    the project's title
 * @param kind     what was signed
 * @param sector   its field; {@code null} if not stated
 * @param value    its contract value; {@code null} if not stated
 * @param partyIds ids of the organisations that signed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SignedProject(@MaxLength(300) String title, ProjectKind kind, @Valid @Nullable Sector sector, @Nullable ReportedAmount value,
        List<@Slug String> partyIds) implements java.io.Serializable {

    /**
     * Checks the required components and copies the parties.
     *
     * @param title the project's title
     * @param kind what was signed
     * @param sector its field; {@code null} if not stated
     * @param value its contract value; {@code null} if not stated
     * @param partyIds ids of the organisations that signed
     */
    public SignedProject {
        Require.text(title, "title");
        Require.present(kind, "kind");
        partyIds = Require.list(partyIds, "partyIds");
    }

    /**
     * Obtains a project.
     *
     * @param title the title
     * @param kind  what was signed
     * @return the project
     */
    public static SignedProject of(String title, ProjectKind kind) {
        return new SignedProject(title, kind, null, null, List.of());
    }

    /**
     * Returns a copy in a sector.
     *
     * @param newSector the sector
     * @return the project
     */
    public SignedProject withSector(@Nullable Sector newSector) {
        return new SignedProject(title, kind, newSector, value, partyIds);
    }

    /**
     * Returns a copy with a contract value.
     *
     * @param newValue the value
     * @return the project
     */
    public SignedProject withValue(@Nullable ReportedAmount newValue) {
        return new SignedProject(title, kind, sector, newValue, partyIds);
    }

    /**
     * Returns a copy with the signing parties.
     *
     * @param newPartyIds the organisations' ids
     * @return the project
     */
    public SignedProject withPartyIds(List<String> newPartyIds) {
        return new SignedProject(title, kind, sector, value, newPartyIds);
    }
}
