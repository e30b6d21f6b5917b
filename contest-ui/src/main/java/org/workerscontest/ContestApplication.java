package org.workerscontest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/contest.css")
@Push
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class ContestApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(ContestApplication.class, args);
    }
}
