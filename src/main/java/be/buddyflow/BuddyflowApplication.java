package be.buddyflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BuddyflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(BuddyflowApplication.class, args);
    }
}
