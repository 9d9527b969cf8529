// Sends the CSRF token with every htmx request, and submits filter forms on change.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});
document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-confirm]');
    if (target && !window.confirm(target.getAttribute('data-confirm'))) {
        event.preventDefault();
    }
});
document.addEventListener('change', function (event) {
    var target = event.target.closest('[data-submit-on-change]');
    if (target && target.form && target.value) {
        target.form.submit();
    }
});
// A refused form comes back with what was typed (#typed-form, written by the server): put it back
// into the form sent to that address. Hidden fields (version, token) and files stay as the page has them.
document.addEventListener('DOMContentLoaded', function () {
    var typed = document.getElementById('typed-form');
    if (!typed) {
        return;
    }
    var values = JSON.parse(typed.getAttribute('data-values'));
    var action = typed.getAttribute('data-action');
    document.querySelectorAll('form').forEach(function (form) {
        if (new URL(form.action, window.location.href).pathname !== action) {
            return;
        }
        Object.keys(values).forEach(function (name) {
            var sent = values[name];
            var fields = Array.prototype.filter.call(form.elements, function (field) {
                return field.name === name && field.type !== 'hidden' && field.type !== 'file';
            });
            fields.forEach(function (field, index) {
                if (field.type === 'checkbox' || field.type === 'radio') {
                    field.checked = sent.indexOf(field.value) >= 0;
                } else if (field.tagName === 'SELECT' && field.multiple) {
                    Array.prototype.forEach.call(field.options, function (option) {
                        option.selected = sent.indexOf(option.value) >= 0;
                    });
                } else if (index < sent.length) {
                    field.value = sent[index];
                }
            });
        });
    });
});
// The grade grid from the keyboard: a grade's letter (X, T, H, K) chooses it and goes to the next person's grade, so a
// commune's grades are typed as one word; Enter goes down too, without sending the form. Tab still reaches the comment.
document.addEventListener('keydown', function (event) {
    var select = event.target.closest ? event.target.closest('#grid select.grade') : null;
    if (!select || event.ctrlKey || event.altKey || event.metaKey) {
        return;
    }
    var key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
    var option = Array.prototype.find.call(select.options, function (o) {
        return o.value && o.text.charAt(0).toUpperCase() === key;
    });
    if (!option && key !== 'Enter') {
        return;
    }
    event.preventDefault();
    if (option && select.value !== option.value) {
        select.value = option.value;
        select.dispatchEvent(new Event('change', {bubbles: true}));
    }
    var all = Array.prototype.slice.call(document.querySelectorAll('#grid select.grade'));
    var next = all[all.indexOf(select) + 1];
    if (next) {
        next.focus();
    }
});
