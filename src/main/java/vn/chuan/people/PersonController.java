package vn.chuan.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.security.ChuanUser;
import vn.chuan.security.SensitiveAccess;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Ethnicity;
import vn.chuan.shared.Gender;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.StaffCategory;

/** One person's record: the page, and the forms that change it. */
@Controller
class PersonController {

    private final PersonRegistry registry;
    private final AuditLog audit;
    private final UnitOptions unitOptions;
    private final Clock clock;
    private final SensitiveAccess sensitiveAccess;

    PersonController(PersonRegistry registry, AuditLog audit, UnitOptions unitOptions, Clock clock, SensitiveAccess sensitiveAccess) {
        this.registry = registry;
        this.sensitiveAccess = sensitiveAccess;
        this.audit = audit;
        this.unitOptions = unitOptions;
        this.clock = clock;
    }

    @GetMapping("/can-bo/{id}")
    String show(@AuthenticationPrincipal ChuanUser user, @PathVariable long id,
            @RequestParam(name = "ngay", required = false) LocalDate asOfDay, Model model) {
        LocalDate asOf = asOfDay == null ? LocalDate.now(clock) : asOfDay;
        PersonRecord person = registry.get(user.scope(), new PersonId(id));
        model.addAttribute("person", person);
        model.addAttribute("asOf", asOf);
        model.addAttribute("post", person.assignmentOn(asOf).orElse(null));
        model.addAttribute("besides", person.postsOn(asOf).stream().filter(a -> !a.isPrincipal()).toList());
        model.addAttribute("levels", person.levelsOn(asOf));
        model.addAttribute("dimensions", Dimension.values());
        boolean sensitiveShown = sensitiveAccess.allows(user.scope());
        model.addAttribute("history", audit.historyOfPerson(id).stream()
                .filter(e -> sensitiveShown || !AuditEvent.SENSITIVE_SUBJECT.equals(e.subjectType())).toList());
        model.addAttribute("standing", registry.standingOf(new PersonId(id)).orElse(null));
        model.addAttribute("canWrite", user.canWrite());
        return "people/show";
    }

    // ---- create and correct identity -----------------------------------------------------------

    @GetMapping("/can-bo/moi")
    String createForm(@AuthenticationPrincipal ChuanUser user, Model model) {
        PersonForm form = new PersonForm();
        form.setStartedOn(LocalDate.now(clock));
        return personForm(user, model, form, true);
    }

    @PostMapping("/can-bo/moi")
    String create(@AuthenticationPrincipal ChuanUser user, @ModelAttribute("form") PersonForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        PersonDetails details = form.toDetails(errors);
        NewAssignment post = form.toFirstPost(errors);
        if (errors.hasErrors()) {
            return personForm(user, model, form, true);
        }
        try {
            PersonId id = registry.register(user.scope(), details, post);
            redirect.addFlashAttribute("notice", Messages.text("people.notice.created", details.fullName()));
            return "redirect:/can-bo/" + id.value();
        } catch (InvalidPersonDataException e) {
            FormErrors.reject(errors, e);
            return personForm(user, model, form, true);
        }
    }

    @GetMapping("/can-bo/{id}/sua")
    String editForm(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        PersonRecord person = registry.get(user.scope(), new PersonId(id));
        model.addAttribute("person", person);
        return personForm(user, model, PersonForm.of(person), false);
    }

    @PostMapping("/can-bo/{id}/sua")
    String edit(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @ModelAttribute("form") PersonForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        PersonDetails details = form.toDetails(errors);
        return attempt(errors, () -> registry.correctIdentity(user.scope(), new PersonId(id), form.getVersion(), details),
                () -> {
                    model.addAttribute("person", registry.get(user.scope(), new PersonId(id)));
                    return personForm(user, model, form, false);
                }, redirect, Messages.text("people.notice.identitySaved"), id);
    }

