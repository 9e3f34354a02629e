/**
 * A consumer module. Reading and validating through tradecoop needs only
 * {@code requires io.github.tradecoop}; using Hibernate Validator directly on its own records
 * needs the two lines docs/validation.md names: {@code requires org.hibernate.validator} and
 * {@code opens consumer to org.hibernate.validator}.
 */
// tag::module[]
module consumer {
    requires io.github.tradecoop;
    requires tools.jackson.databind;
    requires org.hibernate.validator;
    exports consumer;
    opens consumer to org.hibernate.validator;
}
// end::module[]
