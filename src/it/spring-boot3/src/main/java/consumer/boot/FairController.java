package consumer.boot;

import io.github.tradecoop.event.TradeFair;
import io.github.tradecoop.format.FigureFormat;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Takes a fair as JSON, read by Boot's mapper and validated by Boot's validator, and returns its summary. */
@RestController
public class FairController {

    /** What the application answers for a valid fair. */
    public record FairSummary(String name, String signed, int projects, int sessions) {
    }

    /** One problem of a refused fair: where it is and what is wrong. */
    public record Problem(String path, String message) {
    }

    // tag::controller[]
    @PostMapping("/fairs/summary")
    public FairSummary summary(@RequestBody @Valid TradeFair fair) {
        FigureFormat english = FigureFormat.english();
        return new FairSummary(fair.name(),
                fair.signing() == null || fair.signing().totalValue() == null ? "" : english.format(fair.signing().totalValue()),
                fair.signing() == null || fair.signing().projects() == null ? 0
                        : (int) fair.signing().projects().value(),
                fair.sessions().size());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Map<String, List<Problem>> invalid(MethodArgumentNotValidException e) {
        return Map.of("problems", e.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problem(error.getField(), error.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(Problem::path))
                .toList());
    }
    // end::controller[]
}
