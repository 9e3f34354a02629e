package io.github.tradecoop.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tradecoop.validation.HttpUrl;
import io.github.tradecoop.validation.MaxLength;
import io.github.tradecoop.validation.PlausibleDate;
import io.github.tradecoop.validation.Slug;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where facts came from: a press release, a statistics bulletin, a web page.
 * Facts refer to a source by its {@code id}.
 *
 * @param id        identifier that facts refer to, such as {@code "liaozhong-2024-02-01"}
 * @param publisher who published it, e.g. "The People's Government of Liaozhong District"
 * @param title     its title; {@code null} if not stated
 * @param url       where it can be read; {@code null} if not stated
 * @param published the day it was published; {@code null} if not stated
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Source(@Slug String id, @MaxLength(300) String publisher, @MaxLength(500) @Nullable String title,
        @HttpUrl @Nullable String url, @PlausibleDate @Nullable LocalDate published) implements java.io.Serializable {

    /**
     * Checks the required components.
     *
     * @param id identifier that facts refer to, such as {@code "liaozhong-2024-02-01"}
     * @param publisher who published it, e.g. "The People's Government of Liaozhong District"
     * @param title its title; {@code null} if not stated
     * @param url where it can be read; {@code null} if not stated
     * @param published the day it was published; {@code null} if not stated
     */
    public Source {
        Require.text(id, "id");
        Require.text(publisher, "publisher");
        Require.optionalText(title, "title");
        Require.optionalText(url, "url");
    }

    /**
     * Obtains a source with an id and a publisher.
     *
     * @param id        the id facts refer to
     * @param publisher who published it
     * @return the source
     */
    public static Source of(String id, String publisher) {
        return new Source(id, publisher, null, null, null);
    }

    /**
     * Returns a copy with a title.
     *
     * @param newTitle the title
     * @return the source
     */
    public Source withTitle(@Nullable String newTitle) {
        return new Source(id, publisher, newTitle, url, published);
    }

    /**
     * Returns a copy with a URL.
     *
     * @param newUrl the URL
     * @return the source
     */
    public Source withUrl(@Nullable String newUrl) {
        return new Source(id, publisher, title, newUrl, published);
    }

    /**
     * Returns a copy with a publication date.
     *
     * @param newPublished the day it was published
     * @return the source
     */
    public Source withPublished(@Nullable LocalDate newPublished) {
        return new Source(id, publisher, title, url, newPublished);
    }
}
