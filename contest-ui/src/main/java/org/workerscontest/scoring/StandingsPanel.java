package org.workerscontest.scoring;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.workerscontest.contest.ContestDocument;
import org.workerscontest.scoring.ScoringQueries.TeamStandingRow;
import org.workerscontest.ui.Downloads;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** The medal table of a contest's teams over its published disciplines. */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class StandingsPanel extends VerticalLayout {

    private final ScoringQueries scoring;
    private final Grid<TeamStandingRow> grid = new Grid<>();
    private final Div downloads = new Div();

    public StandingsPanel(ScoringQueries scoring) {
        this.scoring = scoring;
        setPadding(false);
        setSizeFull();
        grid.addColumn(TeamStandingRow::rank).setHeader(getTranslation("standings.column.rank")).setAutoWidth(true);
        grid.addColumn(TeamStandingRow::team).setHeader(getTranslation("standings.column.team")).setFlexGrow(2);
        grid.addColumn(TeamStandingRow::first).setHeader(getTranslation("standings.column.first")).setAutoWidth(true);
        grid.addColumn(TeamStandingRow::second).setHeader(getTranslation("standings.column.second")).setAutoWidth(true);
        grid.addColumn(TeamStandingRow::third).setHeader(getTranslation("standings.column.third")).setAutoWidth(true);
        grid.addColumn(row -> row.totalSum().toPlainString()).setHeader(getTranslation("standings.column.totalSum"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("standings");
        add(new Paragraph(getTranslation("standings.note")), downloads, grid);
        expand(grid);
    }

    public void show(ContestDocument contest) {
        downloads.removeAll();
        downloads.add(Downloads.excelAndCsv("api/contests/" + contest.id() + "/standings",
                getTranslation("export.xlsx"), getTranslation("export.csv")));
        grid.setItems(scoring.standings(contest.id(), contest.activeTeamNames()));
    }
}
