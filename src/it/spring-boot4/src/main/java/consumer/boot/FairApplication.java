package consumer.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A web application that accepts fairs as JSON, validated by Spring Boot's own validator. */
@SpringBootApplication
public class FairApplication {

    public static void main(String[] args) {
        SpringApplication.run(FairApplication.class, args);
    }
}
