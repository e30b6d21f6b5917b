package org.workerscontest.contest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.workerscontest.contest.api.ContestMessages;
import org.workerscontest.contest.api.ContestMessages.RegisterTeam;
import org.workerscontest.contest.api.ContestMessages.RenameTeam;
import org.workerscontest.contest.api.ContestMessages.UpdateTeamContact;
import org.workerscontest.contest.api.TeamKind;
import org.workerscontest.shared.PhoneNumbers;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/**
 * Registers a team, or edits one: its name and its leader's contact. Kind and area are fixed once
 * registered (a team that represents another city is another team).
 */
public class TeamForm extends FormLayout {

    /** What the form edits. */
    public static class Draft {
        private String name = "";
        private TeamKind kind = TeamKind.REGION;
        private String area = "";
        private String leader = "";
        private String phone = "";

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public TeamKind getKind() { return kind; }
        public void setKind(TeamKind kind) { this.kind = kind; }
        public String getArea() { return area; }
        public void setArea(String area) { this.area = area; }
        public String getLeader() { return leader; }
        public void setLeader(String leader) { this.leader = leader; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
    }

    final TextField name = new TextField(getTranslation("field.team.name"));
    final RadioButtonGroup<TeamKind> kind = new RadioButtonGroup<>(getTranslation("field.team.kind"));
    final TextField area = new TextField(getTranslation("team.form.areaRegion"));
    final TextField leader = new TextField(getTranslation("field.team.leader"));
    final TextField phone = new TextField(getTranslation("field.team.phone"));
    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final Draft draft = new Draft();
    private final String contestId;
    private final TeamEntry existing;

    /** @param existing the team to edit, or null to register a new one */
    public TeamForm(String contestId, TeamEntry existing) {
        this.contestId = contestId;
        this.existing = existing;
        name.setMaxLength(ContestMessages.MAX_TEAM_NAME);
        name.setId("team-name");
        kind.setItems(TeamKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("teamKind." + value));
        kind.setId("team-kind");
        kind.addValueChangeListener(change -> area.setLabel(getTranslation(
                change.getValue() == TeamKind.INDUSTRY ? "team.form.areaIndustry" : "team.form.areaRegion")));
        area.setMaxLength(ContestMessages.MAX_AREA);
        area.setId("team-area");
        leader.setMaxLength(ContestMessages.MAX_LEADER);
        leader.setId("team-leader");
        phone.setHelperText(getTranslation("team.form.phoneHelper"));
        phone.setId("team-phone");
        add(name, kind, area, leader, phone);
        setColspan(name, 2);

        binder.forField(name).asRequired(getTranslation("error.required", name.getLabel()))
                .withValidator(new StringLengthValidator(getTranslation("error.tooLong", name.getLabel(),
                        ContestMessages.MAX_TEAM_NAME), 0, ContestMessages.MAX_TEAM_NAME))
                .bind(Draft::getName, Draft::setName);
        binder.forField(kind).asRequired(getTranslation("error.required", kind.getLabel()))
                .bind(Draft::getKind, Draft::setKind);
        binder.forField(area).asRequired(getTranslation("error.required", getTranslation("field.team.area")))
                .bind(Draft::getArea, Draft::setArea);
        binder.forField(leader).asRequired(getTranslation("error.required", leader.getLabel()))
                .bind(Draft::getLeader, Draft::setLeader);
        binder.forField(phone).asRequired(getTranslation("error.required", phone.getLabel()))
                .withValidator(PhoneNumbers::isValid,
                        context -> getTranslation("error.phone.invalid", phone.getValue().strip()))
                .bind(Draft::getPhone, Draft::setPhone);

        if (existing != null) {
            draft.setName(existing.name());
            draft.setKind(existing.kind());
            draft.setArea(existing.area());
            draft.setLeader(existing.leader());
            draft.setPhone(existing.phone());
            kind.setReadOnly(true);
            area.setReadOnly(true);
        }
        binder.setBean(draft);
    }

    /**
     * The commands that make the team what the form shows: one registration, or for an edit a rename
     * and/or a contact change (none when nothing changed). Null while a field is invalid.
     */
    public List<Object> validCommands() {
        if (!binder.validate().isOk()) {
            return null;
        }
        List<Object> commands = new ArrayList<>();
        if (existing == null) {
            commands.add(new RegisterTeam(contestId, UUID.randomUUID().toString(), draft.getName(), draft.getKind(),
                    draft.getArea(), draft.getLeader(), draft.getPhone()));
            return commands;
        }
        if (!draft.getName().strip().equals(existing.name())) {
            commands.add(new RenameTeam(contestId, existing.teamId(), draft.getName()));
        }
        if (!Objects.equals(draft.getLeader().strip(), existing.leader())
                || !Objects.equals(draft.getPhone().strip(), existing.phone())) {
            commands.add(new UpdateTeamContact(contestId, existing.teamId(), draft.getLeader(), draft.getPhone()));
        }
        return commands;
    }
}