    private String personForm(ChuanUser user, Model model, PersonForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ethnicities", Ethnicity.ALL);
        if (creating) {
            addPostOptions(user, model);
        }
        return "people/form";
    }

    // ---- posts ------------------------------------------------------------------------------------

    @GetMapping("/can-bo/{id}/cong-tac/moi")
    String assignForm(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        AssignmentForm form = new AssignmentForm();
        form.setStartedOn(LocalDate.now(clock));
        PersonRecord person = registry.get(user.scope(), new PersonId(id));
        person.assignmentOn(LocalDate.now(clock)).ifPresent(current -> {
            form.setUnitId(current.unitId().value());
            form.setCategory(current.category().name());
            form.setTitleCode(current.titleCode());
        });
        return assignmentForm(user, model, person, form);
    }

    @PostMapping("/can-bo/{id}/cong-tac/moi")
    String assign(@AuthenticationPrincipal ChuanUser user, @PathVariable long id,
            @ModelAttribute("form") AssignmentForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        NewAssignment post = form.toAssignment(errors);
        return attempt(errors, () -> registry.assign(user.scope(), new PersonId(id), post),
                () -> assignmentForm(user, model, registry.get(user.scope(), new PersonId(id)), form), redirect,
                Messages.text("people.notice.postAdded"), id);
    }

