package care.tandem;

import care.tandem.system.database.DatabaseCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Tandem: joined-up care for people with mental health problems and back or neck pain. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TandemApplication {

  public static void main(String[] args) {
    if (DatabaseCommand.isAskedFor(args)) {
      // Backup and restore start only the database: a restore must come before any migration.
      System.exit(DatabaseCommand.run(System.out, args));
    }
    SpringApplication.run(TandemApplication.class, args);
  }
}
