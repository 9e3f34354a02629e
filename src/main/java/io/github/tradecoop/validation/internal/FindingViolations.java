package io.github.tradecoop.validation.internal;

import io.github.tradecoop.check.ConsistencyReport;
import io.github.tradecoop.check.Finding;
import io.github.tradecoop.check.Severity;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Turns consistency findings into constraint violations at the findings' paths. */
public final class FindingViolations {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private FindingViolations() {
    }

    /** Adds one violation per error; the finding travels as dynamic payload and its message as a parameter. */
    public static boolean report(ConsistencyReport report, ConstraintValidatorContext context) {
        List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        for (Finding finding : errors) {
            // The finding's text is a parameter value, never part of the template: data is not interpolated.
            hibernate.addMessageParameter("finding", finding.message()).withDynamicPayload(finding);
            ConstraintViolationBuilder builder = hibernate
                    .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
            addAtPath(builder, finding.path());
        }
        return false;
    }

    /** Builds "flows[0].value" as property node "flows", then "value" in the iterable at index 0. */
    private static void addAtPath(ConstraintViolationBuilder builder, String path) {
        List<String> names = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                builder.addConstraintViolation();
                return;
            }
            names.add(m.group(1));
            indexes.add(m.group(2) == null ? null : Integer.valueOf(m.group(2)));
        }
        NodeBuilderCustomizableContext node = builder.addPropertyNode(names.get(0));
        for (int i = 1; i < names.size(); i++) {
            Integer index = indexes.get(i - 1);
            node = index == null
                    ? node.addPropertyNode(names.get(i))
                    : node.inIterable().atIndex(index).addPropertyNode(names.get(i));
        }
        Integer last = indexes.get(indexes.size() - 1);
        if (last == null) {
            node.addConstraintViolation();
        } else {
            node.addBeanNode().inIterable().atIndex(last).addConstraintViolation();
        }
    }
}