    private String assignmentForm(ChuanUser user, Model model, PersonRecord person, AssignmentForm form) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        addPostOptions(user, model);
        model.addAttribute("kinds", PostKind.values());
        return "people/assignment-form";
    }

    @GetMapping("/can-bo/{id}/cong-tac/{assignmentId}/ket-thuc")
    String endForm(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long assignmentId,
            Model model) {
        PersonRecord person = registry.get(user.scope(), new PersonId(id));
        Assignment assignment = find(person, assignmentId);
        AssignmentForm form = new AssignmentForm();
        form.setVersion(assignment.version());
        form.setReason(AssignmentReason.NGHI_HUU.name());
        form.setEndedOn(assignment.endedOn() == null ? LocalDate.now(clock) : assignment.endedOn());
        return endForm(model, person, assignment, form);
    }

    @PostMapping("/can-bo/{id}/cong-tac/{assignmentId}/ket-thuc")
    String end(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long assignmentId,
            @ModelAttribute("form") AssignmentForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        AssignmentReason reason = AssignmentReason.parse(form.getReason() == null ? "" : form.getReason()).orElse(null);
        return attempt(errors, () -> registry.endAssignment(user.scope(), new PersonId(id), assignmentId, form.getVersion(),
                        form.getEndedOn(), reason),
                () -> {
                    PersonRecord person = registry.get(user.scope(), new PersonId(id));
                    return endForm(model, person, find(person, assignmentId), form);
                }, redirect, Messages.text("people.notice.postEnded"), id);
    }

    private String endForm(Model model, PersonRecord person, Assignment assignment, AssignmentForm form) {
        model.addAttribute("person", person);
        model.addAttribute("assignment", assignment);
        model.addAttribute("form", form);
        // "Không còn trong danh sách" is what a complete yearly list records, not a reason an officer gives.
        model.addAttribute("reasons", Arrays.stream(AssignmentReason.values()).filter(r -> r != AssignmentReason.ROI_DANH_SACH).toList());
        return "people/end-form";
    }

    private static Assignment find(PersonRecord person, long assignmentId) {
        return person.assignments().stream().filter(a -> a.id() == assignmentId).findFirst()
                .orElseThrow(() -> new PersonNotFoundException(person.id().value()));
    }

    private void addPostOptions(ChuanUser user, Model model) {
        model.addAttribute("units", unitOptions.validOn(user.scope(), LocalDate.now(clock)));
        model.addAttribute("categories", StaffCategory.values());
        model.addAttribute("titles", PositionTitle.all());
        model.addAttribute("reasons", Arrays.stream(AssignmentReason.values()).filter(r -> !r.endsService()).toList());
    }

    // ---- qualifications -----------------------------------------------------------------------

    @GetMapping("/can-bo/{id}/trinh-do/moi")
    String grantForm(@AuthenticationPrincipal ChuanUser user, @PathVariable long id,
            @RequestParam(name = "loai", defaultValue = "PROFESSIONAL") String dimension, Model model) {
        PersonRecord person = registry.get(user.scope(), new PersonId(id));
        QualificationForm form = new QualificationForm();
        form.setDimension(Dimension.byKey(dimension).orElse(Dimension.PROFESSIONAL).name());
        return qualificationForm(model, person, form, null);
    }

    @PostMapping("/can-bo/{id}/trinh-do/moi")
    String grant(@AuthenticationPrincipal ChuanUser user, @PathVariable long id,
            @ModelAttribute("form") QualificationForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        QualificationDetails details = form.toDetails(errors);
        return attempt(errors, () -> registry.grantQualification(user.scope(), new PersonId(id), details),
                () -> qualificationForm(model, registry.get(user.scope(), new PersonId(id)), form, null), redirect,
                details == null ? "" : Messages.text("people.notice.levelAdded", details.dimension().label().toLowerCase()), id);
    }

    @GetMapping("/can-bo/{id}/trinh-do/{qualificationId}/sua")
    String correctForm(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long qualificationId,
            Model model) {
        PersonRecord person = registry.get(user.scope(), new PersonId(id));
        Qualification q = person.qualifications().stream().filter(x -> x.id() == qualificationId).findFirst()
                .orElseThrow(() -> new PersonNotFoundException(id));
        return qualificationForm(model, person, QualificationForm.of(q), qualificationId);
    }

    @PostMapping("/can-bo/{id}/trinh-do/{qualificationId}/sua")
    String correct(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long qualificationId,
            @ModelAttribute("form") QualificationForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        QualificationDetails details = form.toDetails(errors);
        return attempt(errors, () -> registry.correctQualification(user.scope(), new PersonId(id), qualificationId,
                        form.getVersion(), details),
                () -> qualificationForm(model, registry.get(user.scope(), new PersonId(id)), form, qualificationId), redirect,
                details == null ? "" : Messages.text("people.notice.levelCorrected", details.dimension().label().toLowerCase()), id);
    }

    @PostMapping("/can-bo/{id}/trinh-do/{qualificationId}/xoa")
    String remove(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long qualificationId,
            @RequestParam int version, RedirectAttributes redirect) {
        try {
            registry.removeQualification(user.scope(), new PersonId(id), qualificationId, version);
            redirect.addFlashAttribute("notice", Messages.text("people.notice.levelDeleted"));
        } catch (ConcurrentChangeException | InvalidPersonDataException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/can-bo/" + id;
    }

    /**
     * Runs a change unless the form already has errors; a refusal goes back to the form (the record
     * is read only then, to show it again) with the message on the field it names, a success back
     * to the person's page with a notice.
     */
    private static String attempt(BindingResult errors, Runnable change, Supplier<String> form,
            RedirectAttributes redirect, String notice, long personId) {
        if (errors.hasErrors()) {
            return form.get();
        }
        try {
            change.run();
        } catch (InvalidPersonDataException e) {
            FormErrors.reject(errors, e);
            return form.get();
        } catch (ConcurrentChangeException e) {
            errors.reject("concurrent", e.getMessage());
            return form.get();
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/can-bo/" + personId;
    }

    private String qualificationForm(Model model, PersonRecord person, QualificationForm form, Long qualificationId) {
        Dimension dimension = Dimension.byKey(form.getDimension()).orElse(Dimension.PROFESSIONAL);
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("dimension", dimension);
        model.addAttribute("levels", dimension.levels());
        model.addAttribute("qualificationId", qualificationId);
        model.addAttribute("otherDimensions", List.of(Dimension.values()));
        return "people/qualification-form";
    }
}
