package org.consentlab;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ConsentLabApplication {
	public static void main(String[] args) {
		SpringApplication.run(ConsentLabApplication.class, args);
	}
}
