package vn.chuan.dossier;

import static vn.chuan.dossier.PersonnelFiles.blankToNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.chuan.people.PersonId;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Downloads;
import vn.chuan.shared.Messages;

/**
 * A person's personnel file: the page, the 2C form, one small form per history, documents. A
 * refused entry goes back to the page with the reason and what was typed (the shared refusal
 * handler); the 2C form shows its errors on its fields.
 */
@Controller
class DossierController {

    private final PersonnelFiles files;
    private final MessageSource messages;

    DossierController(PersonnelFiles files, MessageSource messages) {
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/can-bo/{id}/ho-so")
    String show(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        PersonnelFile file = files.open(user.scope(), new PersonId(id), SensitiveData.Purpose.XEM);
        model.addAttribute("file", file);
        model.addAttribute("person", file.person());
        model.addAttribute("fields", ProfileField.values());
        model.addAttribute("relations", FamilyRelation.values());
        model.addAttribute("modes", TrainingMode.values());
        model.addAttribute("ranks", files.ranks());
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("attachables", files.attachables(file));
        model.addAttribute("documentLimit", PersonnelFiles.megabytes(files.documentLimit()));
        model.addAttribute("canWrite", user.canWrite());
        return "dossier/show";
    }

    // ---- the 2C's own fields ---------------------------------------------------------------------------

    @GetMapping("/can-bo/{id}/ho-so/sua")
    String editForm(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, Model model) {
        PersonnelFile file = files.open(user.scope(), new PersonId(id), SensitiveData.Purpose.XEM);
        return profileForm(model, file, ProfileForm.of(file.profile()));
    }

    @PostMapping("/can-bo/{id}/ho-so/sua")
    String edit(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @ModelAttribute("form") ProfileForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                files.saveProfile(user.scope(), new PersonId(id), form.toProfile(), form.getVersion());
                redirect.addFlashAttribute("notice", Messages.text("dossier.profile.saved"));
                return "redirect:/can-bo/" + id + "/ho-so";
            } catch (InvalidDossierException e) {
                if (e.field() != null && errors.getFieldType(e.field()) != null) {
                    errors.rejectValue(e.field(), "invalid", e.getMessage());
                } else {
                    errors.reject("invalid", e.getMessage());
                }
            }
        }
        return profileForm(model, files.open(user.scope(), new PersonId(id), SensitiveData.Purpose.XEM), form);
    }

    private String profileForm(Model model, PersonnelFile file, ProfileForm form) {
        model.addAttribute("file", file);
        model.addAttribute("person", file.person());
        model.addAttribute("form", form);
        return "dossier/profile-form";
    }

    // ---- histories ---------------------------------------------------------------------------------------

    record FamilyInput(String relation, String fullName, Integer birthYear, String homeTown, String occupation, String workplace) {
    }

    @PostMapping("/can-bo/{id}/ho-so/gia-dinh")
    String addFamily(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @ModelAttribute FamilyInput in, BindingResult errors,
            RedirectAttributes redirect) {
        refuseUnreadable(errors);
        FamilyRelation relation = named(FamilyRelation.values(), in.relation());
        files.addFamily(user.scope(), new PersonId(id), new FamilyMember(0, relation, blankToNull(in.fullName()), in.birthYear(),
                blankToNull(in.homeTown()), blankToNull(in.occupation()), blankToNull(in.workplace())));
        return added(id, redirect, "gia-dinh");
    }

    record WorkInput(LocalDate fromOn, LocalDate toOn, String post, String place) {
    }

    @PostMapping("/can-bo/{id}/ho-so/cong-tac")
    String addWork(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @ModelAttribute WorkInput in, BindingResult errors,
            RedirectAttributes redirect) {
        refuseUnreadable(errors);
        files.addWork(user.scope(), new PersonId(id), new WorkEntry(0, in.fromOn(), in.toOn(), blankToNull(in.post()), blankToNull(in.place())));
        return added(id, redirect, "cong-tac");
    }

    record TrainingInput(String school, String field, LocalDate fromOn, LocalDate toOn, String mode, String diploma, Long qualificationId) {
    }

    @PostMapping("/can-bo/{id}/ho-so/dao-tao")
    String addTraining(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @ModelAttribute TrainingInput in,
            BindingResult errors, RedirectAttributes redirect) {
        refuseUnreadable(errors);
        TrainingMode mode = named(TrainingMode.values(), in.mode());
        files.addTraining(user.scope(), new PersonId(id), new TrainingEntry(0, blankToNull(in.school()), blankToNull(in.field()),
                in.fromOn(), in.toOn(), mode, blankToNull(in.diploma()), in.qualificationId()));
        return added(id, redirect, "dao-tao");
    }

    record SalaryInput(String rankCode, Integer step, String coefficient, Integer overCeilingPercent, String positionAllowance,
            LocalDate effectiveOn, String decision) {
    }

    @PostMapping("/can-bo/{id}/ho-so/luong")
    String addSalary(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @ModelAttribute SalaryInput in, BindingResult errors,
            RedirectAttributes redirect) {
        refuseUnreadable(errors);
        if (in.step() == null) {
            throw new InvalidDossierException("step", Messages.text("dossier.required"));
        }
        files.addSalary(user.scope(), new PersonId(id), in.rankCode(), in.step(), decimal("coefficient", in.coefficient()),
                in.overCeilingPercent() == null ? 0 : in.overCeilingPercent(), decimal("positionAllowance", in.positionAllowance()),
                in.effectiveOn(), in.decision());
        return added(id, redirect, "luong");
    }

    @PostMapping("/can-bo/{id}/ho-so/xoa")
    String deleteEntry(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam PersonnelFiles.Entry part,
            @RequestParam long entryId, RedirectAttributes redirect) {
        files.deleteEntry(user.scope(), new PersonId(id), part, entryId);
        redirect.addFlashAttribute("notice", Messages.text("dossier.entry.deleted"));
        return "redirect:/can-bo/" + id + "/ho-so";
    }

    // ---- documents -------------------------------------------------------------------------------------

    @PostMapping("/can-bo/{id}/ho-so/tai-lieu")
    String upload(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @RequestParam(required = false) DocumentKind kind,
            @RequestParam(required = false) String attached, @RequestParam(required = false) String title,
            @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        AttachedTo to = AttachedTo.HO_SO;
        Long attachedId = null;
        if (attached != null && attached.contains(":")) {
            String[] parts = attached.split(":", 2);
            AttachedTo named = named(AttachedTo.values(), parts[0]);
            to = named == null ? AttachedTo.HO_SO : named;
            attachedId = parts[1].matches("\\d{1,18}") ? Long.valueOf(parts[1]) : null;
        }
        long size = file == null ? 0 : file.getSize();
        // A file above the limit is refused by its declared size, before it is read into memory.
        byte[] content = file == null || size > files.documentLimit() ? null : file.getBytes();
        files.attach(user.scope(), new PersonId(id), new PersonnelFiles.NewDocument(kind, to, attachedId, title,
                file == null ? null : file.getOriginalFilename(), size, content));
        redirect.addFlashAttribute("notice", Messages.text("dossier.document.uploaded"));
        return "redirect:/can-bo/" + id + "/ho-so#tai-lieu";
    }

    @GetMapping("/can-bo/{id}/ho-so/tai-lieu/{documentId}")
    void download(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long documentId,
            HttpServletResponse response) throws IOException {
        PersonnelFiles.DocumentFile document = files.document(user.scope(), new PersonId(id), documentId);
        Downloads.attachment(response, document.fileName(), document.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(document.content());
    }

    @PostMapping("/can-bo/{id}/ho-so/tai-lieu/{documentId}/xoa")
    String deleteDocument(@AuthenticationPrincipal ChuanUser user, @PathVariable long id, @PathVariable long documentId,
            RedirectAttributes redirect) {
        files.deleteDocument(user.scope(), new PersonId(id), documentId);
        redirect.addFlashAttribute("notice", Messages.text("dossier.document.deleted"));
        return "redirect:/can-bo/" + id + "/ho-so#tai-lieu";
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static String added(long id, RedirectAttributes redirect, String anchor) {
        redirect.addFlashAttribute("notice", Messages.text("dossier.entry.added"));
        return "redirect:/can-bo/" + id + "/ho-so#" + anchor;
    }

    /** A number or date the form could not read is refused like any other entry, with the field's message. */
    private void refuseUnreadable(BindingResult errors) {
        FieldError error = errors.getFieldError();
        if (error != null) {
            throw new InvalidDossierException(error.getField(), messages.getMessage(error, Locale.forLanguageTag("vi")));
        }
    }

    /** A decimal as Vietnamese write it (2,34) or with a point; empty is none. */
    private static BigDecimal decimal(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidDossierException(field, Messages.text("dossier.decimal", typed.strip()));
        }
    }

    /** The constant of this name, or null (none given, or one the form never offers). */
    private static <E extends Enum<E>> E named(E[] values, String name) {
        return java.util.Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }
}
