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
