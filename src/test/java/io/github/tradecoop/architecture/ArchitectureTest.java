package io.github.tradecoop.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.github.tradecoop.event.Source;
import io.github.tradecoop.format.FigureFormat;
import io.github.tradecoop.format.FigureParseException;
import jakarta.validation.Constraint;

/**
 * The package layering of the brief (DESIGN.md §3): money ← figure ← format ← event, trade ← check
 * ← validation ← json ← cli, and validation ← testing. Dependencies point downwards only, with
 * three exceptions that are decisions, each as narrow as the decision:
 * <ul>
 *   <li>the model carries the constraint annotations of {@code validation} (ADR 0005): event and
 *       trade may name annotation types marked {@code @Constraint}, nothing else of that package;</li>
 *   <li>figures parse and print through the format (ADR 0004), as {@code LocalDate.parse} goes
 *       through {@code DateTimeFormatter}: figure may name {@link FigureFormat} (with its nested
 *       types) and {@link FigureParseException}, nothing else of {@code format};</li>
 *   <li>trade statistics cite their sources as fairs do: trade may name {@link Source}, nothing
 *       else of {@code event}.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "io.github.tradecoop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "io.github.tradecoop.";

    private static final DescribedPredicate<JavaClass> CONSTRAINT_ANNOTATIONS = describe(
            "constraint annotations of validation (ADR 0005)",
            c -> c.getPackageName().equals(ROOT + "validation") && c.isAnnotation()
                    && c.isAnnotatedWith(Constraint.class));

    private static final DescribedPredicate<JavaClass> FORMAT_ENTRY_POINTS = describe(
            "FigureFormat, its nested types and FigureParseException (ADR 0004)",
            c -> c.isEquivalentTo(FigureFormat.class) || c.isEquivalentTo(FigureParseException.class)
                    || c.getEnclosingClass().map(e -> e.isEquivalentTo(FigureFormat.class)).orElse(false));

    private static final DescribedPredicate<JavaClass> SOURCE = describe(
            "event.Source", c -> c.isEquivalentTo(Source.class));

    @ArchTest
    static final ArchRule layersPointDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("money").definedBy(ROOT + "money..")
            .layer("figure").definedBy(ROOT + "figure..")
            .layer("format").definedBy(ROOT + "format..")
            .layer("event").definedBy(ROOT + "event..")
            .layer("trade").definedBy(ROOT + "trade..")
            .layer("check").definedBy(ROOT + "check..")
            .layer("validation").definedBy(ROOT + "validation..")
            .layer("json").definedBy(ROOT + "json..")
            .layer("testing").definedBy(ROOT + "testing..")
            .layer("cli").definedBy(ROOT + "cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("testing").mayNotBeAccessedByAnyLayer()
            .whereLayer("json").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("validation").mayOnlyBeAccessedByLayers("json", "testing", "cli")
            .whereLayer("check").mayOnlyBeAccessedByLayers("validation", "json", "testing", "cli")
            .whereLayer("trade").mayOnlyBeAccessedByLayers("check", "validation", "json", "testing", "cli")
            .whereLayer("event").mayOnlyBeAccessedByLayers("check", "validation", "json", "testing", "cli")
            .whereLayer("format").mayOnlyBeAccessedByLayers("event", "trade", "check", "validation", "json",
                    "testing", "cli")
            .whereLayer("figure").mayOnlyBeAccessedByLayers("format", "event", "trade", "check", "validation",
                    "json", "testing", "cli")
            .ignoreDependency(resideInAPackage(ROOT + "event..").or(resideInAPackage(ROOT + "trade..")),
                    CONSTRAINT_ANNOTATIONS)
            .ignoreDependency(resideInAPackage(ROOT + "figure.."), FORMAT_ENTRY_POINTS)
            .ignoreDependency(resideInAPackage(ROOT + "trade.."), SOURCE);

    @ArchTest
    static final ArchRule noCyclesBetweenPackagesBeyondTheNamedExceptions = slices()
            .matching(ROOT + "(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage(ROOT + "event..").or(resideInAPackage(ROOT + "trade..")),
                    CONSTRAINT_ANNOTATIONS)
            .ignoreDependency(resideInAPackage(ROOT + "figure.."), FORMAT_ENTRY_POINTS);

    @ArchTest
    static final ArchRule theModelImportsNoJacksonOrHibernateValidatorClasses =
            com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                    .that().resideInAnyPackage(ROOT + "money..", ROOT + "figure..", ROOT + "event..",
                            ROOT + "trade..", ROOT + "check..")
                    .should().dependOnClassesThat(resideInAPackage("com.fasterxml.jackson.databind..")
                            .or(resideInAPackage("com.fasterxml.jackson.core.."))
                            .or(resideInAPackage("tools.jackson.."))
                            .or(resideInAPackage("org.hibernate.validator..")))
                    .because("the brief allows only jackson-annotations and jakarta.validation annotations there");
}
