package vn.chuan;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import vn.chuan.cli.CommandLine;
import vn.chuan.shared.Dates;

/**
 * Chuẩn: one record per cadre and civil servant, and every figure computed from them.
 * Without arguments it serves the web application; with a command name it runs that command.
 */
@SpringBootApplication
@EnableScheduling
public class ChuanApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args, ChuanApplication.class));
        }
        SpringApplication.run(ChuanApplication.class, args);
    }

    /** The system's clock in Viet Nam, or a fixed day ({@code chuan.clock.fixed=yyyy-MM-dd}: tests, demonstrations). */
    @Bean
    Clock clock(@Value("${chuan.clock.fixed:}") String fixedDay) {
        return fixedDay.isBlank() ? Dates.clock() : Dates.clockFrom(fixedDay);
    }
}
